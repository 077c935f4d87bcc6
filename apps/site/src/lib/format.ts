import { type Clinic, type CostRange, WEEKDAYS, type Weekday } from '@clinic/schema'

/*
 * How numbers, dates and hours read on the pages. Everything is in US English and dates in
 * UTC, so a page does not depend on the locale or time zone of the machine that built it.
 */

const EN_DASH = '–'

function money(cents: number, currency: CostRange['currency']): string {
  const whole = cents % 100 === 0
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100)
}

/** `$50–$150`; cents only when needed (`$49.50`); one value when both ends are equal. */
export function formatCostRange(cost: CostRange): string {
  const min = money(cost.minCents, cost.currency)
  return cost.minCents === cost.maxCents ? min : `${min}${EN_DASH}${money(cost.maxCents, cost.currency)}`
}

/** `15–30 minutes`, or `45 minutes` when both ends are equal. */
export function formatMinutesRange(range: { minMinutes: number; maxMinutes: number }): string {
  const unit = range.maxMinutes === 1 ? 'minute' : 'minutes'
  return range.minMinutes === range.maxMinutes ? `${range.minMinutes} ${unit}` : `${range.minMinutes}${EN_DASH}${range.maxMinutes} ${unit}`
}

function parseDate(iso: string): Date {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new Error(`"${iso}" is not an ISO 8601 date`)
  return date
}

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** `March 3, 2026`, the UTC calendar date of an ISO date-time. */
export function formatDate(iso: string): string {
  return longDate.format(parseDate(iso))
}

/** `2026-03-03`, the UTC calendar date of an ISO date-time, for `<time datetime>` and sitemaps. */
export function isoDate(iso: string): string {
  return parseDate(iso).toISOString().slice(0, 10)
}

/**
 * `8:00 AM` from a 24-hour `08:00`. Written by hand because `Intl` puts a narrow no-break space
 * before AM/PM in recent ICU versions, which would make the text differ between Node versions.
 */
export function formatClockTime(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  if (match === null) throw new Error(`"${time}" is not a HH:MM time`)
  const hours = Number(match[1])
  const hour12 = hours % 12 === 0 ? 12 : hours % 12
  return `${hour12}:${match[2]} ${hours < 12 ? 'AM' : 'PM'}`
}

/** One row of an opening-hours table. */
export interface OpeningHoursRow {
  /** `Monday`. */
  day: string
  weekday: Weekday
  /** `8:00 AM – 6:00 PM`, or `Closed`. */
  hours: string
  /** `08:00`, for `<time>`; absent on a closed day. */
  opens?: string
  closes?: string
}

/** A clinic's week as table rows, Monday first. */
export function openingHoursRows(clinic: Pick<Clinic, 'openingHours'>): OpeningHoursRow[] {
  return [...clinic.openingHours]
    .sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day))
    .map((entry) => {
      const day = `${entry.day.charAt(0).toUpperCase()}${entry.day.slice(1)}`
      if (entry.closed) return { day, weekday: entry.day, hours: 'Closed' }
      return {
        day,
        weekday: entry.day,
        hours: `${formatClockTime(entry.opens)} ${EN_DASH} ${formatClockTime(entry.closes)}`,
        opens: entry.opens,
        closes: entry.closes,
      }
    })
}

/**
 * A phone number for display: as the editor typed it (the schema allows only digits, spaces and
 * `+ ( ) - .`), with stray whitespace tidied. Links use `toTelHref` from `@clinic/schema`.
 */
export function formatPhone(phone: string): string {
  return phone.trim().replace(/\s+/g, ' ')
}

/** Plain text an editor wrote with blank lines between paragraphs, as paragraphs (line breaks inside one kept as spaces). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
}

const SHORT_DAYS: Record<Weekday, string> = { monday: 'Mon', tuesday: 'Tue', wednesday: 'Wed', thursday: 'Thu', friday: 'Fri', saturday: 'Sat', sunday: 'Sun' }

/** `8 AM` from `08:00`, `7:30 AM` from `07:30`: a clock time as short as it reads unambiguously. */
export function formatShortClockTime(time: string): string {
  return formatClockTime(time).replace(':00 ', ' ')
}

/**
 * A clinic's week in one line, consecutive days with the same hours merged:
 * `Mon–Fri 8 AM–6 PM · Sat 9 AM–1 PM · Sun closed`. A static page cannot know which day it is
 * read on (and the pages carry no script), so the home page shows this instead of "today".
 */
export function weeklyHoursSummary(clinic: Pick<Clinic, 'openingHours'>): string {
  const days = [...clinic.openingHours].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day))
  const hoursOf = (entry: (typeof days)[number]) => (entry.closed ? 'closed' : `${formatShortClockTime(entry.opens)}${EN_DASH}${formatShortClockTime(entry.closes)}`)
  const runs: { first: Weekday; last: Weekday; hours: string }[] = []
  for (const entry of days) {
    const hours = hoursOf(entry)
    const previous = runs.at(-1)
    if (previous !== undefined && previous.hours === hours) previous.last = entry.day
    else runs.push({ first: entry.day, last: entry.day, hours })
  }
  return runs.map((run) => `${SHORT_DAYS[run.first]}${run.first === run.last ? '' : `${EN_DASH}${SHORT_DAYS[run.last]}`} ${run.hours}`).join(' · ')
}
