import { APPOINTMENT_FORM_CSS, APPOINTMENT_FORM_SCRIPT } from '@clinic/forms'
import { describe, expect, it } from 'vitest'
import AppointmentForm from './AppointmentForm.astro'
import AppointmentFormAssets from './AppointmentFormAssets.astro'
import BookingCta from '../BookingCta.astro'
import ClinicContacts from './ClinicContacts.astro'
import { fixture, render, textOf } from '../../../tests/helpers/render'

const optgroups = (html: string) =>
  [...html.matchAll(/<optgroup label="([^"]*)" data-clinic="(\d+)">(.*?)<\/optgroup>/g)].map((match) => ({
    clinic: match[2],
    therapies: [...(match[3] ?? '').matchAll(/<option value="(\d+)">/g)].map((option) => option[1]),
  }))

describe('AppointmentForm', () => {
  const { site, r } = fixture()

  it('renders the full form for the brand’s endpoint, with each clinic’s treatments under the state rules', async () => {
    const html = await render(AppointmentForm, { site, r, variant: 'full' })
    expect(html).toMatch(/^<form class="af" id="appointment-form" action="https:\/\/cms\.harbor-lane-physio\.example\/api\/appointment-requests\/submit" method="post"/)
    expect(html).toContain('<input type="hidden" name="thankYouUrl" value="https://www.harbor-lane-physio.example/request-appointment/thank-you/">')
    expect(html).toContain('<a href="/privacy/">privacy notice</a>')
    // Portland (Oregon) lists dry needling (201) but may not offer it.
    expect(optgroups(html)).toEqual([
      { clinic: '102', therapies: ['201', '202'] },
      { clinic: '101', therapies: ['202'] },
    ])
    expect(html).toContain('name="preferredDays"')
  })

  it('renders a clinic’s short form with that clinic fixed', async () => {
    const html = await render(AppointmentForm, { site, r, variant: 'short', clinic: site.clinic('101'), headingLevel: 3 })
    expect(html).toContain('<input type="hidden" id="appointment-clinic" name="clinic" value="101">')
    expect(html).toContain('data-heading-level="3"')
    expect(html).not.toContain('<optgroup')
    expect(html).not.toContain('value="201"')
    expect(html).not.toContain('name="preferredDays"')
  })

  it('fails the build rather than render a form with nowhere to send it', async () => {
    const { site: without, r: routesOf } = fixture((input) => {
      input.brand.appointmentUrl = null
    })
    await expect(render(AppointmentForm, { site: without, r: routesOf, variant: 'full' })).rejects.toThrow('takes no appointment requests')
  })
})

describe('AppointmentFormAssets', () => {
  it('inlines the form’s CSS and its module script unchanged', async () => {
    const html = await render(AppointmentFormAssets, {})
    expect(html).toBe(`<style>${APPOINTMENT_FORM_CSS}</style><script type="module">${APPOINTMENT_FORM_SCRIPT}</script>`)
  })
})

describe('BookingCta on therapy and article pages', () => {
  it('links to the request page when the brand takes requests', async () => {
    const { site, r } = fixture()
    const html = await render(BookingCta, { site, r, therapyName: 'Dry needling' })
    expect(html).toContain('<a class="button" href="/request-appointment/">')
    expect(html).toContain('>Ask about dry needling</h2>')
    expect(textOf(html)).toContain('Request an appointment')
  })

  it('says nothing for a brand that takes no appointments', async () => {
    const { site, r } = fixture((input) => {
      input.brand.acceptsAppointments = false
    })
    expect((await render(BookingCta, { site, r })).trim()).toBe('')
  })
})

describe('ClinicContacts', () => {
  it('gives each clinic a heading of the given level, its phone and its booking link', async () => {
    const { site, r } = fixture()
    const html = await render(ClinicContacts, { clinics: site.clinics, r, level: 3 })
    expect(html.match(/<h3>/g)).toHaveLength(2)
    expect(html).toContain('<a href="tel:+14805550134">(480) 555-0134</a>')
    expect(html).toContain('<a href="https://booking.example/harbor-lane-tempe" rel="noopener noreferrer">')
    expect(html).toContain('<a href="/locations/portland/">Opening hours and therapies</a>')
  })
})
