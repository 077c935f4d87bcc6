import { APPOINTMENT_HONEYPOT_FIELD, type AppointmentFieldErrors, type AppointmentRequestInput, validateAppointmentRequest } from '@clinic/schema'
import type { Payload, PayloadRequest } from 'payload'
import { env } from '../env'
import type { Brand } from '../payload-types'
import { rateLimitKeyOf } from '../security/clientAddress'
import { type RateLimitDecision, RateLimiter } from '../security/rateLimiter'
import type { Refusal } from './answers'
import { type AppointmentTarget, checkTarget } from './checkTarget'
import { withoutQueryValues } from './withoutQueryValues'

/*
 * The endpoint's checks, cheapest first: rate limit, origin, honeypot, fill time, the contract,
 * the brand's clinics and therapies. Each names the refusal to answer with, or lets the request on.
 */

const FILLED_TOO_FAST = 'That was quicker than we expected from a person. Please check your details and send the form again.'
const CHECK_FIELDS = 'Please correct the marked fields and send the form again.'
const WRONG_ORIGIN = 'This form can only be sent from the clinic’s own website. Open the website and send your request from there.'

let limiter: RateLimiter | undefined
/** The endpoint's rate limit (APPOINTMENT_RATE_LIMIT per APPOINTMENT_RATE_WINDOW_MS and client address), shared by every CMS process. */
export function appointmentRateLimiter(): RateLimiter {
  limiter ??= new RateLimiter('appointment', env.APPOINTMENT_RATE_LIMIT, env.APPOINTMENT_RATE_WINDOW_MS)
  return limiter
}

/**
 * Counts the request against its client address's limit. Fails open: when the shared counters
 * cannot be reached, the request goes on (logged as an error), so that patients are not turned
 * away by a limit that exists against abuse. The origin, honeypot and fill-time checks still
 * apply, and when the database is really down the request cannot be stored either and gets the
 * endpoint's 503 with the clinic's phone number.
 */
async function rateLimitOf(req: PayloadRequest): Promise<RateLimitDecision> {
  try {
    return await appointmentRateLimiter().hit(req.payload, rateLimitKeyOf(req))
  } catch (error) {
    req.payload.logger.error({ err: withoutQueryValues(error), msg: 'Appointment request: the shared rate limit could not be checked (database busy or down?); the request was let through.' })
    return { allowed: true }
  }
}

/** A 429 when the client address sent too many requests lately; else null. */
export async function rateLimitRefusal(req: PayloadRequest): Promise<Refusal | null> {
  const decision = await rateLimitOf(req)
  if (decision.allowed) return null
  req.payload.logger.info(`Appointment request refused: more than ${env.APPOINTMENT_RATE_LIMIT} from one client address in ${env.APPOINTMENT_RATE_WINDOW_MS / 1000} s.`)
  const minutes = Math.ceil(decision.retryAfterSeconds / 60)
  return {
    status: 429,
    message: `Too many requests were sent from your network. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and send the form again, or call the clinic.`,
    retryAfter: decision.retryAfterSeconds,
  }
}

/** The request's Origin when the brand's form may be sent from there; else a 403. */
export function checkOrigin(payload: Payload, origin: string | null, allowed: Set<string>, brandField: unknown): { ok: true; origin: string } | { ok: false; refusal: Refusal } {
  if (origin !== null && allowed.has(origin)) return { ok: true, origin }
  payload.logger.debug(`Appointment request refused: origin ${JSON.stringify(origin)} is not allowed for brand ${JSON.stringify(brandField)}.`)
  return { ok: false, refusal: { status: 403, message: WRONG_ORIGIN } }
}

/** Whether the honeypot holds anything at all. */
function filled(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(filled)
  return true
}

/** Whether a bot filled in the honeypot (logged): such a request is answered as received and not stored. */
export function honeypotFilled(payload: Payload, fields: Record<string, unknown>): boolean {
  if (!filled(fields[APPOINTMENT_HONEYPOT_FIELD])) return false
  payload.logger.info(`Appointment request for brand ${JSON.stringify(fields.brand)} with the "${APPOINTMENT_HONEYPOT_FIELD}" honeypot filled in: answered as received, not stored.`)
  return true
}

/** `startedAt` (epoch ms, sent by the form's script) when it is a number and not in the future; else null. */
function startedAtOf(value: unknown, now: number): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,16}$/.test(value.trim()) ? Number(value.trim()) : NaN
  return Number.isFinite(number) && number >= 0 && number <= now ? number : null
}

/** The message above the errors: the request-wide one when there is one, else a request to fix the fields. */
function summaryOf(errors: AppointmentFieldErrors): string {
  return errors.brand ?? errors.form ?? CHECK_FIELDS
}

/** A request that passed every check: the contract's input and what it is about. */
export interface CheckedRequest {
  input: AppointmentRequestInput
  target: AppointmentTarget
}

/** Checks the request's content: filled in at a person's pace, valid by the contract, about the brand's own clinic and therapy. */
export async function checkContent(
  payload: Payload,
  brand: Brand | null,
  fields: Record<string, unknown>,
  now: number,
): Promise<{ ok: true; request: CheckedRequest } | { ok: false; refusal: Refusal }> {
  const startedAt = startedAtOf(fields.startedAt, now)
  if (startedAt !== null && now - startedAt < env.APPOINTMENT_MIN_FILL_MS) {
    return { ok: false, refusal: { status: 422, message: FILLED_TOO_FAST, errors: { form: FILLED_TOO_FAST } } }
  }
  const validation = validateAppointmentRequest(fields)
  if (!validation.ok) return { ok: false, refusal: { status: 422, message: summaryOf(validation.errors), errors: validation.errors } }
  const check = await checkTarget(payload, brand, validation.value)
  if (!check.ok) return { ok: false, refusal: { status: 422, message: summaryOf(check.errors), errors: check.errors } }
  return { ok: true, request: { input: validation.value, target: check.target } }
}
