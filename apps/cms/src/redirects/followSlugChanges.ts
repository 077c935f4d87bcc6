import { LISTING_PATHS, type PageCollection, documentPath } from '@clinic/schema'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest, RequestContext } from 'payload'
import { refIds } from '../access/userBrands'
import { brandFieldOf } from './livePage'
import { saveRedirect } from './saveRedirect'

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

/** Where `beforeChange` leaves the live slug and brands of the documents a save is about to change. */
const LIVE_BEFORE = 'redirectsLiveBefore'

interface LiveState {
  slug: string
  brands: Id[]
}

function liveStore(context: RequestContext): Map<string, LiveState> {
  let store = context[LIVE_BEFORE]
  if (!(store instanceof Map)) {
    store = new Map<string, LiveState>()
    context[LIVE_BEFORE] = store
  }
  return store as Map<string, LiveState>
}

/** The brand ids of a page, as the database gives them (numbers on SQLite, strings on MongoDB). */
const brandsOf = (collection: PageCollection, doc: Doc): Id[] => refIds(doc[brandFieldOf(collection)])

/** Deletes the brands' redirects from `path`: it is a live page again. */
async function freePath(req: PayloadRequest, brands: Id[], path: string): Promise<void> {
  if (brands.length === 0) return
  await req.payload.delete({
    collection: 'redirects',
    where: { and: [{ from: { equals: path } }, { brand: { in: brands } }] },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * The hooks that keep the old address of a page working: when a save makes a document live at
 * a new address (publishing a changed slug, or publishing a draft whose slug differs from the
 * published one), each brand that showed it before and shows it now gets a redirect from the
 * old path to the document; a redirect from the path the document now has (and from the index
 * page it brings, `/team/` for a provider) is deleted, since a live page is never redirected.
 * Deleting a document deletes the redirects that lead to it.
 *
 * Only the live (published) document counts: a draft's slug is nobody's address yet, and a
 * document that was unpublished had no live address to keep. The writes run in the save's
 * transaction, so the redirect and the slug change are saved together or not at all.
 */
export function followSlugChanges(collection: PageCollection): {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
  beforeDelete: CollectionBeforeDeleteHook
} {
  const rememberLive: CollectionBeforeChangeHook = async ({ context, data, operation, originalDoc, req }) => {
    // A draft save or an unpublish leaves no new live address.
    if (operation !== 'update' || !originalDoc || (data as { _status?: unknown } | undefined)?._status === 'draft') return data
    // The main document is the live one: a draft saved since then is only a version.
    const live = await req.payload.db.findOne<Doc>({ collection, where: { id: { equals: originalDoc.id } }, req })
    if (live?._status === 'published' && typeof live.slug === 'string') {
      liveStore(context).set(String(live.id), { slug: live.slug, brands: brandsOf(collection, live) })
    }
    return data
  }

  const redirectOldAddress: CollectionAfterChangeHook = async ({ context, doc, req }) => {
    const store = liveStore(context)
    const before = store.get(String(doc.id))
    store.delete(String(doc.id))
    if (doc._status !== 'published' || typeof doc.slug !== 'string') return doc
    const brands = brandsOf(collection, doc as Doc)
    const path = documentPath(collection, doc.slug)
    await freePath(req, brands, path)
    // A published provider makes the brand's /team/ a live page too.
    const listing = LISTING_PATHS[collection]
    if (listing !== undefined) await freePath(req, brands, listing)
    if (before === undefined || before.slug === doc.slug) return doc
    const from = documentPath(collection, before.slug)
    // A brand the document left no longer shows it, so its old address there has nowhere to lead.
    const now = new Set(brands.map(String))
    const stayed = before.brands.filter((id) => now.has(String(id)))
    for (const brand of stayed) {
      await saveRedirect(req, { brand, from, to: { type: 'reference', reference: { relationTo: collection, value: doc.id as Id } }, origin: 'slug-change' })
    }
    if (stayed.length > 0) req.payload.logger.info(`${collection} ${String(doc.id)} moved from ${from} to ${path}; the old address now redirects there (brands ${stayed.map(String).join(', ')}).`)
    return doc
  }

  // Before the delete: on SQLite the document's rows go with it, and the redirects could no longer be found by it.
  const forgetRedirectsToDeleted: CollectionBeforeDeleteHook = async ({ id, req }) => {
    await req.payload.delete({
      collection: 'redirects',
      where: { and: [{ 'to.reference.relationTo': { equals: collection } }, { 'to.reference.value': { equals: id } }] },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }

  return { beforeChange: rememberLive, afterChange: redirectOldAddress, beforeDelete: forgetRedirectsToDeleted }
}
