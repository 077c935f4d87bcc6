import { type PageCollection, isReservedSitePath, listingOfPath, pageOfPath } from '@clinic/schema'
import type { PayloadRequest, Where } from 'payload'

type Id = number | string

/** The field each page collection is titled by, to name a live page in a refusal. */
export const PAGE_TITLE_FIELD: Record<PageCollection, string> = {
  articles: 'title',
  comparisons: 'title',
  therapies: 'name',
  conditions: 'name',
  clinics: 'name',
  providers: 'name',
}

/** How a page collection names the brands of a document: several (`brands`), or one (`brand`, clinics and providers). */
export const brandFieldOf = (collection: PageCollection): 'brand' | 'brands' => (collection === 'clinics' || collection === 'providers' ? 'brand' : 'brands')

/** Documents of `collection` that belong to `brand`, whichever way the collection names brands. */
export function ofBrand(collection: PageCollection, brand: Id): Where {
  const field = brandFieldOf(collection)
  return field === 'brand' ? { brand: { equals: brand } } : { brands: { in: [brand] } }
}

/**
 * What is at a site path now: one of the site's own pages (`what` says which, for a refusal),
 * a published document, or nothing.
 */
export type LivePage = { kind: 'fixed'; what: string } | { kind: 'document'; collection: PageCollection; id: Id; title: string } | null

/** A published document of the brand in `collection`, with `slug` when given. */
async function publishedOfBrand(req: PayloadRequest, brand: Id, collection: PageCollection, slug?: string): Promise<(Record<string, unknown> & { id: Id }) | undefined> {
  const where: Where[] = [{ _status: { equals: 'published' } }, ofBrand(collection, brand)]
  if (slug !== undefined) where.push({ slug: { equals: slug } })
  const { docs } = await req.payload.find({ collection, where: { and: where }, limit: 1, depth: 0, pagination: false, overrideAccess: true, req })
  return docs[0] as (Record<string, unknown> & { id: Id }) | undefined
}

/**
 * What the brand's site shows at `path` (normalised) today: a fixed page (home, indexes, the
 * appointment request, feeds; `/team/` while the brand has a published provider), the page of
 * a published document of the brand, or nothing. Drafts are not live: their address may be
 * redirected until they are published.
 */
export async function livePageAt(req: PayloadRequest, brand: Id, path: string): Promise<LivePage> {
  if (isReservedSitePath(path)) return { kind: 'fixed', what: 'one of the pages every brand site has' }
  const listing = listingOfPath(path)
  if (listing !== null) {
    const listed = await publishedOfBrand(req, brand, listing)
    return listed === undefined ? null : { kind: 'fixed', what: `the page listing the brand's published ${listing}` }
  }
  const page = pageOfPath(path)
  if (page === null) return null
  const doc = await publishedOfBrand(req, brand, page.collection, page.slug)
  if (doc === undefined) return null
  const title = doc[PAGE_TITLE_FIELD[page.collection]]
  return { kind: 'document', collection: page.collection, id: doc.id, title: typeof title === 'string' ? title : String(doc.id) }
}
