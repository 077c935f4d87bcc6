import { indexSite } from './siteIndex'
import { describe, expect, it } from 'vitest'
import { appointmentFormClinics, appointmentFormOptions, takesAppointmentRequests } from './appointments'
import { routes } from './routes'
import { snapshot } from '../../tests/helpers/fixture'

describe('takesAppointmentRequests', () => {
  it('needs both the brand’s yes and an endpoint to send requests to', () => {
    const { brand } = snapshot()
    expect(takesAppointmentRequests(brand)).toBe(true)
    expect(takesAppointmentRequests({ ...brand, appointmentUrl: null })).toBe(false)
    expect(takesAppointmentRequests({ ...brand, acceptsAppointments: false })).toBe(false)
  })
})

describe('appointmentFormClinics', () => {
  it('lists every clinic in the site’s order with only the therapies offered in its state', () => {
    expect(appointmentFormClinics(indexSite(snapshot()))).toEqual([
      // Arizona before Oregon; dry needling is not offered in Oregon.
      { id: '102', name: 'Harbor Lane Physio Tempe', city: 'Tempe', state: 'AZ', therapies: [{ id: '201', name: 'Dry needling' }, { id: '202', name: 'Manual therapy' }] },
      { id: '101', name: 'Harbor Lane Physio Portland', city: 'Portland', state: 'OR', therapies: [{ id: '202', name: 'Manual therapy' }] },
    ])
  })

  it('leaves out therapies a clinic does not list', () => {
    const data = snapshot()
    data.clinics[1] = { ...data.clinics[1]!, therapies: ['202'] }
    expect(appointmentFormClinics(indexSite(data)).find((clinic) => clinic.id === '102')?.therapies).toEqual([{ id: '202', name: 'Manual therapy' }])
  })
})

describe('appointmentFormOptions', () => {
  it('posts to the brand’s endpoint, sends the absolute thank-you address on the brand’s domain with this build’s base path, links the privacy page of this build', () => {
    const site = indexSite(snapshot())
    const base = '/harbor-lane-physio/'
    const options = appointmentFormOptions(site, routes(base), { variant: 'full' })
    expect(options).toMatchObject({
      action: 'https://cms.harbor-lane-physio.example/api/appointment-requests/submit',
      brand: { slug: 'harbor-lane-physio', name: 'Harbor Lane Physio' },
      variant: 'full',
      thankYouUrl: 'https://www.harbor-lane-physio.example/harbor-lane-physio/request-appointment/thank-you/',
      privacyUrl: '/harbor-lane-physio/privacy/',
    })
    expect(options.clinicId).toBeUndefined()
    const portland = site.clinic('101')
    expect(appointmentFormOptions(site, routes('/'), { variant: 'short', clinic: portland, headingLevel: 3 })).toMatchObject({ clinicId: '101', headingLevel: 3 })
  })

  it('refuses a brand without an endpoint', () => {
    const data = snapshot()
    data.brand.appointmentUrl = null
    expect(() => appointmentFormOptions(indexSite(data), routes('/'), { variant: 'full' })).toThrow('Brand harbor-lane-physio takes no appointment requests')
  })
})
