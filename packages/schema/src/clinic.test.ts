import { describe, expect, it } from 'vitest'
import { BookingSchema, ClinicSchema, ClockTimeSchema, OpeningHoursSchema, PostalAddressSchema, SpecialHoursSchema, WEEKDAYS, daysCovered } from './clinic'
import { makeValidSnapshot } from './testing'

function clinic(index = 0) {
  const value = makeValidSnapshot().clinics[index]
  if (!value) throw new Error(`fixture has no clinic ${index}`)
  return value
}

function issuesOf(value: unknown) {
  const result = ClinicSchema.safeParse(value)
  expect(result.success).toBe(false)
  return result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message })) ?? []
}

describe('ClinicSchema', () => {
  it('accepts both fixture clinics unchanged', () => {
    for (const index of [0, 1]) {
      const input = clinic(index)
      expect(ClinicSchema.parse(input)).toEqual(input)
    }
  })

  it('rejects a day that closes before it opens, at that day’s closes field', () => {
    const input = clinic()
    input.openingHours[2] = { day: 'wednesday', closed: false, opens: '17:00', closes: '09:00' }
    expect(issuesOf(input)).toEqual([{ path: ['openingHours', 2, 'closes'], message: 'closing time must be after opening time' }])
  })

  it('rejects a day that closes when it opens', () => {
    const input = clinic()
    input.openingHours[0] = { day: 'monday', closed: false, opens: '09:00', closes: '09:00' }
    expect(issuesOf(input)).toEqual([{ path: ['openingHours', 0, 'closes'], message: 'closing time must be after opening time' }])
  })

  it('needs exactly seven days', () => {
    const input = clinic()
    input.openingHours.pop()
    expect(issuesOf(input)).toEqual([{ path: ['openingHours'], message: 'opening hours need one entry per weekday' }])
  })

  it('needs the days from monday to sunday in order', () => {
    const input = clinic()
    input.openingHours.reverse()
    expect(issuesOf(input)).toEqual([{ path: ['openingHours'], message: 'opening hours must list monday to sunday in order' }])
  })

  it('rejects a malformed email but accepts none', () => {
    expect(ClinicSchema.safeParse({ ...clinic(), email: null }).success).toBe(true)
    expect(issuesOf({ ...clinic(), email: 'portland at clinic' })).toEqual([{ path: ['email'], message: 'clinic email must be an email address' }])
  })

  it('rejects a phone number that is too short', () => {
    expect(issuesOf({ ...clinic(), phone: '555-0142' })).toEqual([{ path: ['phone'], message: 'phone must have at least 10 digits' }])
  })

  it('rejects coordinates off the globe', () => {
    expect(issuesOf({ ...clinic(), geo: { lat: 91, lng: -122.6 } }).map((issue) => issue.path)).toEqual([['geo', 'lat']])
    expect(issuesOf({ ...clinic(), geo: { lat: 45.5, lng: 181 } }).map((issue) => issue.path)).toEqual([['geo', 'lng']])
  })

  it('reports a blank name and a bad slug together', () => {
    expect(issuesOf({ ...clinic(), slug: 'Portland OR', name: '  ' })).toEqual([
      { path: ['name'], message: 'must not be empty' },
      { path: ['slug'], message: 'slug may contain only a-z, 0-9 and single hyphens between words' },
    ])
  })
})

describe('ClinicSchema specialHours', () => {
  const closedOn = (from: string, through = from) => ({ from, through, closed: true as const })

  it('parses a clinic from a snapshot made before special hours existed, with none', () => {
    const older: Partial<ReturnType<typeof clinic>> = clinic()
    delete older.specialHours
    expect(ClinicSchema.parse(older).specialHours).toEqual([])
  })

  it('accepts entries that touch but do not overlap, in any order', () => {
    const specialHours = [closedOn('2026-12-31', '2027-01-01'), closedOn('2026-12-24', '2026-12-26'), closedOn('2026-12-27')]
    expect(ClinicSchema.parse({ ...clinic(), specialHours }).specialHours).toEqual(specialHours)
  })

  it('refuses a second entry for a day, at the later entry, naming the earlier one', () => {
    const specialHours = [closedOn('2026-12-24', '2026-12-26'), closedOn('2026-11-26'), { ...closedOn('2026-12-26'), closed: false, opens: '10:00', closes: '14:00' }]
    expect(issuesOf({ ...clinic(), specialHours })).toEqual([
      { path: ['specialHours', 2, 'from'], message: 'these dates overlap special hours entry 1 (2026-12-24 to 2026-12-26); each day may have only one entry' },
    ])
  })

  it('reports the entry and field of a problem inside an entry', () => {
    const specialHours = [closedOn('2026-11-26'), { from: '2026-12-24', through: '2026-12-24', closed: false, opens: '14:00', closes: '10:00' }]
    expect(issuesOf({ ...clinic(), specialHours })).toEqual([{ path: ['specialHours', 1, 'closes'], message: 'closing time must be after opening time' }])
  })
})

describe('SpecialHoursSchema', () => {
  it('accepts a closed day with a note, and drops times given for it', () => {
    expect(SpecialHoursSchema.parse({ from: '2026-11-26', through: '2026-11-26', closed: true, opens: '09:00', closes: '12:00', note: ' Thanksgiving ' })).toEqual({
      from: '2026-11-26',
      through: '2026-11-26',
      closed: true,
      note: 'Thanksgiving',
    })
  })

  it('accepts shortened hours over a range of days', () => {
    const entry = { from: '2026-12-24', through: '2026-12-31', closed: false, opens: '09:00', closes: '13:00' }
    expect(SpecialHoursSchema.parse(entry)).toEqual(entry)
  })

  it('needs both times on an open entry, as a weekday does', () => {
    expect(SpecialHoursSchema.safeParse({ from: '2026-12-24', through: '2026-12-24', closed: false, opens: '09:00' }).error?.issues.map((issue) => issue.path)).toEqual([['closes']])
  })

  it.each([['2026-02-30'], ['2026-12-1'], ['12/24/2026'], ['2026-12-24T00:00:00Z']])('rejects the date %s', (from) => {
    expect(SpecialHoursSchema.safeParse({ from, through: '2026-12-24', closed: true }).error?.issues).toEqual([
      expect.objectContaining({ path: ['from'], message: 'date must be YYYY-MM-DD' }),
    ])
  })

  it('refuses a last day before the first, at the last day', () => {
    expect(SpecialHoursSchema.safeParse({ from: '2026-12-26', through: '2026-12-24', closed: true }).error?.issues).toEqual([
      expect.objectContaining({ path: ['through'], message: 'the last day must be on or after the first day' }),
    ])
  })

  it('covers at most 31 days (January is fine, 32 days are not)', () => {
    expect(SpecialHoursSchema.safeParse({ from: '2027-01-01', through: '2027-01-31', closed: true }).success).toBe(true)
    expect(SpecialHoursSchema.safeParse({ from: '2027-01-01', through: '2027-02-01', closed: true }).error?.issues).toEqual([
      expect.objectContaining({ path: ['through'], message: 'one entry may cover at most 31 days; split a longer closure into several entries' }),
    ])
  })

  it('refuses a note longer than a few words', () => {
    expect(SpecialHoursSchema.safeParse({ from: '2026-12-24', through: '2026-12-24', closed: true, note: 'x'.repeat(61) }).error?.issues.map((issue) => issue.path)).toEqual([
      ['note'],
    ])
  })
})

describe('daysCovered', () => {
  it('counts both ends, across a daylight-saving change and a leap day', () => {
    expect(daysCovered({ from: '2026-11-26', through: '2026-11-26' })).toBe(1)
    expect(daysCovered({ from: '2026-03-07', through: '2026-03-09' })).toBe(3)
    expect(daysCovered({ from: '2028-02-28', through: '2028-03-01' })).toBe(3)
  })
})

describe('OpeningHoursSchema', () => {
  it('accepts a closed day without times', () => {
    expect(OpeningHoursSchema.parse({ day: 'sunday', closed: true })).toEqual({ day: 'sunday', closed: true })
  })

  it('drops times given for a closed day', () => {
    expect(OpeningHoursSchema.parse({ day: 'sunday', closed: true, opens: '09:00', closes: '12:00' })).toEqual({ day: 'sunday', closed: true })
  })

  it('requires both times on an open day', () => {
    const result = OpeningHoursSchema.safeParse({ day: 'monday', closed: false, opens: '09:00' })
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['closes']])
  })

  it('rejects an unknown weekday', () => {
    expect(OpeningHoursSchema.safeParse({ day: 'mon', closed: true }).error?.issues.map((issue) => issue.path)).toEqual([['day']])
  })

  it('lists the weekdays monday first', () => {
    expect(WEEKDAYS).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
  })
})

describe('ClockTimeSchema', () => {
  it.each(['00:00', '07:30', '23:59'])('accepts %s', (value) => {
    expect(ClockTimeSchema.parse(value)).toBe(value)
  })

  it.each(['24:00', '9:00', '09:60', '9am', '09:00:00'])('rejects %s', (value) => {
    expect(ClockTimeSchema.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual(['time must be HH:MM on a 24-hour clock'])
  })
})

describe('PostalAddressSchema', () => {
  const address = { street: '410 Quay Street', city: 'Portland', state: 'OR', postalCode: '97209', country: 'US' }

  it('accepts a ZIP and a ZIP+4, with or without a second street line', () => {
    expect(PostalAddressSchema.parse(address)).toEqual(address)
    expect(PostalAddressSchema.parse({ ...address, street2: 'Suite 2', postalCode: '97209-1234' })).toEqual({ ...address, street2: 'Suite 2', postalCode: '97209-1234' })
  })

  it.each(['9720', '972091', '97209-12', 'V6B 1A1'])('rejects postal code %s', (postalCode) => {
    expect(PostalAddressSchema.safeParse({ ...address, postalCode }).error?.issues).toEqual([
      expect.objectContaining({ path: ['postalCode'], message: 'postal code must be a 5-digit ZIP or ZIP+4' }),
    ])
  })

  it('rejects addresses outside the US', () => {
    expect(PostalAddressSchema.safeParse({ ...address, country: 'CA' }).error?.issues.map((issue) => issue.path)).toEqual([['country']])
    expect(PostalAddressSchema.safeParse({ ...address, state: 'BC' }).error?.issues.map((issue) => issue.path)).toEqual([['state']])
  })
})

describe('BookingSchema', () => {
  it('accepts form, phone and url booking', () => {
    expect(BookingSchema.parse({ method: 'form' })).toEqual({ method: 'form' })
    expect(BookingSchema.parse({ method: 'phone', note: 'Call before 5pm.' })).toEqual({ method: 'phone', note: 'Call before 5pm.' })
    expect(BookingSchema.parse({ method: 'url', url: 'https://booking.example/x' })).toEqual({ method: 'url', url: 'https://booking.example/x' })
  })

  it('needs an http(s) address for url booking', () => {
    expect(BookingSchema.safeParse({ method: 'url' }).error?.issues.map((issue) => issue.path)).toEqual([['url']])
    expect(BookingSchema.safeParse({ method: 'url', url: 'javascript:alert(1)' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['url'], message: 'must be an absolute http(s) URL' }),
    ])
  })

  it('rejects an unknown booking method', () => {
    expect(BookingSchema.safeParse({ method: 'email' }).error?.issues.map((issue) => issue.path)).toEqual([['method']])
  })
})
