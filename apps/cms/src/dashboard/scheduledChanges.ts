import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { refIds } from '../access/userBrands'
import { isGuarded, PUBLISH_RULES } from '../publishing/publishRules'
import { documentUrl } from './listUrl'

/** How far ahead the dashboard lists scheduled publishes and unpublishes. */
export const SCHEDULE_HORIZON_DAYS = 7

/** A publish or unpublish the jobs queue will run within the horizon, for one document. */
export interface ScheduledItem {
  type: 'publish' | 'unpublish'
  /** When it runs (ISO 8601). */
  at: string
  collection: string
  id: number | string
  title: string
  /** The document's edit view. */
  url: string
}

interface ScheduleJob {
  waitUntil?: null | string
  input?: { doc?: { relationTo?: unknown; value?: unknown } | null; type?: unknown } | null
}

/**
 * The publishes and unpublishes scheduled (the admin's schedule dialog: `schedulePublish` jobs)
 * from `now` to the horizon, grouped by the brands of `brandIds` each document belongs to
 * (a shared document under each of them). Documents are read with the user's access, so a job
 * for a document the user may not read is never listed.
 */
export async function scheduledByBrand(
  payload: Payload,
  user: TypedUser,
  brandIds: readonly (number | string)[],
  now: Date,
): Promise<Map<string, ScheduledItem[]>> {
  const until = new Date(now.getTime() + SCHEDULE_HORIZON_DAYS * 86_400_000)
  // Jobs are not readable by editors; which of them the user may see is decided by the documents below.
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { greater_than_equal: now.toISOString() } },
        { waitUntil: { less_than_equal: until.toISOString() } },
      ],
    },
    sort: 'waitUntil',
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })

  const byCollection = new Map<string, { job: ScheduleJob; id: string }[]>()
  for (const job of jobs as ScheduleJob[]) {
    const collection = job.input?.doc?.relationTo
    const id = job.input?.doc?.value
    // Only what goes into a brand's site is scheduled (the snapshot collections, those with drafts).
    if (typeof collection !== 'string' || !isGuarded(collection) || (typeof id !== 'string' && typeof id !== 'number')) continue
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), { job, id: String(id) }])
  }

  const wanted = new Set(brandIds.map(String))
  const result = new Map<string, ScheduledItem[]>(brandIds.map((id) => [String(id), []]))
  const adminRoute = payload.config.routes.admin
  for (const [collection, entries] of byCollection) {
    const config = payload.collections[collection as CollectionSlug]?.config
    if (!config) continue
    // The latest version: a scheduled publish publishes it, and a new document's brands may be only there.
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: [...new Set(entries.map((entry) => entry.id))] } },
      draft: true,
      depth: 0,
      limit: entries.length,
      pagination: false,
      overrideAccess: false,
      user,
    })
    const titleField = config.admin.useAsTitle ?? 'id'
    const label = typeof config.labels.singular === 'string' ? config.labels.singular : collection
    for (const doc of docs as unknown as (Record<string, unknown> & { id: number | string })[]) {
      // A brand's own page belongs to the brand itself.
      const field = isGuarded(collection) ? PUBLISH_RULES[collection].brandField : undefined
      const brands = field === undefined ? [String(doc.id)] : refIds(doc[field]).map(String)
      const named = doc[titleField]
      const title = typeof named === 'string' && named !== '' ? named : `${label} ${doc.id}`
      for (const { job } of entries.filter((entry) => entry.id === String(doc.id))) {
        const item: ScheduledItem = {
          type: job.input?.type === 'unpublish' ? 'unpublish' : 'publish',
          at: job.waitUntil as string,
          collection,
          id: doc.id,
          title,
          url: documentUrl(adminRoute, collection, doc.id),
        }
        for (const brand of brands) if (wanted.has(brand)) result.get(brand)?.push(item)
      }
    }
  }
  for (const items of result.values()) items.sort((a, b) => a.at.localeCompare(b.at))
  return result
}
