import type { CollectionConfig, Payload, Plugin } from 'payload'

/** The list cell that shows a document's next scheduled publish or unpublish (src/components/ListCells/). */
export const SCHEDULED_CELL = '/components/ListCells/ScheduledCell#ScheduledCell'

/** Payload's publish button with the schedule dialog in the brand's time zone (src/components/Schedule/). */
export const BRAND_TIMEZONE_PUBLISH_BUTTON = '/components/Schedule/BrandTimezonePublishButton#BrandTimezonePublishButton'

/** A publish or unpublish waiting in the jobs queue. */
export interface ScheduledChange {
  type: 'publish' | 'unpublish'
  at: Date
}

/**
 * The document's next scheduled publish or unpublish: the earliest `schedulePublish` job of the
 * jobs queue for it that has not run yet (the one the admin's schedule dialog created), or null.
 */
export async function nextScheduledChange(payload: Payload, collection: string, id: number | string): Promise<ScheduledChange | null> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: 'waitUntil',
    pagination: false,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { 'input.doc.relationTo': { equals: collection } },
        // The admin stores the id as text, the Local API as it was given: match either.
        { or: [{ 'input.doc.value': { equals: String(id) } }, ...(typeof id === 'number' || /^\d+$/.test(id) ? [{ 'input.doc.value': { equals: Number(id) } }] : [])] },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than: new Date().toISOString() } },
      ],
    },
  })
  const job = docs[0] as { input?: { type?: unknown }; waitUntil?: null | string } | undefined
  if (!job?.waitUntil) return null
  return { type: job.input?.type === 'unpublish' ? 'unpublish' : 'publish', at: new Date(job.waitUntil) }
}

/**
 * For every collection with scheduled publishing: a "Scheduled" list column, the next publish or
 * unpublish a document waits for (its status still reads Draft or Published until then; a `ui`
 * field: nothing is stored and the edit view shows nothing for it); and the publish button whose
 * schedule dialog starts in the brand's time zone.
 */
export const scheduledColumn: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection): CollectionConfig => {
    const drafts = collection.versions && typeof collection.versions === 'object' ? collection.versions.drafts : undefined
    if (!drafts || typeof drafts !== 'object' || !drafts.schedulePublish) return collection
    return {
      ...collection,
      // The schedule dialog starts in the brand's time zone (src/components/Schedule/).
      admin: { ...collection.admin, components: { ...collection.admin?.components, edit: { ...collection.admin?.components?.edit, PublishButton: BRAND_TIMEZONE_PUBLISH_BUTTON } } },
      fields: [
        ...collection.fields,
        { name: 'scheduled', label: 'Scheduled', type: 'ui', admin: { components: { Cell: SCHEDULED_CELL } } },
      ],
    }
  }),
})
