/*
 * Dates as old sites write them, turned into ISO date-times. Machine dates (metadata, WXR) come
 * with a time zone or are UTC by convention; a date shown to readers ("March 3, 2024") has no
 * time, so it is taken at noon UTC, which stays the same calendar day across the Americas and
 * Europe wherever the site is later shown.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** Years a post's date can plausibly have; WordPress writes `-0001` or `0000` for "no date". */
const MIN_YEAR = 1990
const MAX_YEAR = 2200

function iso(ms: number): string | null {
  if (!Number.isFinite(ms)) return null
  const year = new Date(ms).getUTCFullYear()
  return year >= MIN_YEAR && year <= MAX_YEAR ? new Date(ms).toISOString() : null
}

function noonUtc(year: number, month: number, day: number): string | null {
  const ms = Date.UTC(year, month - 1, day, 12)
  const date = new Date(ms)
  // Rejects days a month does not have ("February 30"), which Date would roll over.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return iso(ms)
}

function monthNumber(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase())
  return index < 0 ? null : index + 1
}

/**
 * A machine-readable date (ISO 8601 with or without offset, `YYYY-MM-DD HH:MM:SS` as WordPress
 * writes it, RFC 2822 as RSS does) or a shown date with a year ("March 3, 2024", "3 Mar 2024"),
 * as an ISO date-time in UTC; null when it is none of these. Dates without an offset are UTC.
 */
export function parseDate(value: string | null | undefined): string | null {
  const text = (value ?? '').trim()
  if (text === '') return null

  // ISO 8601 and WordPress's "2024-01-16 17:00:00", with optional seconds, fraction and offset.
  const machine = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text)
  if (machine) {
    const [, year, month, day, hour, minute, second, fraction, offset] = machine
    if (hour === undefined) return noonUtc(Number(year), Number(month), Number(day))
    const zone = offset === undefined || offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`
    const stamp = `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${fraction ? `.${fraction.slice(0, 3).padEnd(3, '0')}` : ''}${zone}`
    const ms = Date.parse(stamp)
    // Date.parse accepts 24:00 and similar; a real date must survive the round trip of its day.
    return Number.isFinite(ms) && noonUtc(Number(year), Number(month), Number(day)) !== null ? iso(ms) : null
  }

  // RFC 2822, as in RSS `pubDate`: "Tue, 16 Jan 2024 17:00:00 +0000".
  const rfc = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(-?\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|GMT|UTC|[+-]\d{4})?$/i.exec(text)
  if (rfc) {
    const [, day, monthName, year, hour, minute, second, offset] = rfc
    const month = monthNumber(monthName as string)
    if (month === null || noonUtc(Number(year), month, Number(day)) === null) return null
    const zone = offset === undefined || /^(Z|GMT|UTC)$/i.test(offset) ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(3)}`
    return iso(Date.parse(`${year}-${String(month).padStart(2, '0')}-${day?.padStart(2, '0')}T${hour}:${minute}:${second ?? '00'}${zone}`))
  }

  const shown = parseShownDate(text)
  if (shown?.year !== undefined) return noonUtc(shown.year, shown.month, shown.day)
  return null
}

/** A date as shown to readers, with or without its year. */
export interface ShownDate {
  month: number
  day: number
  year?: number
}

/**
 * A date as a page shows it: "March 3, 2024", "Mar 3 2024", "3 March 2024", "Sep 4" (no year),
 * found anywhere in a short text such as "All · March 3, 2024". Null when there is none.
 */
export function parseShownDate(text: string): ShownDate | null {
  const monthPattern = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
  const monthFirst = new RegExp(`\\b${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'i').exec(text)
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthPattern}(?:,?\\s+(\\d{4}))?\\b`, 'i').exec(text)
  let found: ShownDate | null = null
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] as string)
    if (month !== null) found = { month, day: Number(monthFirst[2]), ...(monthFirst[3] ? { year: Number(monthFirst[3]) } : {}) }
  } else if (dayFirst) {
    const month = monthNumber(dayFirst[2] as string)
    if (month !== null) found = { month, day: Number(dayFirst[1]), ...(dayFirst[3] ? { year: Number(dayFirst[3]) } : {}) }
  }
  if (found === null || found.day < 1 || found.day > 31) return null
  return found
}

/**
 * A shown date without a year, completed with the year of `reference` (another date of the page,
 * such as its last modification): the latest such date not after the reference.
 */
export function completeShownDate(shown: ShownDate, reference: string): string | null {
  const referenceMs = Date.parse(reference)
  if (!Number.isFinite(referenceMs)) return null
  const year = new Date(referenceMs).getUTCFullYear()
  const sameYear = noonUtc(year, shown.month, shown.day)
  if (sameYear !== null && Date.parse(sameYear) <= referenceMs + 12 * 3_600_000) return sameYear
  return noonUtc(year - 1, shown.month, shown.day)
}
