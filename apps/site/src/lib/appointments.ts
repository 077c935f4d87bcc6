import type { AppointmentFormClinic, AppointmentFormOptions, HeadingLevel } from '@clinic/forms'
import type { Brand, Clinic } from '@clinic/schema'
import { clinicAvailability } from './availability'
import type { Routes } from './routes'
import type { SiteData } from './siteIndex'

/*
 * What the site's appointment request form is built from: which brands show it, the clinics
 * and treatments it offers, and the addresses it sends. The form's markup itself is
 * @clinic/forms', shared with the CMS.
 */

/** A brand that shows the request form: it takes requests and has an endpoint to send them to. */
export type BrandTakingRequests = Brand & { appointmentUrl: string }

/** Whether the brand's pages show the request form (otherwise they list phone numbers and booking links). */
export function takesAppointmentRequests(brand: Brand): brand is BrandTakingRequests {
  return brand.acceptsAppointments && brand.appointmentUrl !== null
}

/**
 * Every clinic of the brand, in the site's order (state, city, name), each with the
 * treatments it offers: the ones it lists, minus those its state rules out.
 */
export function appointmentFormClinics(site: Pick<SiteData, 'clinics' | 'therapies'>): AppointmentFormClinic[] {
  return site.clinics.map((clinic) => ({
    id: clinic.id,
    name: clinic.name,
    city: clinic.address.city,
    state: clinic.address.state,
    therapies: clinicAvailability(clinic, site.therapies).offered.map((therapy) => ({ id: therapy.id, name: therapy.name })),
  }))
}

export interface SiteFormChoice {
  /** `full` on the request page; `short` on a clinic's page, for that clinic. */
  variant: 'full' | 'short'
  clinic?: Clinic
  headingLevel?: HeadingLevel
}

/**
 * The options of the request form on one page. The thank-you address is absolute, on the
 * brand's own domain and with this build's base path (the CMS redirects there; a site served
 * from another allowed origin, such as the demo's `/<brand>/` server, is sent back to that origin
 * with the same path). The privacy link is a path of this build.
 */
export function appointmentFormOptions(site: SiteData, r: Routes, choice: SiteFormChoice): AppointmentFormOptions {
  const { brand } = site
  if (!takesAppointmentRequests(brand)) throw new Error(`Brand ${brand.slug} takes no appointment requests (acceptsAppointments false or no appointmentUrl); do not render the form`)
  return {
    action: brand.appointmentUrl,
    brand: { slug: brand.slug, name: brand.name },
    clinics: appointmentFormClinics(site),
    variant: choice.variant,
    ...(choice.clinic ? { clinicId: choice.clinic.id } : {}),
    thankYouUrl: new URL(r.appointmentThankYou(), `https://${brand.domain}/`).toString(),
    privacyUrl: r.privacy(),
    ...(choice.headingLevel ? { headingLevel: choice.headingLevel } : {}),
  }
}
