import {
  APPOINTMENT_DAYS,
  APPOINTMENT_DAY_LABELS,
  APPOINTMENT_FIELDS,
  APPOINTMENT_HONEYPOT_FIELD,
  APPOINTMENT_LIMITS,
  APPOINTMENT_TIMES,
  APPOINTMENT_TIME_LABELS,
  type AppointmentField,
  type AppointmentFieldErrors,
} from '@clinic/schema'
import type { AppointmentFormClinic, AppointmentFormOptions, AppointmentFormValues } from './appointmentFormOptions'
import { type ErrorSummaryItem, renderErrorSummary, renderInlineError } from './errorMarkup'
import { choiceId, controlId, errorId, hintId, idPrefixOf } from './fieldIds'
import { FORM_TEXT, SUBMIT_LABEL } from './formText'
import { type AttributeValue, element, escapeHtml, requireAbsoluteUrl, voidElement } from './html'

/** What every field renderer needs. */
interface Context {
  prefix: string
  values: AppointmentFormValues
  errors: AppointmentFieldErrors
}

/** A rendered field and where the error summary links for it (null: no visible control). */
interface RenderedField {
  html: string
  href: string | null
}

const stringValue = (value: string | readonly string[] | undefined): string => (typeof value === 'string' ? value : (value?.[0] ?? ''))
const listValue = (value: string | readonly string[] | undefined): readonly string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value)
/** The same test the contract applies to `consent`. */
const isTicked = (value: string | readonly string[] | undefined) => ['on', 'true', 'yes'].includes(stringValue(value))
const describedBy = (...ids: (string | false | undefined)[]): string | undefined => ids.filter(Boolean).join(' ') || undefined
const clinicLabel = (clinic: AppointmentFormClinic) => `${clinic.name} (${clinic.city}, ${clinic.state})`

/** `aria-describedby` and `aria-invalid` always come last, in this order: the script appends them the same way. */
function ariaOf(context: Context, field: AppointmentField, hint: boolean): Record<string, AttributeValue> {
  const error = context.errors[field] !== undefined
  return {
    'aria-describedby': describedBy(hint && hintId(context.prefix, field), error && errorId(context.prefix, field)),
    'aria-invalid': error ? 'true' : undefined,
  }
}

function hint(context: Context, name: string, content: string): string {
  return element('p', { class: 'af-hint', id: hintId(context.prefix, name) }, content)
}

function inlineError(context: Context, field: AppointmentField): string {
  const message = context.errors[field]
  return message === undefined ? '' : renderInlineError(context.prefix, field, message)
}

function label(context: Context, field: AppointmentField, text: string): string {
  return element('label', { class: 'af-label', for: controlId(context.prefix, field) }, escapeHtml(text))
}

function wrapper(field: AppointmentField, content: string): string {
  return element('div', { class: 'af-field', 'data-field': field }, content)
}

function textField(
  context: Context,
  field: 'name' | 'phone' | 'email',
  text: string,
  hintText: string | null,
  attrs: Record<string, AttributeValue>,
): RenderedField {
  const id = controlId(context.prefix, field)
  const value = stringValue(context.values[field])
  const input = voidElement('input', {
    class: 'af-control',
    id,
    name: field,
    ...attrs,
    value: value === '' ? undefined : value,
    ...ariaOf(context, field, hintText !== null),
  })
  return {
    html: wrapper(field, label(context, field, text) + (hintText === null ? '' : hint(context, field, escapeHtml(hintText))) + inlineError(context, field) + input),
    href: `#${id}`,
  }
}

function contactGroup(context: Context): { html: string; phone: RenderedField; email: RenderedField; name: RenderedField } {
  const name = textField(context, 'name', FORM_TEXT.name, null, { type: 'text', autocomplete: 'name', maxlength: APPOINTMENT_LIMITS.name, required: true })
  const phone = textField(context, 'phone', FORM_TEXT.phone, FORM_TEXT.phoneHint, {
    type: 'tel',
    autocomplete: 'tel',
    inputmode: 'tel',
    maxlength: APPOINTMENT_LIMITS.phone,
  })
  const email = textField(context, 'email', FORM_TEXT.email, null, {
    type: 'email',
    autocomplete: 'email',
    inputmode: 'email',
    maxlength: APPOINTMENT_LIMITS.email,
    spellcheck: 'false',
  })
  const group = element(
    'fieldset',
    { class: 'af-group', 'aria-describedby': hintId(context.prefix, 'contact') },
    element('legend', { class: 'af-label' }, escapeHtml(FORM_TEXT.contactLegend)) + hint(context, 'contact', escapeHtml(FORM_TEXT.contactHint)) + phone.html + email.html,
  )
  return { html: group, name, phone, email }
}

function clinicField(context: Context, clinics: readonly AppointmentFormClinic[], fixed: AppointmentFormClinic | null, chosen: string): RenderedField {
  const id = controlId(context.prefix, 'clinic')
  if (fixed !== null) {
    // One clinic only: say which, and send its id. There is nothing to correct, so no link.
    const html = wrapper(
      'clinic',
      element('p', { class: 'af-label' }, escapeHtml(FORM_TEXT.clinic)) +
        inlineError(context, 'clinic') +
        element('p', { class: 'af-fixed af-control' }, escapeHtml(clinicLabel(fixed))) +
        voidElement('input', { type: 'hidden', id, name: 'clinic', value: fixed.id }),
    )
    return { html, href: null }
  }
  const options =
    element('option', { value: '' }, escapeHtml(FORM_TEXT.clinicPlaceholder)) +
    clinics.map((clinic) => element('option', { value: clinic.id, selected: clinic.id === chosen }, escapeHtml(clinicLabel(clinic)))).join('')
  const select = element('select', { class: 'af-control', id, name: 'clinic', required: true, ...ariaOf(context, 'clinic', false) }, options)
  return { html: wrapper('clinic', label(context, 'clinic', FORM_TEXT.clinic) + inlineError(context, 'clinic') + select), href: `#${id}` }
}

/**
 * The treatment select. With one clinic, its treatments; with several, one `<optgroup>` per
 * clinic holding only what that clinic offers, so even without JavaScript a visitor picks from
 * the right clinic's list (the script then shows only the chosen clinic's group). Null when no
 * clinic offers anything.
 */
function therapyField(context: Context, clinics: readonly AppointmentFormClinic[], fixed: AppointmentFormClinic | null, chosenClinic: string): RenderedField | null {
  const id = controlId(context.prefix, 'therapy')
  const chosen = stringValue(context.values.therapy)
  const withTherapies = (fixed === null ? clinics : [fixed]).filter((clinic) => clinic.therapies.length > 0)
  if (withTherapies.length === 0) return null
  const grouped = fixed === null && clinics.length > 1
  // The same treatment can sit under several clinics: select it under the chosen clinic, else the first.
  const selectedClinic =
    withTherapies.find((clinic) => clinic.id === chosenClinic && clinic.therapies.some((therapy) => therapy.id === chosen)) ??
    withTherapies.find((clinic) => clinic.therapies.some((therapy) => therapy.id === chosen))
  const option = (clinic: AppointmentFormClinic, therapy: { id: string; name: string }) =>
    element('option', { value: therapy.id, selected: clinic === selectedClinic && therapy.id === chosen }, escapeHtml(therapy.name))
  const list = grouped
    ? withTherapies
        .map((clinic) => element('optgroup', { label: clinic.name, 'data-clinic': clinic.id }, clinic.therapies.map((therapy) => option(clinic, therapy)).join('')))
        .join('')
    : withTherapies.flatMap((clinic) => clinic.therapies.map((therapy) => option(clinic, therapy))).join('')
  const select = element(
    'select',
    { class: 'af-control', id, name: 'therapy', ...ariaOf(context, 'therapy', grouped) },
    element('option', { value: '' }, escapeHtml(FORM_TEXT.therapyNone)) + list,
  )
  const html = wrapper(
    'therapy',
    label(context, 'therapy', FORM_TEXT.therapy) + (grouped ? hint(context, 'therapy', escapeHtml(FORM_TEXT.therapyHintByClinic)) : '') + inlineError(context, 'therapy') + select,
  )
  return { html, href: `#${id}` }
}

function choicesField<V extends string>(
  context: Context,
  field: 'preferredDays' | 'preferredTimes',
  legend: string,
  choices: readonly V[],
  labels: Record<V, string>,
): RenderedField {
  const ticked = new Set(listValue(context.values[field]))
  const boxes = choices
    .map((value) => {
      const id = choiceId(context.prefix, field, value)
      return element(
        'div',
        { class: 'af-choice' },
        voidElement('input', { type: 'checkbox', id, name: field, value, checked: ticked.has(value) }) + element('label', { for: id }, escapeHtml(labels[value])),
      )
    })
    .join('')
  const html = element(
    'fieldset',
    { class: 'af-field', 'data-field': field, 'aria-describedby': describedBy(hintId(context.prefix, field), context.errors[field] !== undefined && errorId(context.prefix, field)) },
    element('legend', { class: 'af-label' }, escapeHtml(legend)) +
      hint(context, field, escapeHtml(FORM_TEXT.choicesHint)) +
      inlineError(context, field) +
      element('div', { class: 'af-choices af-control' }, boxes),
  )
  return { html, href: `#${controlId(context.prefix, field)}` }
}

function messageField(context: Context): RenderedField {
  const id = controlId(context.prefix, 'message')
  const textarea = element(
    'textarea',
    { class: 'af-control', id, name: 'message', rows: 5, maxlength: APPOINTMENT_LIMITS.message, ...ariaOf(context, 'message', true) },
    escapeHtml(stringValue(context.values.message)),
  )
  return {
    html: wrapper('message', label(context, 'message', FORM_TEXT.message) + hint(context, 'message', escapeHtml(FORM_TEXT.messageHint)) + inlineError(context, 'message') + textarea),
    href: `#${id}`,
  }
}

function consentField(context: Context, brandName: string, privacyUrl: string): RenderedField {
  const id = controlId(context.prefix, 'consent')
  const privacy = escapeHtml(FORM_TEXT.privacyBefore) + element('a', { href: privacyUrl }, escapeHtml(FORM_TEXT.privacyLink)) + escapeHtml(FORM_TEXT.privacyAfter)
  const box = element(
    'div',
    { class: 'af-choice af-control' },
    voidElement('input', { type: 'checkbox', id, name: 'consent', value: 'on', required: true, checked: isTicked(context.values.consent), ...ariaOf(context, 'consent', true) }) +
      element('label', { for: id }, escapeHtml(FORM_TEXT.consent(brandName))),
  )
  return { html: wrapper('consent', hint(context, 'consent', privacy) + inlineError(context, 'consent') + box), href: `#${id}` }
}

/** Invisible to people (off-screen, out of the tab order, hidden from screen readers); bots fill it in. */
function honeypot(context: Context): string {
  const id = `${context.prefix}${APPOINTMENT_HONEYPOT_FIELD}`
  return element(
    'div',
    { class: 'af-hp', 'aria-hidden': 'true' },
    element('label', { for: id }, escapeHtml(FORM_TEXT.honeypot)) +
      voidElement('input', { type: 'text', id, name: APPOINTMENT_HONEYPOT_FIELD, tabindex: '-1', autocomplete: 'off' }),
  )
}

/**
 * The appointment request form as an HTML string: the same markup on the brand sites (built
 * with no values or errors) and on the CMS's answer to a request without JavaScript that has
 * errors (with the visitor's values and one message per field). Everything from the options is
 * escaped. Throws when the options cannot make a working form (no clinic, a short form
 * without its clinic, a relative `action`).
 */
export function renderAppointmentForm(options: AppointmentFormOptions): string {
  const prefix = idPrefixOf(options.idPrefix)
  const action = requireAbsoluteUrl(options.action, 'action')
  const thankYouUrl = requireAbsoluteUrl(options.thankYouUrl, 'thankYouUrl')
  const headingLevel = options.headingLevel ?? 2
  if (![2, 3, 4, 5, 6].includes(headingLevel)) throw new Error(`headingLevel must be 2 to 6, got ${String(headingLevel)}`)
  const { clinics } = options
  if (clinics.length === 0) throw new Error('renderAppointmentForm needs at least one clinic to ask for an appointment at')
  const requested = options.clinicId === undefined ? undefined : clinics.find((clinic) => clinic.id === options.clinicId)
  if (options.clinicId !== undefined && requested === undefined) {
    throw new Error(`clinicId ${JSON.stringify(options.clinicId)} is not one of the clinics given (${clinics.map((clinic) => clinic.id).join(', ')})`)
  }
  if (options.variant === 'short' && requested === undefined) throw new Error('The short form is for one clinic: pass its clinicId')

  const context: Context = { prefix, values: options.values ?? {}, errors: options.errors ?? {} }
  const fixed = options.variant === 'short' ? (requested ?? null) : clinics.length === 1 ? (clinics[0] ?? null) : null
  const chosenClinic = fixed?.id ?? (stringValue(context.values.clinic) || requested?.id || '')

  const contact = contactGroup(context)
  const fields: Partial<Record<AppointmentField, RenderedField>> = {
    name: contact.name,
    phone: contact.phone,
    email: contact.email,
    clinic: clinicField(context, clinics, fixed, chosenClinic),
  }
  const therapy = therapyField(context, clinics, fixed, chosenClinic)
  if (therapy !== null) fields.therapy = therapy
  if (options.variant === 'full') {
    fields.preferredDays = choicesField(context, 'preferredDays', FORM_TEXT.preferredDays, APPOINTMENT_DAYS, APPOINTMENT_DAY_LABELS)
    fields.preferredTimes = choicesField(context, 'preferredTimes', FORM_TEXT.preferredTimes, APPOINTMENT_TIMES, APPOINTMENT_TIME_LABELS)
    fields.message = messageField(context)
  }
  fields.consent = consentField(context, options.brand.name, options.privacyUrl)

  const notes = [context.errors.brand, context.errors.form].filter((note): note is string => note !== undefined)
  const items: ErrorSummaryItem[] = APPOINTMENT_FIELDS.flatMap((field) => {
    const message = context.errors[field]
    return message === undefined ? [] : [{ message, href: fields[field]?.href ?? null }]
  })
  const summary = notes.length + items.length > 0 ? renderErrorSummary(prefix, headingLevel, notes, items) : ''

  const body = [
    summary,
    contact.name.html,
    contact.html,
    fields.clinic?.html,
    fields.therapy?.html,
    fields.preferredDays?.html,
    fields.preferredTimes?.html,
    fields.message?.html,
    fields.consent.html,
    honeypot(context),
    voidElement('input', { type: 'hidden', name: 'brand', value: options.brand.slug }),
    voidElement('input', { type: 'hidden', name: 'thankYouUrl', value: thankYouUrl }),
    voidElement('input', { type: 'hidden', name: 'startedAt', value: '' }),
    element('div', { class: 'af-actions' }, element('button', { type: 'submit', class: 'af-submit' }, escapeHtml(SUBMIT_LABEL))),
  ].join('')

  return element(
    'form',
    {
      class: 'af',
      id: `${prefix}form`,
      action,
      method: 'post',
      'accept-charset': 'UTF-8',
      'data-appointment-form': true,
      'data-id-prefix': prefix,
      'data-heading-level': headingLevel,
    },
    body,
  )
}
