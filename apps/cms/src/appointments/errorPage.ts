import { type AppointmentFormClinic, type AppointmentFormValues, type AppointmentPageTheme, renderAppointmentErrorPage } from '@clinic/forms'
import type { AppointmentFieldErrors } from '@clinic/schema'

/** The form to show again on an error page: the brand site's own form (`@clinic/forms`). */
export interface ErrorPageForm {
  /** Where the form posts: the endpoint (absolute). */
  action: string
  brand: { slug: string; name: string }
  clinics: readonly AppointmentFormClinic[]
  thankYouUrl: string
  privacyUrl: string
  /** The brand site's home page (absolute). */
  siteUrl: string
  theme: AppointmentPageTheme
  values: AppointmentFormValues
}

export interface ErrorPageInput {
  /** What went wrong, for the visitor. */
  message: string
  /** One message per field (`form` and `brand`: the request as a whole). */
  errors: AppointmentFieldErrors
  /** The form filled in again; null when the request could not be read, or may not be sent from where it came from. */
  form: ErrorPageForm | null
  /** The CSP nonce of the page's inline style and script. */
  nonce: string
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const esc = (value: string) => value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)

/**
 * The page a visitor without JavaScript gets when a request is refused: the brand site's form
 * again (`renderAppointmentErrorPage`) with the errors and what they entered, posting to the
 * endpoint once more. When there is no form to show (the request could not be read, came from
 * elsewhere, or names a brand that takes no requests), a short page with the message.
 */
export function errorPage({ message, errors, form, nonce }: ErrorPageInput): string {
  if (form !== null) {
    const hasErrors = Object.values(errors).some((entry) => entry !== undefined)
    return renderAppointmentErrorPage({
      form: {
        action: form.action,
        brand: form.brand,
        clinics: form.clinics,
        thankYouUrl: form.thankYouUrl,
        privacyUrl: form.privacyUrl,
        values: form.values,
        errors: hasErrors ? errors : { form: message },
      },
      siteUrl: form.siteUrl,
      theme: form.theme,
      cspNonce: nonce,
    })
  }
  const notes = [errors.form, errors.brand].filter((note): note is string => typeof note === 'string' && note !== message)
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    '<title>Error: your request was not sent</title></head>',
    '<body style="font:1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2933;background:#fff">',
    '<h1>Your request was not sent</h1>',
    `<div role="alert"><h2>There is a problem</h2><p>${esc(message)}</p>${notes.map((note) => `<p>${esc(note)}</p>`).join('')}</div>`,
    '<p>Go back to the clinic’s website and try again, or call the clinic.</p>',
    '</body></html>',
  ].join('\n')
}
