import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'
import { APPOINTMENT_FIELDS } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { APPOINTMENT_FORM_CSS } from './appointmentFormCss'
import { APPOINTMENT_FORM_SCRIPT } from './appointmentFormScript'
import { CONFIRMATION_TITLE, ERROR_PREFIX, ERROR_SUMMARY_TITLE } from './formText'
import { renderAppointmentForm } from './renderAppointmentForm'
import { startTags } from './testMarkup'

/** The e2e suite and the site hold every form page to this. */
const BUDGET_GZIP_BYTES = 3 * 1024

/** A form with every field, several clinics and an error on each field, so all the markup the script may touch is there. */
const markup = renderAppointmentForm({
  action: 'https://cms.example.com/api/appointment-requests/submit',
  brand: { slug: 'harbor-lane-physio', name: 'Harbor Lane Physio' },
  clinics: [
    { id: '101', name: 'Portland', city: 'Portland', state: 'OR', therapies: [{ id: '202', name: 'Manual therapy' }] },
    { id: '102', name: 'Tempe', city: 'Tempe', state: 'AZ', therapies: [{ id: '201', name: 'Dry needling' }] },
  ],
  variant: 'full',
  thankYouUrl: 'https://www.example.com/request-appointment/thank-you/',
  privacyUrl: '/privacy/',
  errors: Object.fromEntries(APPOINTMENT_FIELDS.map((field) => [field, `${field} is wrong`])),
})

describe('APPOINTMENT_FORM_SCRIPT', () => {
  it(`stays under ${BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    const size = gzipSync(APPOINTMENT_FORM_SCRIPT, { level: 9 }).length
    expect(size).toBeLessThanOrEqual(BUDGET_GZIP_BYTES)
    // Default compression, as a static host would serve it.
    expect(gzipSync(APPOINTMENT_FORM_SCRIPT).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES)
  })

  it('is valid JavaScript that can sit inside an inline <script> element', () => {
    expect(() => new Function(APPOINTMENT_FORM_SCRIPT)).not.toThrow()
    expect(APPOINTMENT_FORM_SCRIPT).not.toMatch(/<\/script|<!--/i)
    // No import, export or template literal: it runs as a module or as a classic script, and needs no bundler.
    expect(APPOINTMENT_FORM_SCRIPT).not.toMatch(/\bimport\b|\bexport\b|`/)
  })

  it('runs on a page without a form and looks for forms by the attribute the renderer writes', () => {
    const asked: string[] = []
    const document = { querySelectorAll: (selector: string) => (asked.push(selector), []) }
    expect(() => runInNewContext(APPOINTMENT_FORM_SCRIPT, { document })).not.toThrow()
    expect(asked).toEqual(['form[data-appointment-form]'])
    expect(startTags(markup)[0]?.attrs).toHaveProperty('data-appointment-form')
  })

  it('reports errors in the contract’s field order, with the words the server uses', () => {
    const fields = /const FIELDS = (\[[^\]]*\])/.exec(APPOINTMENT_FORM_SCRIPT)?.[1]
    expect(JSON.parse(fields ?? 'null')).toEqual([...APPOINTMENT_FIELDS])
    const text = JSON.parse(/const TEXT = (\{[^}]*\})/.exec(APPOINTMENT_FORM_SCRIPT)?.[1] ?? 'null') as Record<string, string>
    expect(text).toMatchObject({ summaryTitle: ERROR_SUMMARY_TITLE, errorPrefix: ERROR_PREFIX, confirmed: CONFIRMATION_TITLE })
    expect(markup).toContain(`>${ERROR_SUMMARY_TITLE}<`)
    expect(markup).toContain(`<span class="visually-hidden">${ERROR_PREFIX}</span>`)
  })

  it('uses only field names, data attributes and classes that the rendered form has', () => {
    const names = new Set(startTags(markup).map((tag) => tag.attrs.name))
    for (const [, name] of APPOINTMENT_FORM_SCRIPT.matchAll(/namedItem\('([^']+)'\)/g)) expect(names.has(name), `field ${name}`).toBe(true)
    const multi = JSON.parse(/const MULTI = (\[[^\]]*\])/.exec(APPOINTMENT_FORM_SCRIPT)?.[1] ?? 'null') as string[]
    expect(multi).toEqual(['preferredDays', 'preferredTimes'])
    for (const name of multi) expect(startTags(markup).filter((tag) => tag.attrs.name === name).length).toBeGreaterThan(1)
    // `form.dataset.idPrefix` ↔ data-id-prefix, `group.dataset.clinic` ↔ data-clinic, …
    const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
    for (const [, name] of APPOINTMENT_FORM_SCRIPT.matchAll(/dataset\.([a-zA-Z]+)/g)) expect(markup, `data-${kebab(name ?? '')}`).toContain(` data-${kebab(name ?? '')}=`)
    expect(markup).toContain(' data-field="')
    // Classes the script looks for or writes: in the markup, or styled by the CSS (the confirmation).
    const classes = new Set(APPOINTMENT_FORM_SCRIPT.match(/\baf-[a-z-]+/g))
    expect(classes.size).toBeGreaterThan(5)
    for (const name of classes) expect(markup.includes(name) || APPOINTMENT_FORM_CSS.includes(`.${name}`), name).toBe(true)
  })

  it('sends JSON with CORS, no cookies, an Idempotency-Key, and falls back to an ordinary submission', () => {
    expect(APPOINTMENT_FORM_SCRIPT).toContain("mode: 'cors'")
    expect(APPOINTMENT_FORM_SCRIPT).toContain("credentials: 'omit'")
    expect(APPOINTMENT_FORM_SCRIPT).toContain("'Idempotency-Key': key")
    expect(APPOINTMENT_FORM_SCRIPT).toContain("Accept: 'application/json'")
    expect(APPOINTMENT_FORM_SCRIPT).toContain('crypto.randomUUID()')
    expect(APPOINTMENT_FORM_SCRIPT).toContain('HTMLFormElement.prototype.submit.call(form)')
  })
})
