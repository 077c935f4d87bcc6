import type { AttemptOutcome } from './outcome'

/** What a build hook receives, as JSON. */
export interface BuildHookPayload {
  /** The brand's slug: the site to rebuild. */
  brand: string
  /** The changes that made the site out of date, for people (see `describeChanges`). */
  reason: string
  /** When the first of those changes was made (ISO 8601). */
  requestedAt: string
}

const SNIPPET_LENGTH = 200

/** Statuses that say "try again later". */
const retryableStatus = (status: number) => status >= 500 || status === 408 || status === 429

/**
 * POSTs `body` as JSON to a brand's build hook, once. A 2xx answer is a success; network
 * errors, timeouts, 408, 429 and 5xx are retryable failures; any other answer is final.
 * Error texts never contain the URL: it often carries the hook's secret, and editors read them.
 */
export async function postBuildHook(url: string, body: BuildHookPayload, timeoutMs: number): Promise<AttemptOutcome> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'clinic-cms-rebuild' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      retryable: true,
      error: timedOut ? `the build hook did not answer within ${timeoutMs} ms` : `could not reach the build hook (${cause})`,
      responseStatus: null,
    }
  }
  // The body only adds detail to an error message; the status decides.
  const text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim()
  if (response.ok) return { ok: true, responseStatus: response.status }
  const snippet = text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text
  return {
    ok: false,
    retryable: retryableStatus(response.status),
    error: `the build hook answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${snippet ? `: ${snippet}` : ''}`,
    responseStatus: response.status,
  }
}
