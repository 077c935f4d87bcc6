/**
 * The time zones of the network's clinics, as plain data: the seed's types read this file
 * without Payload (the e2e package types the demo content and has no Payload). Arizona has its
 * own entry: it keeps no daylight saving time, so in summer its clocks differ from Denver's.
 */
export const US_TIMEZONE_OPTIONS = [
  { label: 'Eastern (New York, Boston)', value: 'America/New_York' },
  { label: 'Central (Chicago, Austin)', value: 'America/Chicago' },
  { label: 'Mountain (Denver)', value: 'America/Denver' },
  { label: 'Arizona, no daylight saving (Phoenix, Tucson)', value: 'America/Phoenix' },
  { label: 'Pacific (Los Angeles, Portland)', value: 'America/Los_Angeles' },
  { label: 'Alaska (Anchorage)', value: 'America/Anchorage' },
  { label: 'Hawaii (Honolulu)', value: 'Pacific/Honolulu' },
] as const

/** One of {@link US_TIMEZONE_OPTIONS}' IANA names. */
export type UsTimeZone = (typeof US_TIMEZONE_OPTIONS)[number]['value']
