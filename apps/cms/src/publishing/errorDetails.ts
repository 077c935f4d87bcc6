import type { AfterErrorHook } from 'payload'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Keeps the field errors of a refused save in the REST answer, so that the admin shows each one on
 * its field (the publish guard's, the clinical review's, a comparison grid's).
 *
 * Payload formats an error with its field list only when the error is an instance of its own
 * `ValidationError` class. In the production build the CMS's hooks and Payload's request handler
 * can hold separate copies of that class, so the `instanceof` check fails and the answer keeps
 * the message alone ("The following field is invalid: reviewWorkflow.status"): measured on the
 * production build, while development answers with the list. This puts the list back whenever the
 * error carries one and the formatted answer lost it.
 */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  if (!hasFieldErrors(error) || !result) return
  if (result.errors.some((entry) => entry.data !== undefined)) return
  return { response: { ...result, errors: [{ name: 'ValidationError', data: error.data, message: error.message }] } }
}

/** One refused field, as Payload's `ValidationError` lists them. */
interface FieldError {
  path: string
  message: string
}

/**
 * Whether `error` is a field-validation refusal: told by its shape (a list of paths and messages),
 * since neither its class (another copy) nor its name (minified to a letter in the production
 * build) can be relied on.
 */
export function hasFieldErrors(error: unknown): error is Error & { data: { errors: FieldError[] } } {
  const data: unknown = error instanceof Error ? (error as { data?: unknown }).data : undefined
  return (
    isRecord(data) &&
    Array.isArray(data.errors) &&
    data.errors.length > 0 &&
    data.errors.every((entry: unknown) => isRecord(entry) && typeof entry.path === 'string' && typeof entry.message === 'string')
  )
}
