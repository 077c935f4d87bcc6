import type { Clinic } from '../../payload-types'
import { type MapContext, idOf } from './context'
import { mapSeo } from './seo'

/** A clinic as the snapshot carries it: only published therapies are listed. */
export function mapClinic(clinic: Clinic, ctx: MapContext) {
  return {
    id: String(clinic.id),
    brand: idOf(clinic.brand),
    name: clinic.name,
    slug: clinic.slug,
    address: {
      street: clinic.address.street,
      ...(clinic.address.street2 ? { street2: clinic.address.street2 } : {}),
      city: clinic.address.city,
      state: clinic.address.state,
      postalCode: clinic.address.postalCode,
      country: 'US',
    },
    geo: { lat: clinic.geo.lat, lng: clinic.geo.lng },
    phone: clinic.phone,
    email: clinic.email || null,
    openingHours: (clinic.openingHours ?? []).map((entry) =>
      entry.closed ? { day: entry.day, closed: true } : { day: entry.day, closed: false, opens: entry.opens, closes: entry.closes },
    ),
    therapies: ctx.keep('therapies', clinic.therapies),
    // Both missing on documents saved before the fields existed (MongoDB keeps them as they were).
    insurancePlans: (clinic.insurancePlans ?? []).map((plan) => plan.trim()).filter((plan) => plan !== ''),
    languages: clinic.languages ?? [],
    booking:
      clinic.booking.method === 'url'
        ? { method: 'url', url: clinic.booking.url, ...(clinic.booking.note ? { note: clinic.booking.note } : {}) }
        : { method: clinic.booking.method, ...(clinic.booking.note ? { note: clinic.booking.note } : {}) },
    seo: mapSeo(clinic.seo, ctx, { collection: 'clinics', id: String(clinic.id) }),
  }
}
