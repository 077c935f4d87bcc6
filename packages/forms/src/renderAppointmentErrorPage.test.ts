import { describe, expect, it } from 'vitest'
import { APPOINTMENT_FORM_CSS } from './appointmentFormCss'
import { APPOINTMENT_FORM_SCRIPT } from './appointmentFormScript'
import { type AppointmentErrorPageOptions, renderAppointmentErrorPage } from './renderAppointmentErrorPage'
import { elementHtml, startTags, textOf } from './testMarkup'

function options(overrides: Partial<AppointmentErrorPageOptions['form']> = {}): AppointmentErrorPageOptions {
  return {
    siteUrl: 'https://www.harbor-lane-physio.example/',
    theme: { primary: '#1f5c7a', accent: '#C28434', background: '#fbfaf7', text: '#1b1f23' },
    form: {
      action: 'https://cms.harbor-lane-physio.example/api/appointment-requests/submit',
      brand: { slug: 'harbor-lane-physio', name: 'Harbor Lane Physio' },
      clinics: [
        { id: '101', name: 'Harbor Lane Physio Portland', city: 'Portland', state: 'OR', therapies: [{ id: '202', name: 'Manual therapy' }] },
        { id: '102', name: 'Harbor Lane Physio Tempe', city: 'Tempe', state: 'AZ', therapies: [] },
      ],
      thankYouUrl: 'https://www.harbor-lane-physio.example/request-appointment/thank-you/',
      privacyUrl: 'https://www.harbor-lane-physio.example/privacy/',
      values: { name: 'Ana Ruiz', email: 'not-an-email', clinic: '101', consent: 'on' },
      errors: { email: 'Enter an email address such as name@example.com.' },
      ...overrides,
    },
  }
}

describe('renderAppointmentErrorPage', () => {
  const html = renderAppointmentErrorPage(options())

  it('is a whole document, not indexed, titled "Error: …" so screen readers announce the problem first', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en"')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<title>Error: Request an appointment | Harbor Lane Physio</title>')
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html).toContain('<h1>Request an appointment</h1>')
  })

  it('shows the brand in its colours, with a way back to its site', () => {
    expect(startTags(html)[0]?.attrs.style).toBe('--color-primary: #1f5c7a; --color-accent: #c28434; --color-background: #fbfaf7; --color-text: #1b1f23')
    expect(textOf(elementHtml(html, '<header'))).toBe('Harbor Lane Physio')
    expect(html).toContain('<a href="https://www.harbor-lane-physio.example/">Back to the Harbor Lane Physio website</a>')
  })

  it('holds the full form with the errors and the values, the form CSS and the script', () => {
    expect(html).toContain('<div class="af-summary"')
    expect(html).toContain('<a href="#appointment-email">Enter an email address such as name@example.com.</a>')
    expect(html).toContain('value="not-an-email"')
    expect(html).toContain('name="preferredDays"')
    expect(elementHtml(html, '<style')).toContain(APPOINTMENT_FORM_CSS)
    expect(elementHtml(html, '<script')).toBe(`<script type="module">${APPOINTMENT_FORM_SCRIPT}</script>`)
  })

  it('loads nothing from anywhere else', () => {
    const tags = startTags(html)
    expect(tags.filter((tag) => tag.name === 'link' || tag.name === 'img' || tag.name === 'iframe' || 'src' in tag.attrs)).toEqual([])
    expect(html).not.toMatch(/@import|url\(/)
    // Absolute URLs are links and the form's own addresses only.
    const urls = [...html.matchAll(/https?:\/\/[^"'\s<)]+/g)].map((match) => match[0])
    expect(new Set(urls)).toEqual(
      new Set([
        'https://www.harbor-lane-physio.example/',
        'https://cms.harbor-lane-physio.example/api/appointment-requests/submit',
        'https://www.harbor-lane-physio.example/privacy/',
        'https://www.harbor-lane-physio.example/request-appointment/thank-you/',
      ]),
    )
  })

  it('answers a refusal of the whole request (429, 503) with the message and the values kept', () => {
    const page = renderAppointmentErrorPage(options({ errors: { form: 'Too many requests from this connection; wait a few minutes and send it again.' } }))
    const summary = elementHtml(page, '<div class="af-summary"')
    expect(textOf(summary)).toBe('There is a problem Too many requests from this connection; wait a few minutes and send it again.')
    expect(page).toContain('<title>Error: Request an appointment | Harbor Lane Physio</title>')
    expect(page).toContain('value="Ana Ruiz"')
    expect(page).not.toContain('aria-invalid="true"')
  })

  it('escapes the brand name and refuses colours that are not colours', () => {
    const page = renderAppointmentErrorPage({ ...options(), form: { ...options().form, brand: { slug: 'x', name: '</title><script>alert(1)</script>' } } })
    expect(page).toContain('<title>Error: Request an appointment | &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>')
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(() => renderAppointmentErrorPage({ ...options(), theme: { ...options().theme, text: 'red; background: url(https://x.example/)' } })).toThrow('theme.text must be a #rrggbb colour')
  })

  it('needs an error to show, and carries a CSP nonce when given one', () => {
    expect(() => renderAppointmentErrorPage(options({ errors: {} }))).toThrow('needs at least one error')
    const page = renderAppointmentErrorPage({ ...options(), cspNonce: 'r4nd0m' })
    expect(page).toContain('<style nonce="r4nd0m">')
    expect(page).toContain('<script type="module" nonce="r4nd0m">')
  })
})
