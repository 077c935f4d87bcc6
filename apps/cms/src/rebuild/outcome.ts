/** The result of one try at rebuilding a brand's site (a build-hook call or a local site build). */
export type AttemptOutcome =
  | { ok: true; responseStatus: number | null }
  | {
      ok: false
      /** Worth trying again: a network error, a timeout, 408, 429 or a 5xx answer. */
      retryable: boolean
      /** What went wrong, for people; never contains a build hook's URL. */
      error: string
      responseStatus: number | null
    }

/** An error's message, for log lines and records. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
