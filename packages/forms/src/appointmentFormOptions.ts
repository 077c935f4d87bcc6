import type { AppointmentField, AppointmentFieldErrors } from '@clinic/schema'

/** A clinic the visitor can ask for, with the treatments it offers. */
export interface AppointmentFormClinic {
  /** The clinic's id: what the form sends as `clinic`. */
  id: string
  name: string
  city: string
  /** Two-letter state code, e.g. `AZ`. */
  state: string
  /**
   * Treatments OFFERED at this clinic, state rules already applied (a therapy not offered in
   * the clinic's state must not be here), in the order to list them. `id` is what the form
   * sends as `therapy`; the server checks the clinic and therapy pair.
   */
  therapies: readonly { id: string; name: string }[]
}

/** What a visitor entered, as the form sent it: one string per field, arrays for the day and time choices. */
export type AppointmentFormValues = Partial<Record<AppointmentField, string | readonly string[]>>

/** Heading levels the form's own headings (error summary, confirmation) may take. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6

export interface AppointmentFormOptions {
  /** Where the form posts: the brand's `appointmentUrl` (absolute). */
  action: string
  /** Sent as the hidden `brand` field; the name is used in the consent text. */
  brand: { slug: string; name: string }
  /** Every clinic the visitor may choose, in the order to list them. */
  clinics: readonly AppointmentFormClinic[]
  /** The clinic to preselect (`full`), or the one the form is for (`short`: required, shown as text). */
  clinicId?: string
  /**
   * `full`: every field. `short` (a clinic's page): name, phone, email, the clinic as fixed
   * text, the clinic's treatments when it offers any, and consent.
   */
  variant: 'full' | 'short'
  /** Where the server sends the visitor after a request without JavaScript (absolute); a hidden field. */
  thankYouUrl: string
  /** The brand's privacy page, linked next to the consent box. */
  privacyUrl: string
  /** What the visitor entered, to fill the form in again (the CMS's answer to a request with errors). */
  values?: AppointmentFormValues
  /** One message per field, from `validateAppointmentRequest`; `form` and `brand` are about the request as a whole. */
  errors?: AppointmentFieldErrors
  /** Prefix of every id in the form (default `appointment-`): set it when a page has two forms. Letters, digits, `-` and `_`. */
  idPrefix?: string
  /** Level of the error summary and confirmation headings (default 2): one below the heading above the form. */
  headingLevel?: HeadingLevel
}
