import { describe, expect, it } from 'vitest'
import { BookingSchema, ClinicSchema, ClockTimeSchema, OpeningHoursSchema, PostalAddressSchema, WEEKDAYS } from './clinic'
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
