import { type Clinic, stateName } from '@clinic/schema'

/** `Tempe, AZ`, with the state's full name for the `title` of the abbreviation. */
export function clinicLocation(clinic: Pick<Clinic, 'address'>): { city: string; state: string; stateName: string } {
  return { city: clinic.address.city, state: clinic.address.state, stateName: stateName(clinic.address.state) }
}

/** Clinics ordered by state, then city, then name: how visitors scan a list of locations. */
export function byLocation(clinics: readonly Clinic[]): Clinic[] {
  return [...clinics].sort(
    (a, b) =>
      a.address.state.localeCompare(b.address.state) || a.address.city.localeCompare(b.address.city) || a.name.localeCompare(b.name),
  )
}
