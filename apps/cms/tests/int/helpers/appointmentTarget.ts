import type { Payload } from 'payload'
import type { Brand, Clinic } from '../../../src/payload-types'
import { brandData, minimalDocument } from './contentDocuments'

/** A published brand with one published clinic, to send appointment requests to. */
export interface AppointmentTarget {
  brand: Brand
  clinic: Clinic
  /** The brand site's origin, from which its form may be sent. */
  site: string
}

/** Creates a brand named `name` and one clinic, both published, without scheduling rebuilds. */
export async function createAppointmentTarget(payload: Payload, name: string): Promise<AppointmentTarget> {
  const context = { disableRebuild: true }
  const brand = await payload.create({ collection: 'brands', overrideAccess: true, context, data: brandData(name) })
  const clinic = (await payload.create({
    collection: 'clinics',
    overrideAccess: true,
    context,
    data: { ...minimalDocument('clinics', `${name} Main Street`, [brand.id]), _status: 'published' } as never,
  })) as Clinic
  return { brand, clinic, site: `https://${brand.domain}` }
}

/** The JSON the form's script sends for a request to `target` with `message`. */
export function requestFields(target: AppointmentTarget, message: string): Record<string, unknown> {
  return {
    brand: target.brand.slug,
    clinic: String(target.clinic.id),
    name: 'Robin Okafor',
    phone: '(480) 555-0142',
    preferredDays: ['mon'],
    preferredTimes: 'morning',
    message,
    consent: true,
    thankYouUrl: `${target.site}/request-appointment/thank-you/`,
  }
}
