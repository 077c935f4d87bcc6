import type { CollectionSlug, Payload, TaskConfig } from 'payload'
import { deleteInChunks } from '../jobs/retention'

/** How long an untouched, untitled draft is kept: long enough for an editor still on the page to start typing. */
export const EMPTY_DRAFT_MINUTES = 60
/** A save within this of the document's creation is the create view's own, not an edit. */
const CREATION_SAVE_MS = 5_000
/** Brands are left alone: deleting one runs the brand removal (src/collections/Brands/hooks/). */
const SKIPPED: ReadonlySet<string> = new Set(['brands'])

const isEmpty = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/**
 * Deletes the drafts "Create new" left behind: with autosave, Payload's create view stores a
 * draft as soon as it opens (`@payloadcms/next` views/Document, unless drafts are validated), so
 * an editor who opens it and leaves adds a "<No Title>" document. A draft goes when it was never
 * published, has no title, has only the version the create view saved (no autosave or save
 * since) and is older than `olderThanMinutes`. Resolves with the number deleted per collection.
 */
export async function pruneEmptyDrafts(payload: Payload, { olderThanMinutes = EMPTY_DRAFT_MINUTES, now = new Date() } = {}): Promise<Record<string, number>> {
  const cutoff = new Date(now.getTime() - olderThanMinutes * 60_000).toISOString()
  const deleted: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    const titleField = collection.admin.useAsTitle
    if (SKIPPED.has(collection.slug) || !collection.versions?.drafts || !titleField || titleField === 'id') continue
    const slug = collection.slug as CollectionSlug
    const { docs } = await payload.find({
      collection: slug,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { and: [{ _status: { equals: 'draft' } }, { createdAt: { less_than: cutoff } }, { or: [{ [titleField]: { exists: false } }, { [titleField]: { equals: '' } }] }] },
    })
    const untouched: (number | string)[] = []
    for (const doc of docs as { id: number | string; createdAt: string }[]) {
      const versions = await payload.findVersions({ collection: slug, overrideAccess: true, depth: 0, limit: 2, where: { parent: { equals: doc.id } } })
      const [only] = versions.docs
      const version = only?.version as Record<string, unknown> | undefined
      const neverEdited = versions.totalDocs <= 1 && (only === undefined || (isEmpty(version?.[titleField]) && Date.parse(only.updatedAt) - Date.parse(doc.createdAt) < CREATION_SAVE_MS))
      if (neverEdited) untouched.push(doc.id)
    }
    if (untouched.length === 0) continue
    // Never published, so no site shows it: nothing to rebuild.
    deleted[slug] = await deleteInChunks(payload, slug, untouched, { label: `empty ${slug} draft`, context: { disableRebuild: true } })
    payload.logger.info(`Deleted ${deleted[slug]} untitled ${slug} draft(s) that "Create new" left untouched.`)
  }
  return deleted
}

/** Runs {@link pruneEmptyDrafts} every hour on the default queue; register it in `jobs.tasks`. */
export const pruneEmptyDraftsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'pruneEmptyDrafts',
  label: 'Delete untouched untitled drafts',
  schedule: [{ cron: '0 15 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: Object.values(await pruneEmptyDrafts(req.payload)).reduce((sum, count) => sum + count, 0) } }),
}
