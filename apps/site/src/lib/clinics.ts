import type { Clinic } from '@clinic/schema'

/** Clinics ordered by state, then city, then name: how visitors scan a list of locations. */
export function byLocation(clinics: readonly Clinic[]): Clinic[] {
  return [...clinics].sort(
    (a, b) =>
      a.address.state.localeCompare(b.address.state) || a.address.city.localeCompare(b.address.city) || a.name.localeCompare(b.name),
  )
}
