import { createHash } from 'node:crypto'
import type { AppointmentRequestInput } from '@clinic/schema'
import type { Payload } from 'payload'

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

/** Finds how this request relates to the brand's stored ones ({@link PriorRequest}); run it inside {@link oneAtATime} with the write. */
export async function priorRequestOf(payload: Payload, { brandId, dedupeKey, idempotencyKey, now }: { brandId: Id; dedupeKey: string; idempotencyKey: string | null; now: Date }): Promise<PriorRequest> {
  if (idempotencyKey !== null) {
    // Normally one; several CMS processes could each have stored one (see oneAtATime).
    const { docs } = await payload.find({
      collection: 'appointment-requests',
      where: { and: [{ brand: { equals: brandId } }, { idempotencyKey: { equals: idempotencyKey } }] },
      select: { dedupeKey: true },
      limit: 10,
      depth: 0,
      overrideAccess: true,
    })
    if (docs.length > 0) return docs.some((doc) => doc.dedupeKey === dedupeKey) ? 'same' : 'keyReused'
  }
  const { totalDocs } = await payload.count({
    collection: 'appointment-requests',
    where: { and: [{ brand: { equals: brandId } }, { dedupeKey: { equals: dedupeKey } }, { createdAt: { greater_than: new Date(now.getTime() - DEDUPE_WINDOW_MS).toISOString() } }] },
    overrideAccess: true,
  })
  return totalDocs > 0 ? 'same' : 'none'
}

let queue: Promise<unknown> = Promise.resolve()

/**
 * Runs `task` after every task passed here before it has finished: the duplicate check and the
 * write of a request happen one at a time in this process, so two equal requests arriving
 * together are stored once, and of two different requests with one idempotency key only the
 * first is stored. (Several CMS processes could each store one; rare enough to accept.)
 */
export function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task)
  queue = run.then(
    () => undefined,
    () => undefined,
  )
  return run
}
