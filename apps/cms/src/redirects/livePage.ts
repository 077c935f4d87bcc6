import { type PageCollection, isReservedSitePath, pageOfPath } from '@clinic/schema'
import type { PayloadRequest, Where } from 'payload'

type Id = number | string

/** The field each page collection is titled by, to name a live page in a refusal. */
export const PAGE_TITLE_FIELD: Record<PageCollection, string> = {
  articles: 'title',
  comparisons: 'title',
  therapies: 'name',
  conditions: 'name',
  clinics: 'name',
}

/** How a page collection names the brands of a document: several (`brands`), or one (`brand`, clinics). */
export const brandFieldOf = (collection: PageCollection): 'brand' | 'brands' => (collection === 'clinics' ? 'brand' : 'brands')

/** Documents of `collection` that belong to `brand`, whichever way the collection names brands. */
export function ofBrand(collection: PageCollection, brand: Id): Where {
  const field = brandFieldOf(collection)
  return field === 'brand' ? { brand: { equals: brand } } : { brands: { in: [brand] } }
}

/** What is at a site path now: one of the pages every site has, a published document, or nothing. */
export type LivePage = { kind: 'fixed' } | { kind: 'document'; collection: PageCollection; id: Id; title: string } | null

/**
 * What the brand's site shows at `path` (normalised) today: a fixed page (home, indexes, the
 * appointment request, feeds), the page of a published document of the brand, or nothing.
 * Drafts are not live: their address may be redirected until they are published.
 */
export async function livePageAt(req: PayloadRequest, brand: Id, path: string): Promise<LivePage> {
  if (isReservedSitePath(path)) return { kind: 'fixed' }
  const page = pageOfPath(path)
  if (page === null) return null
  const { docs } = await req.payload.find({
    collection: page.collection,
    where: { and: [{ slug: { equals: page.slug } }, { _status: { equals: 'published' } }, ofBrand(page.collection, brand)] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const doc = docs[0] as (Record<string, unknown> & { id: Id }) | undefined
  if (doc === undefined) return null
  const title = doc[PAGE_TITLE_FIELD[page.collection]]
  return { kind: 'document', collection: page.collection, id: doc.id, title: typeof title === 'string' ? title : String(doc.id) }
}
