import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { refIds } from '../../../access/userBrands'

/*
 * What deleting a brand does to everything that names it, the same on SQLite and MongoDB (which
 * would otherwise differ: SQLite's foreign keys empty the references, MongoDB keeps ids of a brand
 * that no longer exists):
 * - what belongs to that brand alone (its articles, comparisons, FAQs, therapies, conditions,
 *   authors and images that no other brand uses; its clinics; its visitors' appointment requests)
 *   is deleted, files included;
 * - what it shares with other brands stays for them, without it;
 * - its people stay, without it (someone with no brand left sees no content until a network
 *   admin gives them one);
 * - its site-rebuild history stays for network admins, with an empty brand.
 * Without this, an image of the deleted brand would be left with no brand, which is what the
 * network library looks like, and every brand's staff would see it.
 */

/** Shared content (`brands`, several), in an order where nothing is deleted before what points to it. */
const SHARED: CollectionSlug[] = ['articles', 'comparisons', 'faqs', 'conditions', 'therapies', 'authors', 'media']
/** Content of exactly one brand (`brand`): requests before the clinics they name. */
const OWNED: CollectionSlug[] = ['appointment-requests', 'clinics']

/** Writes of this cleanup start no site rebuilds: the brand's site is gone, the others' are rebuilt for the shared documents' changes by the brand's own delete. */
const CONTEXT = { disableRebuild: true }

type Id = number | string

async function idsNaming(req: PayloadRequest, collection: CollectionSlug, field: 'brands' | 'brand', brandId: Id): Promise<{ id: Id; brands: Id[] }[]> {
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

/** Deletes and updates what names the brand, in the brand delete's own transaction (`req`). */
export const removeBrandContent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { payload } = req
  const same = (other: Id) => String(other) === String(id)
  const counts: string[] = []

  for (const collection of SHARED) {
    let deleted = 0
    let kept = 0
    for (const doc of await idsNaming(req, collection, 'brands', id)) {
      const others = doc.brands.filter((brand) => !same(brand))
      if (others.length === 0) {
        await payload.delete({ collection, id: doc.id, overrideAccess: true, req, context: CONTEXT })
        deleted += 1
      } else {
        // Only the relationship changes: no new version, and a newer draft stays as it is.
        await payload.db.updateOne({ collection, id: doc.id, data: { brands: others }, req, returning: false })
        kept += 1
      }
    }
    if (deleted + kept > 0) counts.push(`${collection}: ${deleted} deleted, ${kept} kept for other brands`)
  }

  for (const collection of OWNED) {
    const docs = await idsNaming(req, collection, 'brand', id)
    for (const doc of docs) await payload.delete({ collection, id: doc.id, overrideAccess: true, req, context: CONTEXT })
    if (docs.length > 0) counts.push(`${collection}: ${docs.length} deleted`)
  }

  const people = await idsNaming(req, 'users', 'brands', id)
  for (const person of people) {
    await payload.db.updateOne({ collection: 'users', id: person.id, data: { brands: person.brands.filter((brand) => !same(brand)) }, req, returning: false })
  }
  if (people.length > 0) counts.push(`users: ${people.length} no longer work for it`)

  await payload.db.updateMany({ collection: 'rebuilds', where: { brand: { equals: id } }, data: { brand: null }, req })

  payload.logger.info(`Brand ${String(id)} deleted${counts.length > 0 ? `: ${counts.join('; ')}` : ''}.`)
}
