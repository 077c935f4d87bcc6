/** What stands in the log for the values of a failed query. */
export const LEFT_OUT = '(left out: they hold what a visitor sent)'

/** A failed query's values, as the SQL layer writes them into its message (and so into the stack). */
const QUERY_VALUES = /\nparams: [\s\S]*?(?=\n\s+at |$)/

const strip = (text: string) => text.replace(QUERY_VALUES, `\nparams: ${LEFT_OUT}`)

/**
 * `error` for the log, without the values of a failed database query. The SQL layer (drizzle)
 * puts a failed statement's parameters into the error's message and stack: for an appointment
 * request those are a visitor's name, phone number and message, which must not end up in logs.
 * The statement itself (with placeholders), the error's name and its cause are kept.
 */
export function withoutQueryValues(error: unknown): unknown {
  if (!(error instanceof Error)) return error
  const safe = new Error(strip(error.message))
  safe.name = error.name
  safe.stack = error.stack === undefined ? undefined : strip(error.stack)
  if (error.cause !== undefined) safe.cause = withoutQueryValues(error.cause)
  return safe
}
