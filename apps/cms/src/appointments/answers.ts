import type { AppointmentFieldErrors, AppointmentResponse } from '@clinic/schema'

/*
 * The endpoint's answers. JSON requests (a JSON body, or `Accept: application/json`) get an
 * `AppointmentResponse`; form posts get a 303 to the thank-you page or an HTML page. Every answer
 * is `no-store`; Payload adds the CORS headers for allowed origins.
 */

/** What the visitor reads after a request was received (also after a duplicate, or a filled-in honeypot). */
export const RECEIVED_MESSAGE = 'Thank you, we have received your request. We will contact you soon to find a time that suits you.'

/** A request that was not accepted. */
export interface Refusal {
  status: 400 | 403 | 413 | 415 | 422 | 429 | 503
  message: string
  errors?: AppointmentFieldErrors
  /** Seconds, for 429. */
  retryAfter?: number
}

/** What a request came to: `received` (stored, a repeat, or a bot's answered alike) or a refusal. */
export type Outcome = 'received' | Refusal

const NO_STORE = { 'Cache-Control': 'no-store' }

/** What an HTML answer needs besides its markup: the origins its form posts to (and its script calls), and the CSP nonce. */
export interface HtmlPage {
  html: string
  /** The endpoint's origin and the thank-you page's; empty when the page has no form. */
  formTargets: readonly string[]
  /** The nonce of the page's inline `<style>` and `<script>`; null when it has none. */
  nonce: string | null
}

/**
 * Headers of the HTML pages: nothing loaded from elsewhere; the inline style and script run by
 * nonce (the brand colours sit in a style attribute); the form may post to the endpoint, its
 * script call it, and the endpoint redirect to the thank-you page.
 */
function htmlHeaders(page: Pick<HtmlPage, 'formTargets' | 'nonce'>): Headers {
  const targets = page.formTargets.join(' ')
  return new Headers({
    ...NO_STORE,
    'Content-Type': 'text/html; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'X-Robots-Tag': 'noindex',
    // Same-origin: the form on this page posts to the CMS with its Origin header (never `null`).
    'Referrer-Policy': 'same-origin',
    'Content-Security-Policy': [
      "default-src 'none'",
      page.nonce === null ? "style-src 'none'" : `style-src 'nonce-${page.nonce}'`,
      "style-src-attr 'unsafe-inline'",
      page.nonce === null ? "script-src 'none'" : `script-src 'nonce-${page.nonce}'`,
      `connect-src ${targets || "'none'"}`,
      `form-action ${targets || "'none'"}`,
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  })
}

/** A JSON `AppointmentResponse`. */
export function jsonAnswer(status: number, body: AppointmentResponse, extra: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...extra } })
}

/** The answer to an accepted request. */
export function receivedAnswer(wantsJson: boolean, redirect: string | null): Response {
  if (wantsJson) return jsonAnswer(201, { ok: true, message: RECEIVED_MESSAGE, redirect })
  if (redirect !== null) return new Response(null, { status: 303, headers: { ...NO_STORE, Location: redirect } })
  // No thank-you page to send the visitor to (an unknown brand posting from SITE_ORIGINS): say it here.
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Request sent</title></head><body style="font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>Request sent</h1><p>${RECEIVED_MESSAGE}</p></body></html>`
  return new Response(page, { status: 200, headers: htmlHeaders({ formTargets: [], nonce: null }) })
}

/** The answer to a refused request: JSON, or an HTML page rendered by `renderPage`. */
export async function refusalAnswer(wantsJson: boolean, refusal: Refusal, renderPage: (refusal: Refusal) => Promise<HtmlPage>): Promise<Response> {
  const extra: Record<string, string> = refusal.retryAfter === undefined ? {} : { 'Retry-After': String(refusal.retryAfter) }
  if (wantsJson) {
    const hasErrors = refusal.errors !== undefined && Object.keys(refusal.errors).length > 0
    return jsonAnswer(refusal.status, { ok: false, message: refusal.message, ...(hasErrors ? { errors: refusal.errors } : {}) }, extra)
  }
  const page = await renderPage(refusal)
  const headers = htmlHeaders(page)
  for (const [name, value] of Object.entries(extra)) headers.set(name, value)
  return new Response(page.html, { status: refusal.status, headers })
}
