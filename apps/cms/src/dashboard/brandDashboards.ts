import type { CollectionSlug, FlattenedField, Payload, TypedUser, Where } from 'payload'
import { DEFAULT_TIMEZONE } from '../admin/timezones'
import type { Brand, Rebuild } from '../payload-types'
import { plainReason } from '../rebuild/plainReason'
import { type ListCondition, listUrl } from './listUrl'
import { type ScheduledItem, scheduledByBrand } from './scheduledChanges'

/** The health pages: they carry a clinical review (`review`, and the review workflow). */
export const HEALTH_COLLECTIONS = ['articles', 'therapies', 'conditions', 'comparisons'] as const

export type HealthCollection = (typeof HEALTH_COLLECTIONS)[number]

/** Roles that handle appointment requests: brand staff, not contributors or clinical reviewers. */
const APPOINTMENT_ROLES: readonly string[] = ['admin', 'brand-admin', 'editor']

/** A brand's review interval when it sets none (`clinicalReview.intervalMonths`). */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

/** A number of documents and the admin list that shows exactly them. */
export interface Count {
  count: number
  url: string
}

/** A count per health collection that has any. */
export type HealthCounts = Partial<Record<HealthCollection, Count>>

/** The latest rebuild of a brand's site. */
export interface LastBuild {
  status: Rebuild['status']
  /** When it finished, or started, or was requested. */
  at: string
  url: string
  /** The plain reason, when it failed. */
  reason: string | null
}

/** What one brand's dashboard shows. */
export interface BrandDashboard {
  brand: { id: number | string; name: string; slug: string; domain: string; timeZone: string }
  siteUrl: string
  /** The newest finished rebuild; null when none was recorded. */
  lastBuild: LastBuild | null
  /** A rebuild waiting or running now, when there is one. */
  pendingBuild: LastBuild | null
  waitingForReview: HealthCounts
  scheduled: ScheduledItem[]
  /** New appointment requests; null for users who do not handle them. */
  appointments: Count | null
  overdueReviews: HealthCounts
  reviewIntervalMonths: number
}

/** Whether `path` (dotted) is a field of the collection: fields other parts of the CMS add may not exist yet. */
export function hasField(payload: Payload, collection: CollectionSlug, path: string): boolean {
  let fields: FlattenedField[] | undefined = payload.collections[collection]?.config.flattenedFields
  for (const name of path.split('.')) {
    const field: FlattenedField | undefined = fields?.find((candidate) => candidate.name === name)
    if (!field) return false
    fields = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return true
}

/**
 * The documents of a collection matching every condition, as the user may read them: the latest
 * version of each (what the admin's list shows), so the count equals the list it links to.
 */
async function countLatest(payload: Payload, user: TypedUser, collection: CollectionSlug, conditions: readonly ListCondition[]): Promise<Count> {
  const where: Where = { and: conditions.map(([path, operator, value]) => ({ [path]: { [operator]: value } })) }
  const { totalDocs } = await payload.find({ collection, where, draft: true, depth: 0, limit: 1, overrideAccess: false, user })
  return { count: totalDocs, url: listUrl(payload.config.routes.admin, collection, conditions) }
}

/** Counts per health collection, keeping those above zero. */
async function healthCounts(payload: Payload, user: TypedUser, conditionsOf: (collection: HealthCollection) => ListCondition[] | null): Promise<HealthCounts> {
  const counts: HealthCounts = {}
  for (const collection of HEALTH_COLLECTIONS) {
    const conditions = conditionsOf(collection)
    if (conditions === null) continue
    const count = await countLatest(payload, user, collection, conditions)
    if (count.count > 0) counts[collection] = count
  }
  return counts
}

function buildOf(rebuild: Rebuild | undefined, adminRoute: string): LastBuild | null {
  if (!rebuild) return null
  return {
    status: rebuild.status,
    at: rebuild.finishedAt ?? rebuild.startedAt ?? rebuild.requestedAt ?? rebuild.createdAt,
    url: `${adminRoute}/collections/rebuilds/${rebuild.id}`,
    reason: rebuild.status === 'failed' ? plainReason(rebuild.lastError) : null,
  }
}

/** The brand's newest finished rebuild and the one waiting or running, read with the user's access. */
async function buildsOf(payload: Payload, user: TypedUser, brandId: number | string): Promise<Pick<BrandDashboard, 'lastBuild' | 'pendingBuild'>> {
  const newest = (statuses: Rebuild['status'][]) =>
    payload.find({
      collection: 'rebuilds',
      where: { and: [{ brand: { equals: brandId } }, { status: { in: statuses } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user,
    })
  const [finished, open] = await Promise.all([newest(['succeeded', 'failed']), newest(['pending', 'running'])])
  const adminRoute = payload.config.routes.admin
  return { lastBuild: buildOf(finished.docs[0], adminRoute), pendingBuild: buildOf(open.docs[0], adminRoute) }
}

/** `months` calendar months before `now`. */
function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date
}

type DashboardBrand = Pick<Brand, 'domain' | 'id' | 'name' | 'slug' | 'timeZone'> & { clinicalReview?: { intervalMonths?: null | number } | null }

/**
 * What needs the user's attention, for each brand they work for (network admins: every brand),
 * every number computed with the user's own access and an explicit filter on that brand, so it
 * never includes another brand's documents; a document shared by several brands counts under
 * each of them. Each count links to the admin list of exactly the documents it counts.
 */
export async function brandDashboards(payload: Payload, user: TypedUser, now: Date = new Date()): Promise<BrandDashboard[]> {
  const { docs } = await payload.find({ collection: 'brands', sort: 'name', depth: 0, pagination: false, overrideAccess: false, user })
  const brands = docs as DashboardBrand[]
  if (brands.length === 0) return []
  const role = (user as { role?: unknown }).role
  const handlesAppointments = typeof role === 'string' && APPOINTMENT_ROLES.includes(role)
  const scheduled = await scheduledByBrand(payload, user, brands.map((brand) => brand.id), now)
  const adminRoute = payload.config.routes.admin

  const dashboards: BrandDashboard[] = []
  for (const brand of brands) {
    const intervalMonths = brand.clinicalReview?.intervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS
    const cutoff = monthsBefore(now, intervalMonths).toISOString()
    const ofBrand: ListCondition = ['brands', 'equals', brand.id]
    const [builds, waitingForReview, overdueReviews, appointments] = await Promise.all([
      buildsOf(payload, user, brand.id),
      healthCounts(payload, user, (collection) =>
        hasField(payload, collection, 'reviewWorkflow.status') ? [ofBrand, ['reviewWorkflow.status', 'equals', 'ready']] : null,
      ),
      healthCounts(payload, user, () => [ofBrand, ['_status', 'equals', 'published'], ['review.lastReviewed', 'less_than', cutoff]]),
      handlesAppointments
        ? payload
            .count({ collection: 'appointment-requests', where: { and: [{ brand: { equals: brand.id } }, { status: { equals: 'new' } }] }, overrideAccess: false, user })
            .then(({ totalDocs }) => ({ count: totalDocs, url: listUrl(adminRoute, 'appointment-requests', [['brand', 'equals', brand.id], ['status', 'equals', 'new']]) }))
        : Promise.resolve(null),
    ])
    dashboards.push({
      brand: { id: brand.id, name: brand.name, slug: brand.slug, domain: brand.domain, timeZone: brand.timeZone ?? DEFAULT_TIMEZONE },
      siteUrl: `https://${brand.domain}`,
      ...builds,
      waitingForReview,
      scheduled: scheduled.get(String(brand.id)) ?? [],
      appointments,
      overdueReviews,
      reviewIntervalMonths: intervalMonths,
    })
  }
  return dashboards
}
