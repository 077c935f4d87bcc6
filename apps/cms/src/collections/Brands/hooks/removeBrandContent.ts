import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { refIds } from '../../../access/userBrands'

/*
 * What deleting a brand does to everything that names it, the same on SQLite and MongoDB:
 * - what belongs to that brand alone (its articles, comparisons, FAQs, therapies, conditions,
 *   authors and images that no other brand uses; its clinics and providers; its visitors' appointment requests;
 *   the importer's records of its posts; its redirects, in src/redirects/plugin.ts) is deleted,
 *   files included: this hook, before the brand itself goes;
 * - what it shares with other brands stays for them, without it; its people stay, without it
 *   (someone with no brand left sees no content until a network admin gives them one); its
 *   site-rebuild history and import records stay for network admins, with an empty brand:
 *   ./removeBrandReferences.ts, after the brand is gone.
 *
 * Why before: once the brand row is deleted, SQLite's foreign keys remove it from every `brands`
 * list, and an image that only this brand used then looks exactly like the network library
 * (no brand), which every brand's staff see; and they would have to empty the `brand` of records
 * that cannot be without one (NOT NULL), which fails the whole delete.
 */

/** Shared content (`brands`, several), in an order where nothing is deleted before what points to it. */
const SHARED: CollectionSlug[] = ['articles', 'comparisons', 'faqs', 'conditions', 'therapies', 'authors', 'media']
/** Records of exactly one brand (`brand`): requests and providers before the clinics they name. */
const OWNED: CollectionSlug[] = ['appointment-requests', 'providers', 'clinics', 'imported-posts']

/** Writes of this cleanup start no site rebuilds: the brand's site is gone, the others' are rebuilt for the shared documents' changes by the brand's own delete. */
const CONTEXT = { disableRebuild: true }

type Id = number | string

async function docsNaming(req: PayloadRequest, collection: CollectionSlug, field: 'brands' | 'brand', brandId: Id): Promise<{ id: Id; brands: Id[] }[]> {
  const { docs } = await req.payload.find({
    collection,
    where: { [field]: field === 'brands' ? { in: [brandId] } : { equals: brandId } },
    select: { [field]: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({ id: doc.id, brands: refIds((doc as unknown as Record<string, unknown>)[field]) }))
}

/** Deletes what belongs to the brand alone, in the brand delete's own transaction (`req`). */
export const removeBrandContent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { payload } = req
  const counts: string[] = []

  for (const collection of SHARED) {
    const only = (await docsNaming(req, collection, 'brands', id)).filter((doc) => doc.brands.every((brand) => String(brand) === String(id)))
    for (const doc of only) await payload.delete({ collection, id: doc.id, overrideAccess: true, req, context: CONTEXT })
    if (only.length > 0) counts.push(`${collection}: ${only.length} of this brand only deleted`)
  }

  for (const collection of OWNED) {
    const docs = await docsNaming(req, collection, 'brand', id)
    for (const doc of docs) await payload.delete({ collection, id: doc.id, overrideAccess: true, req, context: CONTEXT })
    if (docs.length > 0) counts.push(`${collection}: ${docs.length} deleted`)
  }

  if (counts.length > 0) payload.logger.info(`Deleting brand ${String(id)}: ${counts.join('; ')}.`)
}
