import {
  APPOINTMENT_DAYS,
  APPOINTMENT_FIELDS,
  APPOINTMENT_HONEYPOT_FIELD,
  APPOINTMENT_LIMITS,
  APPOINTMENT_TIMES,
  BrandSnapshotSchema,
  clinicTherapyAvailability,
} from '@clinic/schema'
import { makeValidSnapshot } from '@clinic/schema/testing'
import { describe, expect, it } from 'vitest'
import type { AppointmentFormClinic, AppointmentFormOptions } from './appointmentFormOptions'
import { renderAppointmentForm } from './renderAppointmentForm'
import { elementHtml, startTags, tagById, textOf } from './testMarkup'

/** The fixture brand's clinics as a caller builds them: only the therapies offered in each clinic's state. */
function fixtureClinics(): AppointmentFormClinic[] {
  const snapshot = BrandSnapshotSchema.parse(makeValidSnapshot())
  return snapshot.clinics.map((clinic) => ({
    id: clinic.id,
    name: clinic.name,
    city: clinic.address.city,
    state: clinic.address.state,
    therapies: clinicTherapyAvailability(clinic, snapshot.therapies).offered.map(({ id, name }) => ({ id, name })),
  }))
}

const PORTLAND = '101' // Oregon: dry needling (201) is not offered there
const TEMPE = '102'

function options(overrides: Partial<AppointmentFormOptions> = {}): AppointmentFormOptions {
  return {
    action: 'https://cms.harbor-lane-physio.example/api/appointment-requests/submit',
    brand: { slug: 'harbor-lane-physio', name: 'Harbor Lane Physio' },
    clinics: fixtureClinics(),
    variant: 'full',
    thankYouUrl: 'https://www.harbor-lane-physio.example/request-appointment/thank-you/',
    privacyUrl: '/privacy/',
    ...overrides,
  }
}

const named = (html: string, name: string) => startTags(html).filter((tag) => tag.attrs.name === name)
const inputOf = (html: string, name: string) => {
  const [tag, ...more] = named(html, name)
  if (tag === undefined || more.length > 0) throw new Error(`expected one control named ${name}`)
  return tag
}

describe('renderAppointmentForm: the full form', () => {
  const html = renderAppointmentForm(options())

  it('posts to the endpoint and marks itself for the script', () => {
    const [form] = startTags(html)
    expect(form).toEqual({
      name: 'form',
      attrs: {
        class: 'af',
        id: 'appointment-form',
        action: 'https://cms.harbor-lane-physio.example/api/appointment-requests/submit',
        method: 'post',
        'accept-charset': 'UTF-8',
        'data-appointment-form': '',
        'data-id-prefix': 'appointment-',
        'data-heading-level': '2',
      },
    })
    expect(html.endsWith('</form>')).toBe(true)
  })

  it('has a control for every field of the contract, with its limits, types and autocomplete', () => {
    for (const field of APPOINTMENT_FIELDS) expect(named(html, field).length, field).toBeGreaterThan(0)
    expect(inputOf(html, 'name').attrs).toMatchObject({ type: 'text', autocomplete: 'name', maxlength: String(APPOINTMENT_LIMITS.name), required: '' })
    expect(inputOf(html, 'phone').attrs).toMatchObject({ type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: String(APPOINTMENT_LIMITS.phone) })
    expect(inputOf(html, 'email').attrs).toMatchObject({ type: 'email', autocomplete: 'email', inputmode: 'email', maxlength: String(APPOINTMENT_LIMITS.email) })
    // At least one of phone and email: neither is required on its own, the hint says so.
    expect(inputOf(html, 'phone').attrs.required).toBeUndefined()
    expect(inputOf(html, 'email').attrs.required).toBeUndefined()
    expect(textOf(elementHtml(html, '<fieldset class="af-group"'))).toContain('we need at least one')
    expect(inputOf(html, 'clinic')).toMatchObject({ name: 'select', attrs: { required: '' } })
    expect(inputOf(html, 'message')).toMatchObject({ name: 'textarea', attrs: { maxlength: String(APPOINTMENT_LIMITS.message) } })
    expect(inputOf(html, 'consent').attrs).toMatchObject({ type: 'checkbox', value: 'on', required: '' })
    expect(named(html, 'preferredDays').map((tag) => tag.attrs.value)).toEqual([...APPOINTMENT_DAYS])
    expect(named(html, 'preferredTimes').map((tag) => tag.attrs.value)).toEqual([...APPOINTMENT_TIMES])
    expect(named(html, 'preferredDays').every((tag) => tag.attrs.type === 'checkbox')).toBe(true)
  })

  it('labels every control, and puts the day and time choices in fieldsets with legends', () => {
    const tags = startTags(html)
    const labelled = new Set(tags.filter((tag) => tag.name === 'label').map((tag) => tag.attrs.for))
    const controls = tags.filter((tag) => ['input', 'select', 'textarea'].includes(tag.name) && tag.attrs.type !== 'hidden')
    expect(controls.length).toBeGreaterThan(10)
    for (const control of controls) expect(labelled.has(control.attrs.id), `label for ${control.attrs.name}`).toBe(true)
    for (const field of ['preferredDays', 'preferredTimes']) {
      const fieldset = elementHtml(html, `<fieldset class="af-field" data-field="${field}"`)
      expect(fieldset).toMatch(/^<fieldset[^>]*><legend class="af-label">[^<]+\(optional\)<\/legend>/)
      expect(named(fieldset, field).length).toBeGreaterThan(1)
    }
    expect(textOf(elementHtml(html, '<label class="af-label" for="appointment-name"'))).toBe('Full name')
  })

  it('tells people, visibly, not to put medical details in the message', () => {
    const textarea = inputOf(html, 'message')
    const hint = elementHtml(html, `<p class="af-hint" id="${textarea.attrs['aria-describedby']}"`)
    expect(textOf(hint)).toMatch(/^Please do not include medical details/)
    expect(hint).not.toContain('visually-hidden')
  })

  it('links the consent to the privacy page and describes the box with it', () => {
    const consent = inputOf(html, 'consent')
    const hint = elementHtml(html, `<p class="af-hint" id="${consent.attrs['aria-describedby']}"`)
    expect(hint).toContain('<a href="/privacy/">privacy notice</a>')
    expect(textOf(elementHtml(html, '<label for="appointment-consent"'))).toBe(
      'I agree that Harbor Lane Physio may contact me about this request and keep these details to arrange my visit.',
    )
  })

  it('sends the brand, the thank-you address and an empty startedAt for the script to fill', () => {
    expect(inputOf(html, 'brand').attrs).toEqual({ type: 'hidden', name: 'brand', value: 'harbor-lane-physio' })
    expect(inputOf(html, 'thankYouUrl').attrs).toEqual({ type: 'hidden', name: 'thankYouUrl', value: 'https://www.harbor-lane-physio.example/request-appointment/thank-you/' })
    expect(inputOf(html, 'startedAt').attrs).toEqual({ type: 'hidden', name: 'startedAt', value: '' })
  })

  it('hides the honeypot from people: off-screen wrapper hidden from screen readers, out of the tab order, no autofill', () => {
    const wrapper = elementHtml(html, '<div class="af-hp"')
    expect(wrapper).toBe(
      '<div class="af-hp" aria-hidden="true"><label for="appointment-website">Leave this field empty</label>' +
        `<input type="text" id="appointment-website" name="${APPOINTMENT_HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>`,
    )
  })

  it('lists treatments by clinic, each clinic with only what it offers in its state', () => {
    const select = elementHtml(html, '<select class="af-control" id="appointment-therapy"')
    const groups = [...select.matchAll(/<optgroup label="([^"]*)" data-clinic="([^"]*)">(.*?)<\/optgroup>/g)].map((match) => ({
      label: match[1],
      clinic: match[2],
      therapies: [...(match[3] ?? '').matchAll(/<option value="(\d+)">([^<]+)<\/option>/g)].map((option) => `${option[1]} ${option[2]}`),
    }))
    expect(groups).toEqual([
      { label: 'Harbor Lane Physio Portland', clinic: PORTLAND, therapies: ['202 Manual therapy'] },
      { label: 'Harbor Lane Physio Tempe', clinic: TEMPE, therapies: ['201 Dry needling', '202 Manual therapy'] },
    ])
    expect(select).toMatch(/^<select[^>]*><option value="">No preference, or not sure<\/option><optgroup/)
    const therapy = inputOf(html, 'therapy')
    expect(textOf(elementHtml(html, `<p class="af-hint" id="${therapy.attrs['aria-describedby']}"`))).toContain('listed by clinic')
  })

  it('leaves out clinics that offer nothing, and the treatment question when none offers anything', () => {
    const [portland, tempe] = fixtureClinics()
    if (portland === undefined || tempe === undefined) throw new Error('the fixture has two clinics')
    const one = renderAppointmentForm(options({ clinics: [{ ...portland, therapies: [] }, tempe] }))
    expect(one).not.toContain(`data-clinic="${PORTLAND}"`)
    expect(one).toContain(`data-clinic="${TEMPE}"`)
    const none = renderAppointmentForm(options({ clinics: [{ ...portland, therapies: [] }, { ...tempe, therapies: [] }] }))
    expect(named(none, 'therapy')).toEqual([])
  })

  it('offers every clinic in a select, with the one asked for preselected', () => {
    const clinic = elementHtml(renderAppointmentForm(options({ clinicId: TEMPE })), '<select class="af-control" id="appointment-clinic"')
    expect(clinic).toBe(
      '<select class="af-control" id="appointment-clinic" name="clinic" required><option value="">Choose a clinic</option>' +
        '<option value="101">Harbor Lane Physio Portland (Portland, OR)</option><option value="102" selected>Harbor Lane Physio Tempe (Tempe, AZ)</option></select>',
    )
    expect(elementHtml(html, '<select class="af-control" id="appointment-clinic"')).not.toContain('selected')
  })

  it('has no error summary and no invalid field without errors', () => {
    expect(html).not.toContain('af-summary')
    expect(html).not.toContain('aria-invalid')
    expect(html).not.toContain('af-error')
  })
})

describe('renderAppointmentForm: the short form of a clinic page', () => {
  it('asks for name, phone, email, the clinic’s own treatments and consent, with the clinic fixed', () => {
    const html = renderAppointmentForm(options({ variant: 'short', clinicId: PORTLAND }))
    const names = [...new Set(startTags(html).map((tag) => tag.attrs.name).filter((name) => name !== undefined))]
    expect(names).toEqual(['name', 'phone', 'email', 'clinic', 'therapy', 'consent', APPOINTMENT_HONEYPOT_FIELD, 'brand', 'thankYouUrl', 'startedAt'])
    expect(inputOf(html, 'clinic').attrs).toEqual({ type: 'hidden', id: 'appointment-clinic', name: 'clinic', value: PORTLAND })
    expect(textOf(elementHtml(html, '<div class="af-field" data-field="clinic"'))).toBe('Clinic Harbor Lane Physio Portland (Portland, OR)')
    // Portland is in Oregon: no dry needling, and no optgroups for other clinics.
    const therapy = elementHtml(html, '<select class="af-control" id="appointment-therapy"')
    expect(therapy).toBe(
      '<select class="af-control" id="appointment-therapy" name="therapy"><option value="">No preference, or not sure</option><option value="202">Manual therapy</option></select>',
    )
  })

  it('has no treatment question when the clinic offers nothing, and needs its clinic', () => {
    const [portland, tempe] = fixtureClinics()
    if (portland === undefined || tempe === undefined) throw new Error('the fixture has two clinics')
    const html = renderAppointmentForm(options({ variant: 'short', clinicId: PORTLAND, clinics: [{ ...portland, therapies: [] }, tempe] }))
    expect(named(html, 'therapy')).toEqual([])
    expect(() => renderAppointmentForm(options({ variant: 'short' }))).toThrow('The short form is for one clinic: pass its clinicId')
  })

  it('shows a brand’s only clinic as text in the full form too', () => {
    const [portland] = fixtureClinics()
    if (portland === undefined) throw new Error('the fixture has a clinic')
    const html = renderAppointmentForm(options({ clinics: [portland] }))
    expect(inputOf(html, 'clinic').attrs.type).toBe('hidden')
    expect(html).not.toContain('<optgroup')
    expect(named(html, 'message')).toHaveLength(1)
  })
})

describe('renderAppointmentForm: errors and entered values', () => {
  const values = {
    name: 'Ana Ruiz',
    phone: '(480) 555-0134',
    email: 'ana@example.com',
    clinic: TEMPE,
    therapy: '202',
    preferredDays: ['tue', 'thu'],
    preferredTimes: 'morning',
    message: 'Mornings suit me best.',
    consent: 'on',
  }

  it('fills in what the visitor entered', () => {
    const html = renderAppointmentForm(options({ values }))
    expect(inputOf(html, 'name').attrs.value).toBe('Ana Ruiz')
    expect(inputOf(html, 'phone').attrs.value).toBe('(480) 555-0134')
    expect(inputOf(html, 'email').attrs.value).toBe('ana@example.com')
    expect(html).toContain('<option value="102" selected>')
    // Manual therapy is offered at both clinics: it is selected under the chosen one only.
    expect(html.match(/ selected>Manual therapy/g)).toHaveLength(1)
    expect(elementHtml(html, `<optgroup label="Harbor Lane Physio Tempe"`)).toContain('<option value="202" selected>Manual therapy</option>')
    expect(named(html, 'preferredDays').filter((tag) => 'checked' in tag.attrs).map((tag) => tag.attrs.value)).toEqual(['tue', 'thu'])
    expect(named(html, 'preferredTimes').filter((tag) => 'checked' in tag.attrs).map((tag) => tag.attrs.value)).toEqual(['morning'])
    expect(elementHtml(html, '<textarea')).toContain('>Mornings suit me best.</textarea>')
    expect('checked' in inputOf(html, 'consent').attrs).toBe(true)
    expect('checked' in inputOf(renderAppointmentForm(options({ values: { ...values, consent: '' } })), 'consent').attrs).toBe(false)
  })

  it('sums errors up at the top, in form order, each linking to its field', () => {
    // Given in a scrambled order, as an object may hold them.
    const errors = {
      consent: 'Tick the box to agree that we may contact you about this request.',
      name: 'Enter your name.',
      preferredTimes: 'Choose times from the list.',
      phone: 'Give a phone number or an email address so we can reach you.',
      clinic: 'Choose the clinic you would like to visit.',
    }
    const html = renderAppointmentForm(options({ values, errors, headingLevel: 3 }))
    const summary = elementHtml(html, '<div class="af-summary"')
    expect(html.indexOf('<div class="af-summary"')).toBe(html.indexOf('>') + 1)
    expect(startTags(summary)[0]?.attrs).toEqual({
      class: 'af-summary',
      id: 'appointment-error-summary',
      role: 'alert',
      tabindex: '-1',
      'aria-labelledby': 'appointment-error-summary-title',
    })
    expect(summary).toContain('<h3 class="af-summary-title" id="appointment-error-summary-title">There is a problem</h3>')
    const links = [...summary.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((match) => [match[1], match[2]])
    expect(links).toEqual([
      ['appointment-name', 'Enter your name.'],
      ['appointment-phone', 'Give a phone number or an email address so we can reach you.'],
      ['appointment-clinic', 'Choose the clinic you would like to visit.'],
      ['appointment-preferredTimes-morning', 'Choose times from the list.'],
      ['appointment-consent', 'Tick the box to agree that we may contact you about this request.'],
    ])
    // Every link leads to a control that exists.
    for (const [id] of links) expect(tagById(html, id ?? '').name).toMatch(/^(input|select|textarea)$/)
  })

  it('shows each message next to its field, tied to the control with aria-describedby and aria-invalid', () => {
    const html = renderAppointmentForm(options({ values, errors: { phone: 'Enter a phone number with area code, e.g. (480) 555-0134.', preferredDays: 'Choose days from the list.' } }))
    expect(inputOf(html, 'phone').attrs).toMatchObject({ 'aria-describedby': 'appointment-phone-hint appointment-phone-error', 'aria-invalid': 'true' })
    expect(elementHtml(html, '<p class="af-error" id="appointment-phone-error"')).toBe(
      '<p class="af-error" id="appointment-phone-error"><span class="visually-hidden">Error: </span>Enter a phone number with area code, e.g. (480) 555-0134.</p>',
    )
    // The message sits between the hint and the input.
    const phoneField = elementHtml(html, '<div class="af-field" data-field="phone"')
    expect(phoneField.indexOf('af-hint')).toBeLessThan(phoneField.indexOf('af-error'))
    expect(phoneField.indexOf('af-error')).toBeLessThan(phoneField.indexOf('<input'))
    // A group of checkboxes is described as a whole.
    const days = startTags(html).find((tag) => tag.attrs['data-field'] === 'preferredDays')
    expect(days?.attrs['aria-describedby']).toBe('appointment-preferredDays-hint appointment-preferredDays-error')
    expect(named(html, 'preferredDays').some((tag) => 'aria-invalid' in tag.attrs)).toBe(false)
    expect(inputOf(html, 'name').attrs['aria-invalid']).toBeUndefined()
  })

  it('puts messages about the whole request first, and fields without a control as plain text', () => {
    const html = renderAppointmentForm(
      options({
        variant: 'short',
        clinicId: PORTLAND,
        values,
        errors: { form: 'Too many requests from this connection; wait a few minutes and send it again.', clinic: 'Choose the clinic you would like to visit.', message: 'Keep the message under 1000 characters.' },
      }),
    )
    const summary = elementHtml(html, '<div class="af-summary"')
    expect(summary).toBe(
      '<div class="af-summary" id="appointment-error-summary" role="alert" tabindex="-1" aria-labelledby="appointment-error-summary-title">' +
        '<h2 class="af-summary-title" id="appointment-error-summary-title">There is a problem</h2>' +
        '<p>Too many requests from this connection; wait a few minutes and send it again.</p>' +
        '<ul class="af-summary-list"><li>Choose the clinic you would like to visit.</li><li>Keep the message under 1000 characters.</li></ul></div>',
    )
    // Only a form-level message: no list at all.
    const formOnly = renderAppointmentForm(options({ values, errors: { form: 'The service is down; try again in a few minutes.' } }))
    expect(elementHtml(formOnly, '<div class="af-summary"')).not.toContain('<ul')
    expect(inputOf(formOnly, 'name').attrs.value).toBe('Ana Ruiz')
  })
})

describe('renderAppointmentForm: escaping', () => {
  const evil = '"><script>alert(1)</script><b x=\''

  it('escapes values, names, messages and URLs so nothing a visitor or editor typed becomes markup', () => {
    const [portland, tempe] = fixtureClinics()
    if (portland === undefined || tempe === undefined) throw new Error('the fixture has two clinics')
    const html = renderAppointmentForm(
      options({
        brand: { slug: evil, name: evil },
        clinics: [{ ...portland, id: evil, name: evil, city: evil, therapies: [{ id: evil, name: evil }] }, tempe],
        thankYouUrl: `https://www.example.com/thanks/?q=${evil}`,
        privacyUrl: `/privacy/${evil}`,
        values: { name: evil, phone: evil, email: evil, clinic: evil, therapy: evil, preferredDays: [evil], message: `</textarea>${evil}`, consent: evil },
        errors: { name: evil, form: evil, therapy: evil },
      }),
    )
    const tags = startTags(html)
    expect(tags.filter((tag) => tag.name === 'script' || tag.name === 'b')).toEqual([])
    expect(html).not.toContain('<script')
    expect(html.match(/<\/textarea>/g)).toHaveLength(1)
    // No attribute was broken out of: only the names the renderer writes.
    const allowed = new Set(['class', 'id', 'action', 'method', 'accept-charset', 'data-appointment-form', 'data-id-prefix', 'data-heading-level', 'role', 'tabindex', 'aria-labelledby', 'href', 'data-field', 'for', 'name', 'type', 'autocomplete', 'maxlength', 'required', 'value', 'aria-describedby', 'aria-invalid', 'inputmode', 'spellcheck', 'selected', 'label', 'data-clinic', 'rows', 'checked', 'aria-hidden'])
    for (const tag of tags) for (const name of Object.keys(tag.attrs)) expect(allowed.has(name), `attribute ${name} on <${tag.name}>`).toBe(true)
    // The text survives, escaped.
    expect(inputOf(html, 'name').attrs.value).toBe(evil)
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b x=&#39;')
    expect(tagById(html, 'appointment-name-error')).toBeDefined()
  })

  it('refuses options that would make a broken form', () => {
    expect(() => renderAppointmentForm(options({ action: '/api/appointment-requests/submit' }))).toThrow('action must be an absolute http(s) URL')
    expect(() => renderAppointmentForm(options({ action: 'javascript:alert(1)' }))).toThrow('action must be an absolute http(s) URL')
    expect(() => renderAppointmentForm(options({ thankYouUrl: '/thank-you/' }))).toThrow('thankYouUrl must be an absolute http(s) URL')
    expect(() => renderAppointmentForm(options({ clinics: [] }))).toThrow('at least one clinic')
    expect(() => renderAppointmentForm(options({ clinicId: '999' }))).toThrow('clinicId "999" is not one of the clinics given (101, 102)')
    expect(() => renderAppointmentForm(options({ idPrefix: 'x" onclick="' }))).toThrow('idPrefix must start with a letter')
  })
})

describe('renderAppointmentForm: ids', () => {
  it('prefixes every id, so two forms on one page never share one', () => {
    const errors = { name: 'Enter your name.', preferredDays: 'Choose days from the list.' }
    const ids = (html: string) => startTags(html).flatMap((tag) => (tag.attrs.id === undefined ? [] : [tag.attrs.id]))
    const first = ids(renderAppointmentForm(options({ errors })))
    const second = ids(renderAppointmentForm(options({ errors, idPrefix: 'clinic-form-' })))
    expect(new Set(first).size).toBe(first.length)
    expect(second.every((id) => id.startsWith('clinic-form-'))).toBe(true)
    expect(first.filter((id) => second.includes(id))).toEqual([])
  })
})
