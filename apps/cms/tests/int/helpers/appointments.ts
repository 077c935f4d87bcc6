import { APPOINTMENT_ENDPOINT_PATH } from '@clinic/schema'
import { REST_OPTIONS, REST_POST } from '@payloadcms/next/routes'
import config from '../../../src/payload.config'
import { PEER_ADDRESS_HEADER, announcePeerAddressHeader } from '../../../src/security/peerAddress'

// Import this module dynamically after `startPayload`: the config reads the environment once, at import.

const post = REST_POST(config)
// The requests below carry their client's address as the CMS server passes it on (src/server/main.ts).
announcePeerAddressHeader()
const options = REST_OPTIONS(config)

/** The endpoint as the brand sites' forms call it (SERVER_URL is http://cms.test in the tests). */
export const ENDPOINT_URL = `http://cms.test${APPOINTMENT_ENDPOINT_PATH}`
const routeParams = { params: Promise.resolve({ slug: APPOINTMENT_ENDPOINT_PATH.replace(/^\/api\//, '').split('/') }) }

let clients = 0
/** A client address nobody used yet in this test file, so that rate limits only bite where a test wants them to. */
export function freshClientAddress(): string {
  clients += 1
  return `198.51.${Math.floor(clients / 250) % 250}.${(clients % 250) + 1}`
}

export type FormFields = Record<string, string | readonly string[]>

/** `application/x-www-form-urlencoded`, repeating a name for each value of a list (as a browser does). */
export function formEncode(fields: FormFields): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) {
    for (const entry of typeof value === 'string' ? [value] : value) params.append(name, entry)
  }
  return params.toString()
}

export interface SubmitOptions {
  headers?: Record<string, string>
  /** Sent from this client address (the connection's, as the CMS server passes it on); a fresh one by default, `null` for none. */
  from?: string | null
}

/**
 * POSTs a raw body to the endpoint through Payload's real REST handler (the one the Next route
 * uses). A stream is sent without Content-Length, as a chunked upload would be.
 */
export async function submitRaw(body: BodyInit | null, { headers = {}, from }: SubmitOptions = {}): Promise<Response> {
  const address = from === undefined ? freshClientAddress() : from
  const init: RequestInit & { duplex?: 'half' } = {
    method: 'POST',
    headers: { ...(address === null ? {} : { [PEER_ADDRESS_HEADER]: address }), ...headers },
    body,
  }
  if (body instanceof ReadableStream) init.duplex = 'half'
  return post(new Request(ENDPOINT_URL, init), routeParams)
}

/** Posts a form as a browser without JavaScript does, from `origin`. */
export function submitForm(fields: FormFields, origin: string | null, options: SubmitOptions = {}): Promise<Response> {
  return submitRaw(formEncode(fields), {
    ...options,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(origin === null ? {} : { Origin: origin }), ...options.headers },
  })
}

/** Posts JSON as the form's script does, from `origin`. */
export function submitJson(value: unknown, origin: string | null, options: SubmitOptions = {}): Promise<Response> {
  return submitRaw(typeof value === 'string' ? value : JSON.stringify(value), {
    ...options,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(origin === null ? {} : { Origin: origin }), ...options.headers },
  })
}

/** A CORS preflight for the endpoint. */
export function preflight(origin: string, requestHeaders = 'content-type, idempotency-key'): Promise<Response> {
  return options(
    new Request(ENDPOINT_URL, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': requestHeaders } }),
    routeParams,
  )
}

/** A body of `chunk` × `times` delivered in pieces, without a Content-Length; `pulled()` says how many pieces were read. */
export function chunkedBody(chunk: string, times: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  const bytes = new TextEncoder().encode(chunk)
  let sent = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= times) return controller.close()
      sent += 1
      controller.enqueue(bytes)
    },
  })
  return { stream, pulled: () => sent }
}

/** The text of an HTML answer's error summary (role="alert", after its "There is a problem" heading), tags removed; '' when there is none. */
export function htmlErrorSummary(html: string): string {
  const summary = /role="alert"[^>]*>[\s\S]*?There is a problem<\/h2>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? ''
  return summary.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
}
