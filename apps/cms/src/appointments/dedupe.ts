import { createHash } from 'node:crypto'
import type { AppointmentRequestInput } from '@clinic/schema'
import type { Payload } from 'payload'
import { RateLimiter } from '../security/rateLimiter'

/** A request equal to one stored this recently is answered as a success and not stored again. */
export const DEDUPE_WINDOW_MS = 10 * 60 * 1000

type Id = number | string

const text = (value: string | undefined) => (value ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * A fingerprint of a request's content: brand, clinic, therapy and the visitor's details, with
 * case, spacing and phone punctuation ignored. Sending the form twice (a double click, a reload
 * after a slow answer) gives the same key.
 */
export function dedupeKeyOf(brandId: Id, input: AppointmentRequestInput): string {
  const parts = [
    String(brandId),
    input.clinic,
    input.therapy ?? '',
    text(input.name),
    (input.phone ?? '').replace(/\D/g, ''),
    text(input.email),
    input.preferredDays.join(','),
    input.preferredTimes.join(','),
    text(input.message),
  ]
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

/** An `Idempotency-Key` header or `idempotencyKey` field: 8–128 visible ASCII characters, else ignored. */
export function idempotencyKeyOf(header: string | null, field: unknown): string | null {
  for (const candidate of [header, field]) {
    if (typeof candidate === 'string' && /^[\x21-\x7e]{8,128}$/.test(candidate.trim())) return candidate.trim()
  }
  return null
}

/**
 * How a request relates to the brand's stored ones: `same` when it was stored before (its
 * idempotency key with the same content, or the same content within {@link DEDUPE_WINDOW_MS});
 * `keyReused` when its idempotency key belongs to a stored request with other content (the key
 * was reused for another request, which must be refused rather than dropped); `none` otherwise.
 */
export type PriorRequest = 'none' | 'same' | 'keyReused'

/** Finds how this request relates to the brand's stored ones ({@link PriorRequest}). */
async function priorRequestOf(payload: Payload, { brandId, dedupeKey, idempotencyKey, now }: RequestKeys): Promise<PriorRequest> {
  const byKey = await priorRequestByKey(payload, { brandId, dedupeKey, idempotencyKey })
  if (byKey !== 'none') return byKey
  const { totalDocs } = await payload.count({
    collection: 'appointment-requests',
    where: { and: [{ brand: { equals: brandId } }, { dedupeKey: { equals: dedupeKey } }, { createdAt: { greater_than: new Date(now.getTime() - DEDUPE_WINDOW_MS).toISOString() } }] },
    overrideAccess: true,
  })
  return totalDocs > 0 ? 'same' : 'none'
}

/** How this request relates to the brand's stored request with its idempotency key, if any. */
async function priorRequestByKey(payload: Payload, { brandId, dedupeKey, idempotencyKey }: Omit<RequestKeys, 'now'>): Promise<PriorRequest> {
  if (idempotencyKey === null) return 'none'
  // At most one: (brand, idempotencyKey) is unique in the database (src/collections/AppointmentRequests).
  const { docs } = await payload.find({
    collection: 'appointment-requests',
    where: { and: [{ brand: { equals: brandId } }, { idempotencyKey: { equals: idempotencyKey } }] },
    select: { dedupeKey: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const [stored] = docs
  if (stored === undefined) return 'none'
  return stored.dedupeKey === dedupeKey ? 'same' : 'keyReused'
}

/** What identifies a request for {@link storeOnce}: its brand, content fingerprint, idempotency key, and when it arrived. */
export interface RequestKeys {
  brandId: Id
  dedupeKey: string
  idempotencyKey: string | null
  now: Date
}

/**
 * Claims of a request's content for {@link DEDUPE_WINDOW_MS}, shared by every CMS process: the
 * first count of `<brand>:<fingerprint>` wins (a limit of 1).
 */
const contentClaims = new RateLimiter('dedupe', 1, DEDUPE_WINDOW_MS)

/**
 * Stores a request with `create` unless it was stored before ({@link PriorRequest}), in a way
 * that holds across CMS processes sharing the database:
 * - the same content without a stored match is claimed in the shared counters before it is
 *   stored, so of equal requests arriving at once (at one process or several) only the first is
 *   stored and the others answer `same`;
 * - an idempotency key is unique per brand in the database, so of two requests with one key
 *   only one is stored; the other's create fails and it is answered from the stored one.
 * A claim whose request could not be stored is given back, so that sending it again works.
 */
export async function storeOnce<T>(payload: Payload, keys: RequestKeys, create: () => Promise<T>): Promise<T | 'same' | 'keyReused'> {
  const prior = await priorRequestOf(payload, keys)
  if (prior !== 'none') return prior

  const claim = await claimContent(payload, keys)
  // Another request with this content was claimed first, here or at another process: it is stored, or being stored.
  if (claim === 'lost') return 'same'
  try {
    return await create()
  } catch (error) {
    if (claim === 'won') await releaseContent(payload, keys)
    const byKey = await storedWithKeyAfterAll(payload, keys)
    if (byKey !== 'none') return byKey
    throw error
  }
}

/** How often, and how long apart, a failed create looks for the request that took its idempotency key. */
const CONFLICT_LOOKUPS = 5
const CONFLICT_LOOKUP_PAUSE_MS = 100

/**
 * After a failed create: whether a request with this idempotency key was stored meanwhile (the
 * failure was then most likely the unique index). On MongoDB with transactions the failure can be
 * a write conflict with a transaction that has not committed yet, so the lookup is repeated a few
 * times, briefly, before the failure is taken for what it said.
 */
async function storedWithKeyAfterAll(payload: Payload, keys: RequestKeys): Promise<PriorRequest> {
  if (keys.idempotencyKey === null) return 'none'
  for (let lookup = 1; ; lookup += 1) {
    // A lookup that fails too (the database is down) leaves the create's error to be reported.
    const byKey = await priorRequestByKey(payload, keys).catch(() => 'none' as const)
    if (byKey !== 'none' || lookup === CONFLICT_LOOKUPS) return byKey
    await new Promise((resolve) => setTimeout(resolve, CONFLICT_LOOKUP_PAUSE_MS))
  }
}

/** Claims the request's content for the duplicate window: `won`, `lost` to an earlier claim, or `unchecked` when the shared counters failed. */
async function claimContent(payload: Payload, keys: RequestKeys): Promise<'won' | 'lost' | 'unchecked'> {
  try {
    return (await contentClaims.hit(payload, claimKeyOf(keys), keys.now.getTime())).allowed ? 'won' : 'lost'
  } catch (error) {
    // Fail open: a request stored twice is better than one lost, and the check of the stored
    // requests above still ran. When the database is really down, the create fails as well.
    payload.logger.error({ err: error, msg: 'Appointment request: the shared duplicate window could not be checked (database busy or down?); the request is stored without it.' })
    return 'unchecked'
  }
}

/** Gives back a claim whose request was not stored, so that sending it again is not taken for a duplicate. */
async function releaseContent(payload: Payload, keys: RequestKeys): Promise<void> {
  try {
    await contentClaims.refund(payload, claimKeyOf(keys), keys.now.getTime())
  } catch (error) {
    payload.logger.error({ err: error, msg: `Appointment request: could not give back the duplicate-window claim of a request that was not stored; the same request is answered as received without being stored until the window ends (${DEDUPE_WINDOW_MS / 60_000} minutes).` })
  }
}

const claimKeyOf = ({ brandId, dedupeKey }: RequestKeys) => `${String(brandId)}:${dedupeKey}`
