import { dayOf } from '../../collections/Clinics/hoursFields'
import type { Clinic } from '../../payload-types'
import { type MapContext, idOf } from './context'
import { mapSeo } from './seo'

type SpecialHoursRow = NonNullable<Clinic['specialHours']>[number]

/** Today's date `YYYY-MM-DD` on the clocks of `timeZone` (an IANA name such as `America/Phoenix`). */
export function todayIn(timeZone: string, now: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** One special-hours row as the snapshot carries it: days as `YYYY-MM-DD`, an empty "until" meaning the one date. */
function mapSpecialHours(entry: SpecialHoursRow) {
  const from = dayOf(entry.from)
  const days = { from, through: dayOf(entry.through) ?? from }
  const note = entry.note?.trim() ? { note: entry.note } : {}
  return entry.closed ? { ...days, closed: true, ...note } : { ...days, closed: false, opens: entry.opens, closes: entry.closes, ...note }
}

/** What the snapshot of a day leaves out of a clinic. */
export interface MapClinicOptions {
  /**
   * The snapshot's date in the brand's time zone: special hours that ended before it are left
   * out. Unset (the publish guard), every entry is kept, so a problem's row number is the row's.
   */
  today?: string
}

/** A clinic as the snapshot carries it: only published therapies are listed, and only special hours not yet over. */
export function mapClinic(clinic: Clinic, ctx: MapContext, options: MapClinicOptions = {}) {
  const { today } = options
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
    // Missing on documents saved before the field existed.
    specialHours: (clinic.specialHours ?? [])
      .map(mapSpecialHours)
      .filter((entry) => today === undefined || entry.through === null || entry.through >= today),
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
