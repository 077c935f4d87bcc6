import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  PayloadRequest,
  RelationshipField,
  RequestContext,
} from 'payload'
import { refIds } from '../access/userBrands'
import type { RebuildAction, RebuildChange } from './changes'
import { requestRebuilds } from './requestRebuilds'

type Doc = Record<string, unknown> & { id: number | string }

/** `context: { disableRebuild: true }` on a Local API call saves without rebuilding any site (the seed). */
export const DISABLE_REBUILD = 'disableRebuild'

/** Where `beforeChange` leaves the brands whose sites showed a document before the change. */
const LIVE_BEFORE = 'rebuildLiveBrandsBefore'

/** The ids a relationship value points to, as strings (numbers on SQLite, strings on MongoDB). */
const idsOf = (value: unknown): string[] => refIds(value).map(String).filter((id) => id !== '')

const isBrandsRelationship = (field: Field): field is RelationshipField =>
  field.type === 'relationship' && 'name' in field && field.relationTo === 'brands'

/** Reads the ids of the brands a document belongs to: its `brands`/`brand` field, or itself for a brand. */
function brandsReader(collection: CollectionConfig): (doc: Doc) => string[] {
  if (collection.slug === 'brands') return (doc) => [String(doc.id)]
  const field = collection.fields.find(isBrandsRelationship)
  if (!field) throw new Error(`rebuildOnPublish: collection "${collection.slug}" has no top-level relationship to brands, so no site shows it.`)
  return (doc) => idsOf(doc[field.name])
}

function liveBrandsStore(context: RequestContext): Map<string, string[]> {
  let store = context[LIVE_BEFORE]
  if (!(store instanceof Map)) {
    store = new Map<string, string[]>()
    context[LIVE_BEFORE] = store
  }
  return store as Map<string, string[]>
}

const skip = (context: RequestContext) => context[DISABLE_REBUILD] === true

/** What the rebuild hooks of one collection know of it. */
interface WatchedCollection {
  slug: CollectionSlug
  /** Whether the collection has drafts (then only the published main document is live). */
  drafts: boolean
  brandsOf: (doc: Doc) => string[]
  /** Brands whose sites show `doc`, when `doc` is what the collection's main document holds. */
  liveBrands: (doc: Doc | null | undefined) => string[]
  /** The main (live) document; a draft save leaves it as it was, so it can differ from the latest version. */
  readLive: (req: PayloadRequest, id: number | string) => Promise<Doc | null>
  changeOf: (doc: Doc, action: RebuildAction) => RebuildChange
  logFailure: (req: PayloadRequest, doc: Doc | undefined, error: unknown) => void
}

/** The collection as its rebuild hooks see it. */
function watch(collection: CollectionConfig): WatchedCollection {
  const slug = collection.slug as CollectionSlug
  const brandsOf = brandsReader(collection)
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
  const titleField = collection.admin?.useAsTitle
  return {
    slug,
    drafts,
    brandsOf,
    liveBrands: (doc) => {
      if (!doc) return []
      if (drafts && doc._status !== 'published') return []
      return brandsOf(doc)
    },
    readLive: (req, id) => req.payload.db.findOne<Doc>({ collection: slug, where: { id: { equals: id } }, req }),
    changeOf: (doc, action) => {
      const title = titleField ? doc[titleField] : undefined
      return { collection: collection.slug, id: String(doc.id), title: typeof title === 'string' ? title : null, action }
    },
    logFailure: (req, doc, error) =>
      req.payload.logger.error({ err: error }, `Could not work out which brand sites to rebuild after a change to ${collection.slug} ${doc?.id ?? '(unknown id)'}; the change itself was saved.`),
  }
}

/** Before an update: remembers which brands' sites show the document now. */
function rememberLiveBrands(watched: WatchedCollection): CollectionBeforeChangeHook<Doc> {
  return async ({ context, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc || skip(context)) return
    try {
      // The latest version is the live one when it is published (or when there are no drafts).
      const live = !watched.drafts || originalDoc._status === 'published' ? originalDoc : await watched.readLive(req, originalDoc.id)
      liveBrandsStore(context).set(String(originalDoc.id), watched.liveBrands(live))
    } catch (error) {
      watched.logFailure(req, originalDoc, error)
    }
  }
}

/** After a save: rebuilds every brand that showed the document before or shows it now. */
function rebuildAfterChange(watched: WatchedCollection): CollectionAfterChangeHook<Doc> {
  return async ({ context, doc, operation, previousDoc, req }) => {
    if (skip(context)) return doc
    try {
      const store = liveBrandsStore(context)
      const before = operation === 'create' ? [] : (store.get(String(doc.id)) ?? watched.liveBrands(previousDoc))
      store.delete(String(doc.id))
      let after: string[]
      if (watched.drafts && doc._status !== 'published') {
        // Nothing was live, and a draft save does not make it live.
        if (before.length === 0) return doc
        // A draft saved over a published document leaves the live version as it was;
        // only an unpublish turns the main document into a draft.
        const live = await watched.readLive(req, doc.id)
        if (live?._status === 'published') return doc
        after = []
      } else {
        after = watched.brandsOf(doc)
      }
      const changes = new Map<string, RebuildChange>()
      for (const brand of new Set([...before, ...after])) {
        const action: RebuildAction = !before.includes(brand) ? 'published' : !after.includes(brand) ? 'unpublished' : 'updated'
        changes.set(brand, watched.changeOf(doc, action))
      }
      await requestRebuilds(req, changes)
    } catch (error) {
      watched.logFailure(req, doc, error)
    }
    return doc
  }
}

/** After a delete: rebuilds the brands whose sites showed the document, if it was live. */
function rebuildAfterDelete(watched: WatchedCollection): CollectionAfterDeleteHook<Doc> {
  return async ({ context, doc, req }) => {
    if (skip(context)) return doc
    try {
      // `doc` is the main document: it was live only if it was published.
      await requestRebuilds(req, new Map(watched.liveBrands(doc).map((brand) => [brand, watched.changeOf(doc, 'deleted')])))
    } catch (error) {
      watched.logFailure(req, doc, error)
    }
    return doc
  }
}

/**
 * Adds the hooks that rebuild brand sites to a content collection (see "Publish → rebuild"
 * in apps/cms/README.md). Only changes to what a site shows count: the published version
 * of a document (the collection's main document when it has drafts, every save when it has
 * none). Publishing, updating a published document, unpublishing, deleting a published
 * document and moving it between brands rebuild every brand that showed it before or shows
 * it now; saving a draft over a published document, or a document never published, does not.
 * The hooks never fail a save: problems are logged, and rebuild failures recorded in `rebuilds`.
 */
export function rebuildOnPublish(collection: CollectionConfig): CollectionConfig {
  const watched = watch(collection)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberLiveBrands(watched)],
      afterChange: [...(collection.hooks?.afterChange ?? []), rebuildAfterChange(watched)],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildAfterDelete(watched)],
    },
  }
}
