import type { Weekday } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { readingTimeLabel } from './articles'
import { formatClockTime, formatCostRange, formatDate, formatMinutesRange, formatPhone, isoDate, openingHoursRows, paragraphsOf, weeklyHoursSummary } from './format'
import { snapshot } from '../../tests/helpers/fixture'

describe('formatCostRange', () => {
  it('shows whole dollars without cents, joined by an en dash', () => {
    expect(formatCostRange({ minCents: 5000, maxCents: 15000, currency: 'USD' })).toBe('$50–$150')
  })

  it('shows cents only on an amount that has them', () => {
    expect(formatCostRange({ minCents: 4950, maxCents: 9500, currency: 'USD' })).toBe('$49.50–$95')
  })

  it('shows one amount when both ends are equal, with thousands separators', () => {
    expect(formatCostRange({ minCents: 120000, maxCents: 120000, currency: 'USD' })).toBe('$1,200')
    expect(formatCostRange({ minCents: 0, maxCents: 0, currency: 'USD' })).toBe('$0')
  })
})

describe('formatMinutesRange', () => {
  it('shows a range or a single length', () => {
    expect(formatMinutesRange({ minMinutes: 15, maxMinutes: 30 })).toBe('15–30 minutes')
    expect(formatMinutesRange({ minMinutes: 45, maxMinutes: 45 })).toBe('45 minutes')
    expect(formatMinutesRange({ minMinutes: 1, maxMinutes: 1 })).toBe('1 minute')
  })
})

describe('formatDate and isoDate', () => {
  it('show the UTC calendar date whatever the offset', () => {
    expect(formatDate('2026-03-03T09:00:00.000Z')).toBe('March 3, 2026')
    expect(isoDate('2026-03-03T09:00:00.000Z')).toBe('2026-03-03')
    // 23:30 on March 2 in Phoenix is already March 3 in UTC.
    expect(formatDate('2026-03-02T23:30:00-07:00')).toBe('March 3, 2026')
    expect(isoDate('2026-03-02T23:30:00-07:00')).toBe('2026-03-03')
  })

  it('reject text that is not a date, naming it', () => {
    expect(() => formatDate('next Tuesday')).toThrow('"next Tuesday" is not an ISO 8601 date')
  })

  it('keep the article helpers working', () => {
    expect(readingTimeLabel(4)).toBe('4 min read')
  })
})

describe('formatClockTime', () => {
  it('shows a 12-hour time with a plain space before AM or PM', () => {
    expect(['00:00', '00:30', '07:30', '12:00', '13:05', '23:59'].map(formatClockTime)).toEqual([
      '12:00 AM',
      '12:30 AM',
      '7:30 AM',
      '12:00 PM',
      '1:05 PM',
      '11:59 PM',
    ])
  })
})

describe('openingHoursRows', () => {
  it('lists the week Monday first, with closed days marked', () => {
    const clinic = snapshot().clinics[0]
    if (!clinic) throw new Error('fixture has no clinic')
    const rows = openingHoursRows({ openingHours: [...clinic.openingHours].reverse() })
    expect(rows.map((row) => row.day)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    expect(rows[0]).toEqual({ day: 'Monday', weekday: 'monday', hours: '8:00 AM – 6:00 PM', opens: '08:00', closes: '18:00' })
    expect(rows[5]).toMatchObject({ day: 'Saturday', hours: '9:00 AM – 1:00 PM' })
    expect(rows[6]).toEqual({ day: 'Sunday', weekday: 'sunday', hours: 'Closed' })
  })
})

describe('formatPhone', () => {
  it('keeps the number as typed, tidying whitespace only', () => {
    expect(formatPhone('(503) 555-0142')).toBe('(503) 555-0142')
    expect(formatPhone('  +1 503  555 0142 ')).toBe('+1 503 555 0142')
  })
})

describe('paragraphsOf', () => {
  it('splits at blank lines, joins the lines of a paragraph, drops empty ones', () => {
    expect(paragraphsOf('We keep your details\nonly to arrange a visit.\n\n  \n\nWe never sell them.\n')).toEqual(['We keep your details only to arrange a visit.', 'We never sell them.'])
    expect(paragraphsOf('One paragraph.')).toEqual(['One paragraph.'])
  })
})

describe('weeklyHoursSummary', () => {
  const day = (name: Weekday, opens: string, closes: string) => ({ day: name, closed: false as const, opens, closes })
  it('merges consecutive days with the same hours and says which days are closed', () => {
    const [portland] = snapshot().clinics
    if (!portland) throw new Error('fixture changed: no clinic')
    expect(weeklyHoursSummary(portland)).toBe('Mon–Fri 8 AM–6 PM · Sat 9 AM–1 PM · Sun closed')
  })

  it('keeps minutes that are not zero, and does not merge days that are not next to each other', () => {
    const openingHours = [
      day('monday', '07:30', '17:00'),
      day('tuesday', '07:30', '17:00'),
      { day: 'wednesday' as const, closed: true as const },
      day('thursday', '07:30', '17:00'),
      day('friday', '12:00', '20:15'),
      { day: 'saturday' as const, closed: true as const },
      { day: 'sunday' as const, closed: true as const },
    ]
    expect(weeklyHoursSummary({ openingHours })).toBe('Mon–Tue 7:30 AM–5 PM · Wed closed · Thu 7:30 AM–5 PM · Fri 12 PM–8:15 PM · Sat–Sun closed')
  })
})
