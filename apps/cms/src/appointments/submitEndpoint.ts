import { randomBytes } from 'node:crypto'
import { APPOINTMENT_ENDPOINT_PATH, APPOINTMENT_HONEYPOT_FIELD, APPOINTMENT_LIMITS, type AppointmentFieldErrors, validateAppointmentRequest, accessibleTheme } from '@clinic/schema'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { env } from '../env'
import { rateLimitKeyOf } from '../security/clientAddress'
import { type RateLimitDecision, RateLimiter } from '../security/rateLimiter'
import type { Brand } from '../payload-types'
import { type HtmlPage, type Refusal, receivedAnswer, refusalAnswer } from './answers'
import { checkTarget, findBrand } from './checkTarget'
import { dedupeKeyOf, idempotencyKeyOf, storeOnce } from './dedupe'
import { type ErrorPageForm, errorPage } from './errorPage'
import { formClinics, formValuesOf } from './formContext'
import { NOTIFY_APPOINTMENT_REQUEST, recordNotification } from './notifyAppointmentRequest'
import { readRequestBody } from './readRequestBody'
import { withoutQueryValues } from './withoutQueryValues'

/** Writes of the endpoint trigger nothing else (no rebuilds: the collection is in no snapshot anyway). */
export const APPOINTMENT_WRITE_CONTEXT = { disableRebuild: true }

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

const FILLED_TOO_FAST = 'That was quicker than we expected from a person. Please check your details and send the form again.'
const CHECK_FIELDS = 'Please correct the marked fields and send the form again.'
/**
 * A request whose idempotency key belongs to a stored request with other content. The form's
 * script sends a new key after any refusal, and the form shown again carries none, so sending
 * again works.
 */
const KEY_REUSED = 'This form was already sent with different details. Please check your details and send the form again to make a new request.'
const WRONG_ORIGIN = 'This form can only be sent from the clinic’s own website. Open the website and send your request from there.'

/** The brand's site and the fixed origins (SITE_ORIGINS, the CMS itself, whose error page posts again). */
function allowedOriginsFor(brand: Brand | null): Set<string> {
  const origins = new Set(env.browserOrigins)
  if (brand) {
    const site = URL.parse(`https://${brand.domain}`)
    if (site) origins.add(site.origin)
  }
  return origins
}

/**
 * A path that begins with two slashes, or a slash and an encoded slash or backslash, reads as
 * another host wherever it is resolved against a base (`//evil.example/`), and some servers
 * decode and redirect such paths; no thank-you page has one.
 */
const PATH_NAMING_A_HOST = /^\/(?:\/|%2f|%5c)/i

/** Whether `url` may be sent to a visitor as where to go next: http(s), no credentials, an allowed origin, a path that names no host. */
function isSafeThankYouUrl(url: URL, allowed: Set<string>): boolean {
  return /^https?:$/.test(url.protocol) && !url.username && !url.password && allowed.has(url.origin) && !PATH_NAMING_A_HOST.test(url.pathname)
}

/**
 * Where to send the visitor after a request: an absolute URL on an allowed origin, else null.
 * The form's thank-you URL when it is on an allowed origin, else the brand site's default one.
 * A site built for its domain but served from another allowed origin (SITE_ORIGINS: the demo's
 * local server, a staging host) sends its visitors back there: the path is kept, the origin is
 * the one the form was posted from (already checked against the allow-list). What is checked is
 * the URL the visitor is finally sent to, as the URL parser reads it (backslashes, tabs and line
 * breaks, dot segments and letter case resolved), never the string the form sent.
 */
function thankYouUrlOf(value: unknown, brand: Brand | null, allowed: Set<string>, requestOrigin: string): string | null {
  const given = typeof value === 'string' && value.length <= 2048 ? URL.parse(value) : null
  if (given && isSafeThankYouUrl(given, allowed)) {
    const fromElsewhere = requestOrigin !== given.origin && requestOrigin !== env.adminOrigin
    // Components are set, not concatenated, so that the path can never become a host.
    const final = new URL(fromElsewhere ? requestOrigin : given.origin)
    final.pathname = given.pathname
    final.search = given.search
    if (!fromElsewhere) final.hash = given.hash
    if (isSafeThankYouUrl(final, allowed)) return final.href
  }
  const fallback = brand ? URL.parse(`https://${brand.domain}/request-appointment/thank-you/`) : null
  return fallback && isSafeThankYouUrl(fallback, allowed) ? fallback.href : null
}

/** The brand site's root and privacy page, beside the thank-you page (same site and base path). */
function siteUrlsOf(thankYouUrl: string, brand: Brand): { siteUrl: string; privacyUrl: string } {
  const suffix = '/request-appointment/thank-you/'
  const root = thankYouUrl.endsWith(suffix) ? `${thankYouUrl.slice(0, -suffix.length)}/` : `https://${brand.domain}/`
  return { siteUrl: root, privacyUrl: `${root}privacy/` }
}

/** Whether the honeypot holds anything at all. */
function filled(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(filled)
  return true
}

/** `startedAt` (epoch ms, sent by the form's script) when it is a number and not in the future; else null. */
function startedAtOf(value: unknown, now: number): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,16}$/.test(value.trim()) ? Number(value.trim()) : NaN
  return Number.isFinite(number) && number >= 0 && number <= now ? number : null
}

function wantsJsonByHeaders(req: PayloadRequest): boolean {
  const accept = req.headers.get('accept') ?? ''
  const contentType = req.headers.get('content-type') ?? ''
  return /application\/json/i.test(accept) || /^\s*application\/json/i.test(contentType)
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Everything known about the request so far, for the answer. */
interface Exchange {
  payload: Payload
  wantsJson: boolean
  fields: Record<string, unknown> | null
  brand: Brand | null
  thankYouUrl: string | null
}

/** The HTML page for a refused form post: the form again when the brand is known and the request was read. */
async function renderRefusal(exchange: Exchange, refusal: Refusal): Promise<HtmlPage> {
  const { brand, fields, thankYouUrl, payload } = exchange
  const nonce = randomBytes(16).toString('base64')
  const errors = refusal.errors ?? {}
  const page = (form: ErrorPageForm | null) => errorPage({ message: refusal.message, errors, form, nonce })
  const showForm = brand !== null && brand._status === 'published' && brand.acceptsAppointments !== false && fields !== null && thankYouUrl !== null && refusal.status !== 403
  if (showForm) {
    try {
      const form: ErrorPageForm = {
        action: `${env.serverUrl}${APPOINTMENT_ENDPOINT_PATH}`,
        brand: { slug: brand.slug, name: brand.name },
        clinics: await formClinics(payload, brand),
        thankYouUrl,
        ...siteUrlsOf(thankYouUrl, brand),
        // The palette the brand's site uses: colours corrected for WCAG AA, as at build time.
        theme: accessibleTheme(brand.theme).theme,
        values: formValuesOf(fields),
      }
      return { html: page(form), formTargets: [...new Set([new URL(form.action).origin, new URL(thankYouUrl).origin])], nonce }
    } catch (error) {
      // No published clinic, or the clinics could not be read: the message alone still helps.
      payload.logger.error({ err: error, msg: `Appointment request: could not show the form of brand ${brand.slug} again; answered with the message only.` })
    }
  }
  return { html: page(null), formTargets: [], nonce }
}

/**
 * `POST /api/appointment-requests/submit`: a visitor's appointment request from a brand site's
 * form (form-encoded, without JavaScript) or its script (JSON). Checks run cheapest first: rate
 * limit, size, content type, origin, honeypot, fill time, the contract, the brand's clinics and
 * therapies, duplicates; then the request is stored and the clinic's email queued. See
 * "Appointment requests" in apps/cms/README.md for the answers.
 */
export async function submitAppointment(req: PayloadRequest): Promise<Response> {
  const payload = req.payload
  const exchange: Exchange = { payload, wantsJson: wantsJsonByHeaders(req), fields: null, brand: null, thankYouUrl: null }
  const refuse = (refusal: Refusal) => refusalAnswer(exchange.wantsJson, refusal, (answer) => renderRefusal(exchange, answer))

  const decision = await rateLimitOf(req)
  if (!decision.allowed) {
    payload.logger.info(`Appointment request refused: more than ${env.APPOINTMENT_RATE_LIMIT} from one client address in ${env.APPOINTMENT_RATE_WINDOW_MS / 1000} s.`)
    const minutes = Math.ceil(decision.retryAfterSeconds / 60)
    return refuse({
      status: 429,
      message: `Too many requests were sent from your network. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and send the form again, or call the clinic.`,
      retryAfter: decision.retryAfterSeconds,
    })
  }

  const body = await readRequestBody(req as unknown as Request, APPOINTMENT_LIMITS.bodyBytes)
  if (!body.ok) return refuse({ status: body.status, message: body.message })
  const fields = body.fields
  exchange.fields = fields
  exchange.wantsJson ||= body.kind === 'json'

  try {
    const brand = await findBrand(payload, fields.brand)
    exchange.brand = brand
    const allowed = allowedOriginsFor(brand)
    const origin = req.headers.get('origin')
    if (origin === null || !allowed.has(origin)) {
      payload.logger.debug(`Appointment request refused: origin ${JSON.stringify(origin)} is not allowed for brand ${JSON.stringify(fields.brand)}.`)
      return refuse({ status: 403, message: WRONG_ORIGIN })
    }
    exchange.thankYouUrl = thankYouUrlOf(fields.thankYouUrl, brand, allowed, origin)

    if (filled(fields[APPOINTMENT_HONEYPOT_FIELD])) {
      payload.logger.info(`Appointment request for brand ${JSON.stringify(fields.brand)} with the "${APPOINTMENT_HONEYPOT_FIELD}" honeypot filled in: answered as received, not stored.`)
      return receivedAnswer(exchange.wantsJson, exchange.thankYouUrl)
    }

    const now = Date.now()
    const startedAt = startedAtOf(fields.startedAt, now)
    if (startedAt !== null && now - startedAt < env.APPOINTMENT_MIN_FILL_MS) {
      return refuse({ status: 422, message: FILLED_TOO_FAST, errors: { form: FILLED_TOO_FAST } })
    }

    const validation = validateAppointmentRequest(fields)
    if (!validation.ok) return refuse({ status: 422, message: summaryOf(validation.errors), errors: validation.errors })
    const check = await checkTarget(payload, brand, validation.value)
    if (!check.ok) return refuse({ status: 422, message: summaryOf(check.errors), errors: check.errors })
    const { target } = check
    const input = validation.value

    const dedupeKey = dedupeKeyOf(target.brand.id, input)
    const idempotencyKey = idempotencyKeyOf(req.headers.get('idempotency-key'), fields.idempotencyKey)
    const stored = await storeOnce(payload, { brandId: target.brand.id, dedupeKey, idempotencyKey, now: new Date(now) }, () =>
      // One Local API create (in a transaction where the database has them: MongoDB on a replica set).
      payload.create({
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
          consentAt: new Date(now).toISOString(),
          status: 'new',
          notification: { status: 'pending', attempts: 0 },
          dedupeKey,
          idempotencyKey,
        },
      }),
    )
    if (stored === 'keyReused') {
      // 422, as the IETF Idempotency-Key draft prescribes for a key reused with another payload (409 is for a retry still in progress).
      payload.logger.info(`Appointment request for ${target.brand.slug} refused: its idempotency key belongs to a stored request with other content.`)
      return refuse({ status: 422, message: KEY_REUSED, errors: { form: KEY_REUSED } })
    }
    if (stored === 'same') {
      payload.logger.info(`Appointment request for ${target.brand.slug} repeated (the same content as a stored one): answered as received, not stored again.`)
      return receivedAnswer(exchange.wantsJson, exchange.thankYouUrl)
    }
    payload.logger.info(`Appointment request ${stored.id} stored for ${target.brand.slug}, clinic ${target.clinic.id}.`)

    // The request is stored; nothing from here on may turn the answer into an error.
    try {
      await payload.jobs.queue({ task: NOTIFY_APPOINTMENT_REQUEST, input: { request: String(stored.id) } })
    } catch (error) {
      payload.logger.error({ err: withoutQueryValues(error), msg: `Appointment request ${stored.id}: could not queue the email to the clinic.` })
      await recordNotification(payload, stored.id, { status: 'failed', lastError: `Could not queue the email to the clinic: ${messageOf(error)}` })
    }
    return receivedAnswer(exchange.wantsJson, exchange.thankYouUrl)
  } catch (error) {
    payload.logger.error({ err: withoutQueryValues(error), msg: `Appointment request for brand ${JSON.stringify(fields.brand)} could not be handled; answered 503.` })
    const phone = exchange.brand?.contact?.phone
    return refuse({
      status: 503,
      message: `We could not save your request just now. Please try again in a few minutes${phone ? `, or call us at ${phone}` : ', or call the clinic'}.`,
    })
  }
}

/** The message above the errors: the request-wide one when there is one, else a request to fix the fields. */
function summaryOf(errors: AppointmentFieldErrors): string {
  return errors.brand ?? errors.form ?? CHECK_FIELDS
}

/** The public endpoint, mounted on the appointment-requests collection (`/submit`). Runs without a user. */
export const submitAppointmentEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: submitAppointment,
}
