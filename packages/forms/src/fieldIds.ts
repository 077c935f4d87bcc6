import { APPOINTMENT_DAYS, APPOINTMENT_TIMES, type AppointmentField } from '@clinic/schema'

/*
 * Ids inside the form. The script does not rely on this scheme (it finds controls by name),
 * but the error summary's links and `aria-describedby` do.
 */

export const DEFAULT_ID_PREFIX = 'appointment-'

const PREFIX_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/

/** The prefix, checked: it ends up in ids and in `#fragment` links. */
export function idPrefixOf(value: string | undefined): string {
  const prefix = value ?? DEFAULT_ID_PREFIX
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`idPrefix must start with a letter and hold only letters, digits, "-" and "_", got ${JSON.stringify(prefix)}`)
  return prefix
}

/** Id of a field's control: for the day and time choices, their first checkbox (where the error summary sends people). */
export function controlId(prefix: string, field: AppointmentField): string {
  if (field === 'preferredDays') return choiceId(prefix, field, APPOINTMENT_DAYS[0])
  if (field === 'preferredTimes') return choiceId(prefix, field, APPOINTMENT_TIMES[0])
  return `${prefix}${field}`
}

export function choiceId(prefix: string, field: 'preferredDays' | 'preferredTimes', value: string): string {
  return `${prefix}${field}-${value}`
}

export const hintId = (prefix: string, name: string) => `${prefix}${name}-hint`
export const errorId = (prefix: string, name: string) => `${prefix}${name}-error`
export const summaryId = (prefix: string) => `${prefix}error-summary`
export const summaryTitleId = (prefix: string) => `${prefix}error-summary-title`
