import type { Timezone } from 'payload'

/**
 * The time zones of the network's clinics, offered by the admin's schedule dialog (publish or
 * unpublish at a date). Arizona has its own entry: it keeps no daylight saving time, so in summer
 * its clocks differ from Denver's ("Mountain").
 */
export const US_TIMEZONES: Timezone[] = [
  { label: 'Eastern (New York, Boston)', value: 'America/New_York' },
  { label: 'Central (Chicago, Austin)', value: 'America/Chicago' },
  { label: 'Mountain (Denver)', value: 'America/Denver' },
  { label: 'Arizona, no daylight saving (Phoenix, Tucson)', value: 'America/Phoenix' },
  { label: 'Pacific (Los Angeles, Portland)', value: 'America/Los_Angeles' },
  { label: 'Alaska (Anchorage)', value: 'America/Anchorage' },
  { label: 'Hawaii (Honolulu)', value: 'Pacific/Honolulu' },
]

/** The schedule dialog's time zone until the editor picks another. */
export const DEFAULT_TIMEZONE = 'America/Phoenix'
