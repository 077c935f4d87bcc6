import { z } from 'zod'
import { SLUG_PATTERN } from './slug'

/*
 * Appointment requests: the one thing visitors send. This module is the contract between the
 * brand sites' form (apps/site, packages/forms) and the CMS endpoint (apps/cms): field names,
 * limits, the messages a visitor reads next to each field, and the endpoint's answers.
 */

/** Where the form posts, below the CMS origin. Accepts `application/x-www-form-urlencoded` and JSON. */
export const APPOINTMENT_ENDPOINT_PATH = '/api/appointment-requests/submit'

/** The weekdays a visitor can prefer (clinics do not open on Sundays in the demo network, but the choice is theirs). */
export const APPOINTMENT_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export const APPOINTMENT_DAY_LABELS: Record<AppointmentDay, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
}
export type AppointmentDay = (typeof APPOINTMENT_DAYS)[number]

export const APPOINTMENT_TIMES = ['morning', 'afternoon', 'evening'] as const
export const APPOINTMENT_TIME_LABELS: Record<AppointmentTime, string> = {
  morning: 'Morning (before noon)',
  afternoon: 'Afternoon (noon to 5 pm)',
  evening: 'Evening (after 5 pm)',
}
export type AppointmentTime = (typeof APPOINTMENT_TIMES)[number]

/** Limits, shared by the form's `maxlength` attributes and the server. */
export const APPOINTMENT_LIMITS = {
  name: 100,
  email: 254,
  phone: 30,
  message: 1000,
  /** A whole request body, form-encoded or JSON. */
  bodyBytes: 16 * 1024,
} as const

/** The honeypot: a field people never see or fill; anything in it marks the request as automated. */
export const APPOINTMENT_HONEYPOT_FIELD = 'website'

/** Field names of the form, in the order the form shows them (error summaries follow it). */
export const APPOINTMENT_FIELDS = ['name', 'phone', 'email', 'clinic', 'therapy', 'preferredDays', 'preferredTimes', 'message', 'consent'] as const
export type AppointmentField = (typeof APPOINTMENT_FIELDS)[number]

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)
/** A form sends one value as a string and several as an array; JSON may send either. */
const asArray = (value: unknown) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value])
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
const PHONE_MESSAGE = 'Enter a phone number with area code, e.g. (480) 555-0134.'

const idField = (message: string) => z.string({ error: message }).regex(ID_PATTERN, message)

/**
 * What a visitor sends. Accepts the raw shapes a form produces (strings, `on` for a ticked box,
 * single values for multi-choice fields) and yields clean values. Each message is written for the
 * visitor and names what to do.
 */
export const AppointmentRequestInputSchema = z
  .object({
    brand: z.string({ error: 'The form is missing its brand; reload the page and try again.' }).regex(SLUG_PATTERN, 'The form is missing its brand; reload the page and try again.'),
    name: z
      .string({ error: 'Enter your name.' })
      .trim()
      .min(1, 'Enter your name.')
      .max(APPOINTMENT_LIMITS.name, `Keep your name under ${APPOINTMENT_LIMITS.name} characters.`)
      // A name is one line: control characters, line and paragraph separators are refused.
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
      .refine((value) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value), 'Use letters, spaces and punctuation in your name.')
      // Unicode format characters (bidi controls such as U+202E, zero-width and invisible ones) let a
      // name reorder or hide the text around it wherever staff read it; no spelling of a name needs them.
      .refine((value) => !/\p{Cf}/u.test(value), 'Remove the invisible or text-direction characters from your name.'),
    phone: z.preprocess(
      blankToUndefined,
      z
        .string({ error: PHONE_MESSAGE })
        .trim()
        .max(APPOINTMENT_LIMITS.phone, PHONE_MESSAGE)
        .regex(/^\+?[0-9 ().-]+$/, PHONE_MESSAGE)
        .refine((value) => {
          const digits = value.replace(/\D/g, '').length
          return digits >= 10 && digits <= 15
        }, PHONE_MESSAGE)
        .optional(),
    ),
    email: z.preprocess(
      blankToUndefined,
      z
        .string({ error: 'Enter an email address such as name@example.com.' })
        .trim()
        .max(APPOINTMENT_LIMITS.email, 'Enter an email address such as name@example.com.')
        .pipe(z.email('Enter an email address such as name@example.com.'))
        .optional(),
    ),
    clinic: z.preprocess(blankToUndefined, idField('Choose the clinic you would like to visit.')),
    therapy: z.preprocess(blankToUndefined, idField('Choose a treatment from the list, or leave it empty.').optional()),
    preferredDays: z.preprocess(asArray, z.array(z.enum(APPOINTMENT_DAYS, 'Choose days from the list.'), 'Choose days from the list.').max(APPOINTMENT_DAYS.length, 'Choose days from the list.')),
    preferredTimes: z.preprocess(asArray, z.array(z.enum(APPOINTMENT_TIMES, 'Choose times from the list.'), 'Choose times from the list.').max(APPOINTMENT_TIMES.length, 'Choose times from the list.')),
    message: z.preprocess(
      // A plain form post sends line breaks as CRLF; count them as one character, as the textarea does.
      (value) => (value === undefined || value === null ? '' : typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value),
      z
        .string({ error: 'The message must be text.' })
        .trim()
        .max(APPOINTMENT_LIMITS.message, `Keep the message under ${APPOINTMENT_LIMITS.message} characters.`)
        // Line breaks and tabs are text; other control characters are not.
        // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
        .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(value), 'Remove the unusual characters from the message.'),
    ),
    consent: z.preprocess(
      (value) => value === true || value === 'on' || value === 'true' || value === 'yes',
      z.literal(true, 'Tick the box to agree that we may contact you about this request.'),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.phone === undefined && value.email === undefined) {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Give a phone number or an email address so we can reach you.' })
    }
  })
  .transform((value) => ({
    ...value,
    preferredDays: [...new Set(value.preferredDays)].sort((a, b) => APPOINTMENT_DAYS.indexOf(a) - APPOINTMENT_DAYS.indexOf(b)),
    preferredTimes: [...new Set(value.preferredTimes)].sort((a, b) => APPOINTMENT_TIMES.indexOf(a) - APPOINTMENT_TIMES.indexOf(b)),
  }))

export type AppointmentRequestInput = z.output<typeof AppointmentRequestInputSchema>

/** The first message for each field that is wrong, keyed by field name (`form` for the request as a whole). */
export type AppointmentFieldErrors = Partial<Record<AppointmentField | 'brand' | 'form', string>>

export type AppointmentValidation = { ok: true; value: AppointmentRequestInput } | { ok: false; errors: AppointmentFieldErrors }

/** Validates an appointment request; on failure, one message per field in form order. */
export function validateAppointmentRequest(input: unknown): AppointmentValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { form: 'The request could not be read; reload the page and try again.' } }
  }
  const result = AppointmentRequestInputSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const errors: AppointmentFieldErrors = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form') as keyof AppointmentFieldErrors
    const known = field === 'brand' || field === 'form' || (APPOINTMENT_FIELDS as readonly string[]).includes(field)
    const key = known ? field : 'form'
    errors[key] ??= issue.message
  }
  return { ok: false, errors }
}

/**
 * Turns form fields (`URLSearchParams`, `FormData` entries) into the object the schema reads:
 * repeated names become arrays, and only the fields of the form are kept.
 */
export function appointmentInputFromForm(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const multi = new Set(['preferredDays', 'preferredTimes'])
  const out: Record<string, unknown> = {}
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue
    if (multi.has(name)) out[name] = [...((out[name] as string[] | undefined) ?? []), value]
    else if (!(name in out)) out[name] = value
  }
  return out
}

/** What the endpoint answers to JSON requests. */
export type AppointmentResponse =
  | { ok: true; message: string; redirect: string | null }
  | { ok: false; message: string; errors?: AppointmentFieldErrors }
