import { describe, expect, it } from 'vitest'
import { completeShownDate, parseDate, parseShownDate } from './dates'

describe('dates', () => {
  it('reads machine dates with and without offsets, as UTC', () => {
    expect(parseDate('2024-03-12T16:30:00+00:00')).toBe('2024-03-12T16:30:00.000Z')
    expect(parseDate('2024-05-21T08:00:00-0400')).toBe('2024-05-21T12:00:00.000Z')
    expect(parseDate('2024-01-16 17:00:00')).toBe('2024-01-16T17:00:00.000Z')
    expect(parseDate('2023-09-04T16:20:00.123456Z')).toBe('2023-09-04T16:20:00.123Z')
    expect(parseDate('Tue, 16 Jan 2024 17:00:00 +0000')).toBe('2024-01-16T17:00:00.000Z')
    expect(parseDate('Tue, 16 Jan 2024 09:00:00 -0800')).toBe('2024-01-16T17:00:00.000Z')
  })

  it('takes a day without a time at noon UTC, so it stays the same day across time zones', () => {
    expect(parseDate('2024-05-21')).toBe('2024-05-21T12:00:00.000Z')
    expect(parseDate('March 3, 2024')).toBe('2024-03-03T12:00:00.000Z')
    expect(parseDate('3 Mar 2024')).toBe('2024-03-03T12:00:00.000Z')
  })

  it('refuses WordPress’s empty dates, impossible days and text without a date', () => {
    expect(parseDate('0000-00-00 00:00:00')).toBeNull()
    expect(parseDate('Mon, 30 Nov -0001 00:00:00 +0000')).toBeNull()
    expect(parseDate('2024-02-30')).toBeNull()
    expect(parseDate('soon')).toBeNull()
    expect(parseDate('')).toBeNull()
  })

  it('finds shown dates with or without a year', () => {
    expect(parseShownDate('All · March 3, 2024')).toEqual({ month: 3, day: 3, year: 2024 })
    expect(parseShownDate('Sep 4')).toEqual({ month: 9, day: 4 })
    expect(parseShownDate('4 min read')).toBeNull()
  })

  it('completes a date without a year with the latest such day not after the reference', () => {
    expect(completeShownDate({ month: 9, day: 4 }, '2023-09-06T08:00:00Z')).toBe('2023-09-04T12:00:00.000Z')
    expect(completeShownDate({ month: 12, day: 28 }, '2024-01-05T00:00:00Z')).toBe('2023-12-28T12:00:00.000Z')
  })
})
