import type { Clinic, SpecialHours } from '@clinic/schema'
import { formatClockTime } from './format'

/*
 * A clinic's holiday closures and date-specific hours as the pages show them. Dates are calendar
 * days (`2026-11-26`) with no time zone, and are written by hand, like the clock times in
 * ./format.ts, so that the text does not change with the ICU version of the building machine.
 */

const EN_DASH = '–'
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const
const DAY_MS = 86_400_000

interface Day {
  year: number
  month: string
  day: number
  weekday: string
}

function dayOf(date: string): Day {
  const value = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(value.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`"${date}" is not a YYYY-MM-DD date`)
  return { year: value.getUTCFullYear(), month: MONTHS[value.getUTCMonth()] ?? '', day: value.getUTCDate(), weekday: WEEKDAYS[value.getUTCDay()] ?? '' }
}

/**
 * The days of an entry in words: `Thursday, November 26, 2026`; a run of days as
 * `December 24–26, 2026`, `November 30 – December 2, 2026` or `December 31, 2026 – January 1, 2027`.
 * `withYear: false` leaves the year out (for notices about the next two weeks).
 */
export function formatSpecialDays(entry: Pick<SpecialHours, 'from' | 'through'>, { withYear = true } = {}): string {
  const from = dayOf(entry.from)
  const year = (day: Day) => (withYear ? `, ${day.year}` : '')
  if (entry.through === entry.from) return `${from.weekday}, ${from.month} ${from.day}${year(from)}`
  const through = dayOf(entry.through)
  if (from.year !== through.year) return `${from.month} ${from.day}, ${from.year} ${EN_DASH} ${through.month} ${through.day}, ${through.year}`
  if (from.month !== through.month) return `${from.month} ${from.day} ${EN_DASH} ${through.month} ${through.day}${year(through)}`
  return `${from.month} ${from.day}${EN_DASH}${through.day}${year(through)}`
}

/** `Closed`, or `9:00 AM – 1:00 PM` as the weekly hours read. */
export function formatSpecialHoursTime(entry: SpecialHours): string {
  return entry.closed ? 'Closed' : `${formatClockTime(entry.opens)} ${EN_DASH} ${formatClockTime(entry.closes)}`
}

/** The calendar day `days` after `date`. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The day a build counts "upcoming" from: the day before the snapshot's UTC date. The CMS leaves
 * out what is over on the brand's own clocks; every US zone is behind UTC by less than a day, so
 * this only removes what a snapshot file kept for long has left behind.
 */
export function firstShownDay(generatedAt: string): string {
  return addDays(generatedAt.slice(0, 10), -1)
}

/** The clinic's special hours not over on `today` (`YYYY-MM-DD`), soonest first. */
export function upcomingSpecialHours(clinic: Pick<Clinic, 'specialHours'>, today: string): SpecialHours[] {
  return clinic.specialHours.filter((entry) => entry.through >= today).sort((a, b) => a.from.localeCompare(b.from))
}

/** How many days ahead a closure is announced in a clinic's summary (the home page). */
export const CLOSURE_NOTICE_DAYS = 14

/**
 * `Closed on Thursday, November 26 (Thanksgiving)` (`Closed December 24–26` for a run of days) for each closure starting within
 * {@link CLOSURE_NOTICE_DAYS} days of `today`, or going on then; soonest first.
 */
export function upcomingClosures(clinic: Pick<Clinic, 'specialHours'>, today: string): string[] {
  const last = addDays(today, CLOSURE_NOTICE_DAYS)
  return upcomingSpecialHours(clinic, today)
    .filter((entry) => entry.closed && entry.from <= last)
    .map((entry) => `Closed ${entry.from === entry.through ? 'on ' : ''}${formatSpecialDays(entry, { withYear: false })}${entry.note ? ` (${entry.note})` : ''}`)
}
