import type { Payload } from 'payload'
import type { Outcome } from './answers'
import type { CheckedRequest } from './checkRequest'
import { dedupeKeyOf, storeOnce } from './dedupe'
import { NOTIFY_APPOINTMENT_REQUEST, recordNotification } from './notifyAppointmentRequest'
import { withoutQueryValues } from './withoutQueryValues'

/** Writes of the endpoint trigger nothing else (no rebuilds: the collection is in no snapshot anyway). */
export const APPOINTMENT_WRITE_CONTEXT = { disableRebuild: true }

/**
 * A request whose idempotency key belongs to a stored request with other content. The form's
 * script sends a new key after any refusal, and the form shown again carries none, so sending
 * again works.
 */
const KEY_REUSED = 'This form was already sent with different details. Please check your details and send the form again to make a new request.'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

type Id = number | string

/** One Local API create (in a transaction where the database has them: MongoDB on a replica set). */
function createRequest(payload: Payload, { input, target }: CheckedRequest, keys: { dedupeKey: string; idempotencyKey: string | null; now: Date }) {
  return payload.create({
    collection: 'appointment-requests',
    overrideAccess: true,
    depth: 0,
    context: APPOINTMENT_WRITE_CONTEXT,
    data: {
      brand: target.brand.id,
      clinic: target.clinic.id,
      therapy: target.therapy?.id ?? null,
      name: input.name,
      phone: input.phone ?? null,
      email: input.email ?? null,
      preferredDays: input.preferredDays,
      preferredTimes: input.preferredTimes,
      message: input.message,
      consentAt: keys.now.toISOString(),
      status: 'new',
      notification: { status: 'pending', attempts: 0 },
      dedupeKey: keys.dedupeKey,
      idempotencyKey: keys.idempotencyKey,
    },
  })
}

/** Queues the email to the clinic. The request is stored: a failure is recorded on it, never turned into an error answer. */
async function queueNotification(payload: Payload, id: Id): Promise<void> {
  try {
    await payload.jobs.queue({ task: NOTIFY_APPOINTMENT_REQUEST, input: { request: String(id) } })
  } catch (error) {
    payload.logger.error({ err: withoutQueryValues(error), msg: `Appointment request ${id}: could not queue the email to the clinic.` })
    await recordNotification(payload, id, { status: 'failed', lastError: `Could not queue the email to the clinic: ${messageOf(error)}` })
  }
}

/**
 * Stores a checked request once (a repeat is answered as received, a reused idempotency key is
 * refused; see `storeOnce`) and queues the clinic's email.
 */
export async function storeRequest(payload: Payload, request: CheckedRequest, idempotencyKey: string | null, now: number): Promise<Outcome> {
  const { target } = request
  const dedupeKey = dedupeKeyOf(target.brand.id, request.input)
  const keys = { dedupeKey, idempotencyKey, now: new Date(now) }
  const stored = await storeOnce(payload, { brandId: target.brand.id, ...keys }, () => createRequest(payload, request, keys))
  if (stored === 'keyReused') {
    // 422, as the IETF Idempotency-Key draft prescribes for a key reused with another payload (409 is for a retry still in progress).
    payload.logger.info(`Appointment request for ${target.brand.slug} refused: its idempotency key belongs to a stored request with other content.`)
    return { status: 422, message: KEY_REUSED, errors: { form: KEY_REUSED } }
  }
  if (stored === 'same') {
    payload.logger.info(`Appointment request for ${target.brand.slug} repeated (the same content as a stored one): answered as received, not stored again.`)
    return 'received'
  }
  payload.logger.info(`Appointment request ${stored.id} stored for ${target.brand.slug}, clinic ${target.clinic.id}.`)
  await queueNotification(payload, stored.id)
  return 'received'
}
