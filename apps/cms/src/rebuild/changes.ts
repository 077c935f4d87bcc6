/** What happened to a document, as far as one brand's published site is concerned. */
export type RebuildAction = 'published' | 'updated' | 'unpublished' | 'deleted'

/** One document change that makes a brand's site out of date. */
export interface RebuildChange {
  /** Collection slug, e.g. `articles`. */
  collection: string
  /** Document id, as a string on every database. */
  id: string
  /** The document's title (its `useAsTitle` field), when it has one. */
  title: string | null
  action: RebuildAction
}

/** How many changes a reason names before it only counts the rest. */
const NAMED_CHANGES = 10
const TITLE_LENGTH = 60

/**
 * Adds `change` to a batch in place. A document appears once: its latest action wins, except
 * that `updated` does not hide an earlier `published` or `unpublished` of the same batch.
 */
export function mergeChange(batch: RebuildChange[], change: RebuildChange): void {
  const index = batch.findIndex((entry) => entry.collection === change.collection && entry.id === change.id)
  const earlier = batch[index]
  if (!earlier) {
    batch.push(change)
    return
  }
  const action = change.action === 'updated' && earlier.action !== 'deleted' ? earlier.action : change.action
  batch[index] = { ...change, action }
}

function shorten(title: string): string {
  return title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1)}…` : title
}

/**
 * The changes of a batch as one line for people: `articles 12 "Knee pain after running" updated;
 * faqs 3 "What does it cost?" published`, naming the first ten and counting the rest.
 */
export function describeChanges(changes: readonly RebuildChange[]): string {
  const named = changes
    .slice(0, NAMED_CHANGES)
    .map(({ collection, id, title, action }) => `${collection} ${id}${title ? ` "${shorten(title)}"` : ''} ${action}`)
  const rest = changes.length - named.length
  return rest > 0 ? `${named.join('; ')}; and ${rest} more` : named.join('; ')
}

const ACTIONS: readonly RebuildAction[] = ['published', 'updated', 'unpublished', 'deleted']

/**
 * The changes stored in a `rebuilds` record's `changes` field (JSON), or null when it holds
 * none that can be read (records written before the field existed, or edited by hand).
 */
export function changesFromJson(value: unknown): RebuildChange[] | null {
  if (!Array.isArray(value)) return null
  const changes: RebuildChange[] = []
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue
    const { collection, id, title, action } = entry as Record<string, unknown>
    if (typeof collection !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) continue
    if (!ACTIONS.includes(action as RebuildAction)) continue
    changes.push({ collection, id: String(id), title: typeof title === 'string' ? title : null, action: action as RebuildAction })
  }
  return changes.length > 0 ? changes : null
}

/** How a record's `documents` names one document: `|articles:12|` (delimited, so `contains` never matches a longer id). */
export const documentKey = (collection: string, id: number | string): string => `|${collection}:${String(id)}|`

/**
 * The documents a batch of changes names, as a rebuild record's `documents` stores them
 * (`|articles:12|faqs:3|`): the site status of a document finds the rebuild that includes it.
 */
export function documentKeys(changes: readonly RebuildChange[]): string {
  return changes.length === 0 ? '' : `|${changes.map(({ collection, id }) => `${collection}:${id}`).join('|')}|`
}
