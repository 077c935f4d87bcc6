import { APPOINTMENT_LIMITS } from '@clinic/schema'

/*
 * What the form says, in one place: the server-rendered markup and the script read the same
 * strings, so a visitor sees the same words with and without JavaScript.
 */

/** Heading of the error summary (GOV.UK wording, which people recognise). */
export const ERROR_SUMMARY_TITLE = 'There is a problem'

/** Read before each inline error message by screen readers; hidden on screen. */
export const ERROR_PREFIX = 'Error: '

/** Prefix of the `<title>` of a page that shows the form with errors. */
export const ERROR_TITLE_PREFIX = 'Error: '

/** Heading of the message that replaces the form once the request was received. */
export const CONFIRMATION_TITLE = 'Request sent'

/** The submit button, and what it says while the request is on its way. */
export const SUBMIT_LABEL = 'Send request'
export const SENDING_LABEL = 'Sending…'

/** Labels, legends and hints of the fields. */
export const FORM_TEXT = {
  name: 'Full name',
  contactLegend: 'How can we reach you?',
  contactHint: 'Give a phone number, an email address or both: we need at least one.',
  phone: 'Phone number',
  phoneHint: 'Include the area code.',
  email: 'Email address',
  clinic: 'Clinic',
  clinicPlaceholder: 'Choose a clinic',
  therapy: 'Treatment you are interested in (optional)',
  therapyNone: 'No preference, or not sure',
  therapyHintByClinic: 'Treatments are listed by clinic: choose one offered at the clinic you picked.',
  preferredDays: 'Which days suit you? (optional)',
  preferredTimes: 'Which times suit you? (optional)',
  choicesHint: 'Tick all that apply.',
  message: 'Anything else we should know? (optional)',
  messageHint: `Please do not include medical details such as symptoms, diagnoses or medicines: we will ask what we need when we contact you. Up to ${APPOINTMENT_LIMITS.message.toLocaleString('en-US')} characters.`,
  consent: (brandName: string) => `I agree that ${brandName} may contact me about this request and keep these details to arrange my visit.`,
  privacyBefore: 'Our ',
  privacyLink: 'privacy notice',
  privacyAfter: ' explains how we keep and use what you send.',
  honeypot: 'Leave this field empty',
} as const
