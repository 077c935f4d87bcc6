import { APPOINTMENT_LIMITS } from '@clinic/schema'
import type { Endpoint, PayloadRequest } from 'payload'
import { type Outcome, type Refusal, receivedAnswer, refusalAnswer } from './answers'
import { checkContent, checkOrigin, honeypotFilled, rateLimitRefusal } from './checkRequest'
import { findBrand } from './checkTarget'
import { idempotencyKeyOf } from './dedupe'
import { readRequestBody } from './readRequestBody'
import { type Exchange, renderRefusal } from './refusalPage'
import { storeRequest } from './storeRequest'
import { allowedOriginsFor, thankYouUrlOf } from './thankYouUrl'
import { withoutQueryValues } from './withoutQueryValues'

function wantsJsonByHeaders(req: PayloadRequest): boolean {
  const accept = req.headers.get('accept') ?? ''
  const contentType = req.headers.get('content-type') ?? ''
  return /application\/json/i.test(accept) || /^\s*application\/json/i.test(contentType)
}

/** The answer to the request's outcome: JSON for the form's script, a redirect or an HTML page for a form post. */
function answer(exchange: Exchange, outcome: Outcome): Response | Promise<Response> {
  if (outcome === 'received') return receivedAnswer(exchange.wantsJson, exchange.thankYouUrl)
  return refusalAnswer(exchange.wantsJson, outcome, (refusal) => renderRefusal(exchange, refusal))
}

/** The 503 when the request could not be handled (the database is down, say): try later, or call. */
function unavailable(exchange: Exchange): Refusal {
  const phone = exchange.brand?.contact?.phone
  return {
    status: 503,
    message: `We could not save your request just now. Please try again in a few minutes${phone ? `, or call us at ${phone}` : ', or call the clinic'}.`,
  }
}

/** Checks a read request against its brand and stores it; records the brand and thank-you URL in `exchange` for the answer. */
async function handleRequest(req: PayloadRequest, exchange: Exchange, fields: Record<string, unknown>): Promise<Outcome> {
  const { payload } = exchange
  const brand = await findBrand(payload, fields.brand)
  exchange.brand = brand
  const allowed = allowedOriginsFor(brand)
  const origin = checkOrigin(payload, req.headers.get('origin'), allowed, fields.brand)
  if (!origin.ok) return origin.refusal
  exchange.thankYouUrl = thankYouUrlOf(fields.thankYouUrl, brand, allowed, origin.origin)

  if (honeypotFilled(payload, fields)) return 'received'

  const now = Date.now()
  const checked = await checkContent(payload, brand, fields, now)
  if (!checked.ok) return checked.refusal
  return storeRequest(payload, checked.request, idempotencyKeyOf(req.headers.get('idempotency-key'), fields.idempotencyKey), now)
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

  const limited = await rateLimitRefusal(req)
  if (limited !== null) return answer(exchange, limited)

  const body = await readRequestBody(req as unknown as Request, APPOINTMENT_LIMITS.bodyBytes)
  if (!body.ok) return answer(exchange, { status: body.status, message: body.message })
  const fields = body.fields
  exchange.fields = fields
  exchange.wantsJson ||= body.kind === 'json'

  try {
    // The answer itself is not awaited: a failure while rendering a refusal's page is not answered 503.
    return answer(exchange, await handleRequest(req, exchange, fields))
  } catch (error) {
    payload.logger.error({ err: withoutQueryValues(error), msg: `Appointment request for brand ${JSON.stringify(fields.brand)} could not be handled; answered 503.` })
    return answer(exchange, unavailable(exchange))
  }
}

/** The public endpoint, mounted on the appointment-requests collection (`/submit`). Runs without a user. */
export const submitAppointmentEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: submitAppointment,
}
