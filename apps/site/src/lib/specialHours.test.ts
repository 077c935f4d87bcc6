import type { SpecialHours } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { firstShownDay, formatSpecialDays, formatSpecialHoursTime, upcomingClosures, upcomingSpecialHours } from './specialHours'

const closed = (from: string, through = from, note?: string): SpecialHours => ({ from, through, closed: true, ...(note ? { note } : {}) })

describe('formatSpecialDays', () => {
  it('writes one day with its weekday', () => {
    expect(formatSpecialDays({ from: '2026-11-26', through: '2026-11-26' })).toBe('Thursday, November 26, 2026')
    expect(formatSpecialDays({ from: '2026-11-26', through: '2026-11-26' }, { withYear: false })).toBe('Thursday, November 26')
  })

  it('writes a run of days as short as it reads', () => {
    expect(formatSpecialDays({ from: '2026-12-24', through: '2026-12-26' })).toBe('December 24–26, 2026')
    expect(formatSpecialDays({ from: '2026-11-30', through: '2026-12-02' })).toBe('November 30 – December 2, 2026')
    expect(formatSpecialDays({ from: '2026-12-31', through: '2027-01-01' })).toBe('December 31, 2026 – January 1, 2027')
  })

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => formatSpecialDays({ from: '26/11/2026', through: '26/11/2026' })).toThrow('"26/11/2026" is not a YYYY-MM-DD date')
  })
})

describe('formatSpecialHoursTime', () => {
  it('reads like the weekly hours', () => {
    expect(formatSpecialHoursTime(closed('2026-11-26'))).toBe('Closed')
    expect(formatSpecialHoursTime({ from: '2026-12-24', through: '2026-12-24', closed: false, opens: '09:00', closes: '13:30' })).toBe('9:00 AM – 1:30 PM')
  })
})

describe('upcomingSpecialHours', () => {
  it('keeps what is not over yet, soonest first', () => {
    const clinic = { specialHours: [closed('2026-12-24', '2026-12-26'), closed('2026-11-20'), closed('2026-11-25', '2026-11-27')] }
    expect(upcomingSpecialHours(clinic, '2026-11-26').map((entry) => entry.from)).toEqual(['2026-11-25', '2026-12-24'])
  })

  it('counts from the day before the snapshot’s UTC date, so an evening snapshot in the US keeps that day', () => {
    // 03:00 UTC on November 27 is the evening of November 26 in every US zone.
    expect(firstShownDay('2026-11-27T03:00:00.000Z')).toBe('2026-11-26')
    expect(firstShownDay('2027-01-01T00:30:00.000Z')).toBe('2026-12-31')
  })
})

describe('upcomingClosures', () => {
  it('announces closures starting within two weeks, with their note, and not shortened hours', () => {
    const clinic = {
      specialHours: [
        closed('2026-11-26', '2026-11-26', 'Thanksgiving'),
        { from: '2026-11-27', through: '2026-11-27', closed: false as const, opens: '09:00', closes: '13:00' },
        closed('2026-12-10'),
        closed('2026-12-24', '2026-12-26'),
      ],
    }
    expect(upcomingClosures(clinic, '2026-11-26')).toEqual(['Closed on Thursday, November 26 (Thanksgiving)', 'Closed on Thursday, December 10'])
  })

  it('announces a closure already going on', () => {
    expect(upcomingClosures({ specialHours: [closed('2026-12-20', '2026-12-31')] }, '2026-12-27')).toEqual(['Closed December 20–31'])
  })
})
