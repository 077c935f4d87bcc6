import { type AppointmentFieldErrors, type AppointmentRequestInput, SLUG_MAX_LENGTH, SLUG_PATTERN, isTherapyOfferedInState, stateName } from '@clinic/schema'
import type { CollectionSlug, Payload } from 'payload'
import { refId, refIds } from '../access/userBrands'
import type { Brand, Clinic, Therapy } from '../payload-types'

/** What a valid request is about: a published brand that takes requests, its clinic, and maybe a therapy. */
export interface AppointmentTarget {
  brand: Brand
  clinic: Clinic
  therapy: Therapy | null
}

export type TargetCheck = { ok: true; target: AppointmentTarget } | { ok: false; errors: AppointmentFieldErrors }

const OUT_OF_DATE = 'This form is out of date or no longer takes requests; reload the page and try again.'
const UNKNOWN_CLINIC = 'This clinic is not on our list; choose the clinic you would like to visit.'
const UNKNOWN_THERAPY = 'This treatment is not on our list; choose one from the list, or leave it empty.'

type Id = number | string

/**
 * A visitor's id as the database's id, or null when it cannot be one (then nothing is looked up):
 * numbers on SQLite, 24 hex digits (ObjectId) on MongoDB.
 */
export function databaseId(payload: Payload, value: string): Id | null {
  if (payload.db.defaultIDType === 'number') return /^\d{1,15}$/.test(value) ? Number(value) : null
  if (payload.db.name === 'mongoose') return /^[a-f0-9]{24}$/i.test(value) ? value : null
  return value
}

/** A brand by slug, whatever its status (the origin check needs its domain), or null. */
export async function findBrand(payload: Payload, slug: unknown): Promise<Brand | null> {
  if (typeof slug !== 'string' || slug.length > SLUG_MAX_LENGTH || !SLUG_PATTERN.test(slug)) return null
  const { docs } = await payload.find({ collection: 'brands', where: { slug: { equals: slug } }, depth: 0, limit: 1, draft: false, overrideAccess: true })
  return docs[0] ?? null
}

async function findPublished<T extends { _status?: ('draft' | 'published') | null }>(payload: Payload, collection: CollectionSlug, id: string): Promise<T | null> {
  const dbId = databaseId(payload, id)
  if (dbId === null) return null
  const { docs } = await payload.find({ collection, where: { id: { equals: dbId } }, depth: 0, limit: 1, draft: false, overrideAccess: true })
  const doc = docs[0] as T | undefined
  return doc?._status === 'published' ? doc : null
}

const sameId = (a: unknown, b: Id) => String(a) === String(b)

/** How the visitor can still reach the brand, for messages that turn them away. */
function callInstead(brand: Brand): string {
  return brand.contact?.phone ? `Please call us at ${brand.contact.phone} instead.` : 'Please call the clinic instead.'
}

/**
 * The checks the contract cannot make: the brand is published and takes requests; the clinic is
 * published and the brand's; the therapy, if any, is published, the brand's, listed at the clinic
 * and offered in the clinic's state. Each failure names the field to fix.
 */
export async function checkTarget(payload: Payload, brand: Brand | null, input: AppointmentRequestInput): Promise<TargetCheck> {
  if (brand === null || brand._status !== 'published') return { ok: false, errors: { brand: OUT_OF_DATE } }
  if (brand.acceptsAppointments === false) {
    return { ok: false, errors: { brand: `${brand.name} does not take appointment requests online. ${callInstead(brand)}` } }
  }

  const clinic = await findPublished<Clinic>(payload, 'clinics', input.clinic)
  if (clinic === null || !sameId(refId(clinic.brand), brand.id)) return { ok: false, errors: { clinic: UNKNOWN_CLINIC } }

  if (input.therapy === undefined) return { ok: true, target: { brand, clinic, therapy: null } }
  const therapy = await findPublished<Therapy>(payload, 'therapies', input.therapy)
  if (therapy === null || !refIds(therapy.brands).some((id) => sameId(id, brand.id))) return { ok: false, errors: { therapy: UNKNOWN_THERAPY } }
  if (!refIds(clinic.therapies).some((id) => sameId(id, therapy.id))) {
    return { ok: false, errors: { therapy: `${clinic.name} does not offer ${therapy.name}. Choose another treatment, or leave it empty.` } }
  }
  const state = clinic.address.state
  if (!isTherapyOfferedInState({ notOfferedInStates: therapy.notOfferedInStates ?? [] }, state)) {
    return {
      ok: false,
      errors: { therapy: `${therapy.name} is not offered in ${stateName(state)}, so ${clinic.name} cannot provide it. Choose another treatment, or leave it empty.` },
    }
  }
  return { ok: true, target: { brand, clinic, therapy } }
}
