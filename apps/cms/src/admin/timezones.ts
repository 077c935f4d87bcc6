import type { Timezone } from 'payload'
import { US_TIMEZONE_OPTIONS, type UsTimeZone } from './timezoneList'

/** The schedule dialog's time zones (src/admin/timezoneList.ts), in Payload's shape. */
export const US_TIMEZONES: Timezone[] = US_TIMEZONE_OPTIONS.map((option) => ({ ...option }))

/** The schedule dialog's time zone until the editor picks another. */
export const DEFAULT_TIMEZONE: UsTimeZone = 'America/Phoenix'
