import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'
import { refIds } from '../access/userBrands'
import { DEFAULT_TIMEZONE } from '../admin/timezones'
import type { Brand, Rebuild } from '../payload-types'
import { documentKey } from '../rebuild/changes'
import { plainReason } from '../rebuild/plainReason'
import { formatInZone } from './formatTime'

/** The collections whose published documents a brand site shows (and whose edit view shows this status). */
export const SITE_COLLECTIONS = ['articles', 'comparisons', 'faqs', 'therapies', 'conditions', 'brands', 'clinics', 'providers', 'authors'] as const

export type SiteCollection = (typeof SITE_COLLECTIONS)[number]

export const isSiteCollection = (slug: string): slug is SiteCollection => (SITE_COLLECTIONS as readonly string[]).includes(slug)

/** Where a document's latest published change stands on one brand's site. */
export type SiteState = 'live' | 'queued' | 'running' | 'failed' | 'unknown'

/** The status of a document on one of its brands' sites. */
export interface BrandSiteStatus {
  brand: { id: number | string; name: string; domain: string; timeZone: string }
  state: SiteState
  /** The sentence the edit view shows, e.g. "Live on the site since Dec 3, 2026, 2:05 PM MST". */
  message: string
  /** When it went live (`live`), or when the rebuild failed (`failed`). */
  at: string | null
  /** The plain reason of a failed rebuild. */
  reason: string | null
  /** The rebuild the state comes from, and its record in the admin. */
  rebuild: { id: number | string; url: string } | null
}

/** A document's status on the sites of the brands the user works for. */
export interface SiteStatus {
  collection: SiteCollection
  id: number | string
  /** False for a draft that was never published, or was unpublished: no site shows it. */
  published: boolean
  /** Its last published change (the live document's `updatedAt`). */
  changedAt: string | null
  brands: BrandSiteStatus[]
}

type Doc = { id: number | string; updatedAt?: string | null; _status?: string | null; brand?: unknown; brands?: unknown }

/** The brands a document belongs to: its `brands`, its `brand`, or itself for a brand. */
function brandIdsOf(collection: SiteCollection, doc: Doc): (number | string)[] {
  if (collection === 'brands') return [doc.id]
  return refIds(collection === 'clinics' || collection === 'providers' ? doc.brand : doc.brands)
}

const at = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : Number.NaN)

interface Reader {
  payload: Payload
  user: TypedUser
}

/** The brand's rebuilds matching `where`, read with the user's access (another brand's are never found). */
async function rebuildsOf({ payload, user }: Reader, brandId: number | string, extra: Where[], sort: string, limit: number): Promise<Rebuild[]> {
  const { docs } = await payload.find({
    collection: 'rebuilds',
    where: { and: [{ brand: { equals: brandId } }, ...extra] },
    sort,
    limit,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return docs
}

/**
 * The rebuilds that decide whether the change made at `changedAt` is live: the newest rebuild
 * that includes the document (its `documents`) and every rebuild queued after it (they start
 * after it, so they include the change too); for records that do not name their documents,
 * those that started after the change.
 */
async function deciding(reader: Reader, brandId: number | string, collection: string, id: number | string, changedAt: string): Promise<Rebuild[]> {
  const [including] = await rebuildsOf(reader, brandId, [{ documents: { contains: documentKey(collection, id) } }], '-createdAt', 1)
  // Written when the change was queued (or merged into it), so after the change's own time.
  if (including && at(including.updatedAt) >= at(changedAt)) {
    const later = await rebuildsOf(reader, brandId, [{ createdAt: { greater_than: including.createdAt } }], 'createdAt', 50)
    return [including, ...later]
  }
  const started = await rebuildsOf(reader, brandId, [{ startedAt: { greater_than_equal: changedAt } }], 'startedAt', 50)
  const waiting = await rebuildsOf(reader, brandId, [{ status: { equals: 'pending' } }], 'createdAt', 1)
  return [...started, ...waiting]
}

/** The state of one brand's site from the rebuilds that include the change, in the order they ran. */
function stateOf(rebuilds: readonly Rebuild[], brand: BrandSiteStatus['brand'], adminRoute: string): Omit<BrandSiteStatus, 'brand'> {
  const link = (rebuild: Rebuild) => ({ id: rebuild.id, url: `${adminRoute}/collections/rebuilds/${rebuild.id}` })
  // Once a rebuild that includes the change succeeded it stays live: a later failure keeps the last good site.
  const succeeded = rebuilds.find((rebuild) => rebuild.status === 'succeeded')
  if (succeeded) {
    const since = succeeded.finishedAt ?? succeeded.updatedAt
    return { state: 'live', message: `Live on the site since ${formatInZone(since, brand.timeZone)}`, at: since, reason: null, rebuild: link(succeeded) }
  }
  const running = rebuilds.find((rebuild) => rebuild.status === 'running')
  if (running) return { state: 'running', message: 'Waiting for the site update (running)', at: null, reason: null, rebuild: link(running) }
  const queued = rebuilds.find((rebuild) => rebuild.status === 'pending')
  if (queued) return { state: 'queued', message: 'Waiting for the site update (queued)', at: null, reason: null, rebuild: link(queued) }
  const failed = rebuilds.findLast((rebuild) => rebuild.status === 'failed')
  if (failed) {
    const reason = plainReason(failed.lastError)
    return { state: 'failed', message: `The site update failed: ${reason}`, at: failed.finishedAt ?? null, reason, rebuild: link(failed) }
  }
  return { state: 'unknown', message: 'No site update recorded since the last publish', at: null, reason: null, rebuild: null }
}

/**
 * Whether the latest published change of a document is live on each of its brands' sites the
 * user works for (network admins: all of them), from the `rebuilds` records, read with the
 * user's access. Null when the user may not read the document (or it does not exist).
 */
export async function siteStatusOf(payload: Payload, user: TypedUser, collection: SiteCollection, id: number | string): Promise<SiteStatus | null> {
  let doc: Doc | null
  try {
    doc = (await payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, draft: false, overrideAccess: false, user, disableErrors: true })) as Doc | null
  } catch {
    // Access denied outright (not only filtered): the same answer as a document that does not exist.
    return null
  }
  if (!doc) return null
  // Authors keep no drafts: every save is live.
  const published = collection === 'authors' || doc._status === 'published'
  const changedAt = doc.updatedAt ?? null
  const ids = brandIdsOf(collection, doc)
  if (!published || !changedAt || ids.length === 0) return { collection, id: doc.id, published, changedAt, brands: [] }

  const { docs: brands } = await payload.find({
    collection: 'brands',
    where: { id: { in: ids } },
    select: { name: true, domain: true, timeZone: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const adminRoute = payload.config.routes.admin
  const reader = { payload, user }
  const statuses: BrandSiteStatus[] = []
  for (const found of brands as Pick<Brand, 'domain' | 'id' | 'name' | 'timeZone'>[]) {
    const brand = { id: found.id, name: found.name, domain: found.domain, timeZone: found.timeZone ?? DEFAULT_TIMEZONE }
    statuses.push({ brand, ...stateOf(await deciding(reader, found.id, collection, doc.id, changedAt), brand, adminRoute) })
  }
  return { collection, id: doc.id, published, changedAt, brands: statuses }
}
