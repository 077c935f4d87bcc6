import { type Clinic, stateName } from '@clinic/schema'

/** Clinics ordered by state, then city, then name: how visitors scan a list of locations. */
export function byLocation(clinics: readonly Clinic[]): Clinic[] {
  return [...clinics].sort(
    (a, b) =>
      a.address.state.localeCompare(b.address.state) || a.address.city.localeCompare(b.address.city) || a.name.localeCompare(b.name),
  )
}

/** The clinics of one state. */
export interface StateClinics {
  state: Clinic['address']['state']
  clinics: Clinic[]
}

/** Clinics grouped by state, the states in the order of their names (Arizona before Colorado), each state's clinics by city then name. */
export function clinicsByState(clinics: readonly Clinic[]): StateClinics[] {
  const groups = new Map<Clinic['address']['state'], Clinic[]>()
  for (const clinic of byLocation(clinics)) groups.set(clinic.address.state, [...(groups.get(clinic.address.state) ?? []), clinic])
  return [...groups].map(([state, list]) => ({ state, clinics: list })).sort((a, b) => stateName(a.state).localeCompare(stateName(b.state)))
}
