import type { AppointmentFormClinic, AppointmentFormValues } from '@clinic/forms'
import { APPOINTMENT_FIELDS, isTherapyOfferedInState } from '@clinic/schema'
import type { Payload } from 'payload'
import { refIds } from '../access/userBrands'
import type { Brand, Clinic, Therapy } from '../payload-types'

/**
 * The brand's published clinics as the form lists them, each with the published therapies it
 * lists and may offer in its state (as the brand site's form has them).
 */
export async function formClinics(payload: Payload, brand: Brand): Promise<AppointmentFormClinic[]> {
  const published = { _status: { equals: 'published' } }
  const [clinics, therapies] = await Promise.all([
    payload.find({ collection: 'clinics', where: { and: [{ brand: { equals: brand.id } }, published] }, depth: 0, pagination: false, draft: false, overrideAccess: true, sort: 'name' }),
    payload.find({ collection: 'therapies', where: { and: [{ brands: { in: [brand.id] } }, published] }, depth: 0, pagination: false, draft: false, overrideAccess: true, sort: 'name' }),
  ])
  return clinics.docs.map((clinic: Clinic) => {
    const listed = new Set(refIds(clinic.therapies).map(String))
    const offered = therapies.docs.filter(
      (therapy: Therapy) => listed.has(String(therapy.id)) && isTherapyOfferedInState({ notOfferedInStates: therapy.notOfferedInStates ?? [] }, clinic.address.state),
    )
    return {
      id: String(clinic.id),
      name: clinic.name,
      city: clinic.address.city,
      state: clinic.address.state,
      therapies: offered.map((therapy) => ({ id: String(therapy.id), name: therapy.name })),
    }
  })
}

/** The form's own fields of what was sent, as text (anything else the visitor sent is dropped). */
export function formValuesOf(fields: Record<string, unknown>): AppointmentFormValues {
  const values: Record<string, string | readonly string[]> = {}
  const asText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined)
  for (const field of APPOINTMENT_FIELDS) {
    const value = fields[field]
    if (field === 'preferredDays' || field === 'preferredTimes') {
      const list = (Array.isArray(value) ? value : [value]).map(asText).filter((entry): entry is string => entry !== undefined)
      if (list.length > 0) values[field] = list
    } else {
      const text = asText(value)
      if (text !== undefined) values[field] = text
    }
  }
  return values
}
