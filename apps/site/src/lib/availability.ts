import { type Clinic, type Therapy, type UsStateCode, clinicTherapyAvailability, isTherapyOfferedInState, stateName } from '@clinic/schema'

/*
 * Where a therapy can be had, in words a visitor understands. State rules live in the data
 * (`Therapy.notOfferedInStates`); this module only phrases them for the pages.
 */

/** `Dry needling is not offered in Oregon`. */
export function notOfferedInStateReason(therapy: Pick<Therapy, 'name'>, state: UsStateCode): string {
  return `${therapy.name} is not offered in ${stateName(state)}`
}

/** A clinic that lists a therapy its state rules out, and the reason to show. */
export interface ClinicWithoutTherapy {
  clinic: Clinic
  /** `Dry needling is not offered in Oregon`. */
  reason: string
}

/** Where one therapy is and is not available across a brand's clinics. */
export interface TherapyAvailability {
  /** Clinics that list the therapy in a state that allows it, in the order given. */
  offeredAt: Clinic[]
  /** Clinics that list the therapy but whose state rules it out, in the order given. */
  notOfferedAt: ClinicWithoutTherapy[]
  /** Every state the therapy is not offered in, whether or not the brand has a clinic there, by name. */
  statesWhereNotOffered: { code: UsStateCode; name: string }[]
}

/**
 * Where a visitor can have `therapy` among `clinics`: the clinics listing it, split by whether
 * their state allows it (the same rule as `clinicTherapyAvailability`), and every state that
 * rules it out. Clinics that do not list the therapy appear in neither list.
 */
export function therapyAvailability(therapy: Therapy, clinics: readonly Clinic[]): TherapyAvailability {
  const listing = clinics.filter((clinic) => clinic.therapies.includes(therapy.id))
  const offeredAt = listing.filter((clinic) => isTherapyOfferedInState(therapy, clinic.address.state))
  const notOfferedAt = listing
    .filter((clinic) => !isTherapyOfferedInState(therapy, clinic.address.state))
    .map((clinic) => ({ clinic, reason: notOfferedInStateReason(therapy, clinic.address.state) }))
  const statesWhereNotOffered = [...new Set(therapy.notOfferedInStates)]
    .map((code) => ({ code, name: stateName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return { offeredAt, notOfferedAt, statesWhereNotOffered }
}

/** What one clinic offers of the therapies it lists. */
export interface ClinicAvailability {
  /** Listed and allowed in the clinic's state, in the order of `therapies`. */
  offered: Therapy[]
  /** Listed, but ruled out in the clinic's state, with the reason. */
  notOffered: { therapy: Therapy; reason: string }[]
}

/**
 * The therapies `clinic` lists, split into those it offers and those its state rules out, with
 * the reason (`Dry needling is not offered in Oregon`). `therapies` are all the brand's
 * therapies; ones the clinic does not list appear in neither list.
 */
export function clinicAvailability(clinic: Clinic, therapies: readonly Therapy[]): ClinicAvailability {
  const { offered, notOfferedInState } = clinicTherapyAvailability(clinic, therapies)
  return {
    offered,
    notOffered: notOfferedInState.map((therapy) => ({ therapy, reason: notOfferedInStateReason(therapy, clinic.address.state) })),
  }
}
