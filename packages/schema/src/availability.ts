import type { Clinic } from './clinic'
import type { Therapy } from './therapy'
import type { UsStateCode } from './usStates'

/** Whether the network offers `therapy` in `state` (rules differ by state and live in the data). */
export function isTherapyOfferedInState(therapy: Pick<Therapy, 'notOfferedInStates'>, state: UsStateCode): boolean {
  return !therapy.notOfferedInStates.includes(state)
}

/** What a clinic can and cannot offer of the therapies it lists, and why not. */
export interface ClinicTherapyAvailability {
  offered: Therapy[]
  /** Listed at the clinic but not offered in its state. */
  notOfferedInState: Therapy[]
}

/** Splits a clinic's listed therapies into those offered and those its state rules out. */
export function clinicTherapyAvailability(clinic: Pick<Clinic, 'therapies' | 'address'>, therapies: readonly Therapy[]): ClinicTherapyAvailability {
  const listed = therapies.filter((therapy) => clinic.therapies.includes(therapy.id))
  return {
    offered: listed.filter((therapy) => isTherapyOfferedInState(therapy, clinic.address.state)),
    notOfferedInState: listed.filter((therapy) => !isTherapyOfferedInState(therapy, clinic.address.state)),
  }
}

/**
 * The states among the clinics' (a brand's) where `therapy` is not offered: each once, in the
 * order the clinics come. Empty when every clinic's state allows it, or there are no clinics.
 */
export function clinicStatesWithoutTherapy(therapy: Pick<Therapy, 'notOfferedInStates'>, clinics: readonly Pick<Clinic, 'address'>[]): UsStateCode[] {
  const states = new Set(clinics.map((clinic) => clinic.address.state))
  return [...states].filter((state) => !isTherapyOfferedInState(therapy, state))
}
