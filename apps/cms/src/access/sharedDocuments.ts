import type { CollectionSlug, PayloadRequest } from 'payload'
import { refIds, userBrandIds } from './userBrands'

type Id = number | string

interface SharedDocumentsOptions {
  collection: CollectionSlug
  /** The has-many relationship to `brands` that ties the collection's documents to brands. */
  field: 'brands'
  /** The document the operation is about, when Payload names one: narrows the lookup to it. */
  id?: Id
}

/**
 * Lookups of whole collections, per request and set of brands (see {@link sharedDocumentIds}).
 * Payload hands access functions proxies of the request (each with its own transaction id) and
 * may replace its `context`, but every one of them reaches the request's own document loader,
 * Payload's per-request cache, which therefore identifies the request here.
 */
const lookupsByRequest = new WeakMap<object, Map<string, Promise<Id[]>>>()

const requestKey = (req: PayloadRequest): object => req.payloadDataLoader ?? req

/**
 * The documents of `collection` shared by one of the user's brands and a brand they do not work
 * for: readable to the user, writable only by network admins. Access rules need them by id:
 * - Payload's SQL adapters match every condition on one has-many relationship against the same
 *   joined row (one join per relationship path), so a read rule `brands in <mine>` combined with
 *   a filter `brands in [<another brand>]` finds nothing, though the shared documents match both;
 * - `not_in` cannot say "no brand outside mine" there either (it matches a document as soon as
 *   one of its brands is outside the list).
 * No query says "a brand in this list and a brand outside it" on those databases, so the brands
 * of every document of the user's brands are read (one query through the database adapter,
 * brands only) and compared here, which gives the same answer on SQLite and MongoDB.
 *
 * A whole-collection lookup is kept for the rest of the request, so read, update and delete
 * access (the admin asks all three on every page) share it. The user's own request cannot change
 * the answer: brand staff neither add a brand they do not work for nor edit a document that has
 * one; only network admins do, and their access never needs this lookup.
 */
export function sharedDocumentIds(req: PayloadRequest, { collection, field, id }: SharedDocumentsOptions): Promise<Id[]> {
  const mine = userBrandIds(req)
  if (mine.length === 0) return Promise.resolve([])
  const key = `${collection}\u0000${field}\u0000${mine.map(String).sort().join(',')}`
  const lookups = lookupsByRequest.get(requestKey(req)) ?? new Map<string, Promise<Id[]>>()
  const known = lookups.get(key)
  if (known) return id === undefined ? known : known.then((shared) => shared.filter((each) => String(each) === String(id)))
  if (id !== undefined) return lookUp(req, { collection, field, id }, mine)

  const pending = lookUp(req, { collection, field }, mine)
  lookups.set(key, pending)
  lookupsByRequest.set(requestKey(req), lookups)
  // A failed lookup is not kept: the caller sees the error, a later call tries again.
  pending.catch(() => lookups.delete(key))
  return pending
}

async function lookUp(req: PayloadRequest, { collection, field, id }: SharedDocumentsOptions, mine: Id[]): Promise<Id[]> {
  const own = { [field]: { in: mine } }
  const { docs } = await req.payload.db.find({
    collection,
    where: id === undefined ? own : { and: [own, { id: { equals: id } }] },
    select: { [field]: true },
    pagination: false,
    limit: 0,
    req,
  })
  const allowed = new Set(mine.map(String))
  return docs.filter((doc) => refIds((doc as Record<string, unknown>)[field]).some((brandId) => !allowed.has(String(brandId)))).map((doc) => doc.id as Id)
}
