import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  DateTimeSchema,
  DomainSchema,
  HexColorSchema,
  HttpUrlSchema,
  IdSchema,
  NonEmptyTextSchema,
  PhoneSchema,
  toTelHref,
} from './common'

/** The messages of a failed parse; fails the test if the value was accepted. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value)
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`)
  return result.error.issues.map((issue) => issue.message)
}

describe('IdSchema', () => {
  it('accepts any non-empty string id, whatever database made it', () => {
    expect(IdSchema.parse('42')).toBe('42')
    expect(IdSchema.parse('65f1c0a2b7e4d3a1c9f0e812')).toBe('65f1c0a2b7e4d3a1c9f0e812')
  })

  it('rejects an empty id with its own message', () => {
    expect(messages(IdSchema, '')).toEqual(['id must not be empty'])
  })

  it('rejects numeric ids: the snapshot carries strings only', () => {
    expect(messages(IdSchema, 42)).toEqual([expect.stringMatching(/expected string, received number/)])
  })
})

describe('DateTimeSchema', () => {
  it('accepts ISO date-times in UTC or with an offset', () => {
    expect(DateTimeSchema.parse('2026-03-01T09:00:00.000Z')).toBe('2026-03-01T09:00:00.000Z')
    expect(DateTimeSchema.parse('2026-03-01T09:00:00-07:00')).toBe('2026-03-01T09:00:00-07:00')
  })

  it.each(['2026-03-01', '2026-03-01T09:00:00', '01/03/2026 09:00', '2026-02-30T09:00:00Z'])('rejects %s', (value) => {
    expect(DateTimeSchema.safeParse(value).success).toBe(false)
  })
})

describe('HexColorSchema', () => {
  it('accepts #rrggbb and lower-cases it', () => {
    expect(HexColorSchema.parse('#1F5C7A')).toBe('#1f5c7a')
    expect(HexColorSchema.parse('#abcdef')).toBe('#abcdef')
  })

  it.each(['#fff', '1f5c7a', '#1f5c7g', 'red', '#1f5c7a80'])('rejects %s', (value) => {
    expect(messages(HexColorSchema, value)).toEqual(['colour must be a #rrggbb hex value'])
  })
})

describe('HttpUrlSchema', () => {
  it('accepts absolute http and https URLs', () => {
    expect(HttpUrlSchema.parse('https://booking.example/tempe?ref=site')).toBe('https://booking.example/tempe?ref=site')
    expect(HttpUrlSchema.parse('http://legacy.example/')).toBe('http://legacy.example/')
  })

  it.each(['ftp://files.example/a.pdf', 'javascript:alert(1)', 'mailto:hello@clinic.example', '/about', 'booking.example'])(
    'rejects %s',
    (value) => {
      expect(messages(HttpUrlSchema, value)).toEqual(['must be an absolute http(s) URL'])
    },
  )
})

describe('PhoneSchema', () => {
  it.each(['(480) 555-0134', '+1 617 555 0199', '480.555.0134', '4805550134'])('accepts %s unchanged', (value) => {
    expect(PhoneSchema.parse(value)).toBe(value)
  })

  it('rejects numbers with fewer than 10 digits', () => {
    expect(messages(PhoneSchema, '555-0134')).toEqual(['phone must have at least 10 digits'])
  })

  it('rejects letters and other characters', () => {
    expect(messages(PhoneSchema, 'call 480 555 0134')).toContain('phone may contain only digits, spaces and + ( ) - .')
    expect(messages(PhoneSchema, '480/555/0134')).toContain('phone may contain only digits, spaces and + ( ) - .')
  })
})

describe('toTelHref', () => {
  it('adds the US country code to a 10-digit national number', () => {
    expect(toTelHref('(480) 555-0134')).toBe('tel:+14805550134')
    expect(toTelHref('480.555.0134')).toBe('tel:+14805550134')
  })

  it('keeps a number written with +country code', () => {
    expect(toTelHref('+1 617 555 0199')).toBe('tel:+16175550199')
    expect(toTelHref(' +44 20 7946 0958')).toBe('tel:+442079460958')
  })

  it('treats an 11-digit number with leading 1 as already international', () => {
    expect(toTelHref('1-480-555-0134')).toBe('tel:+14805550134')
  })
})

describe('DomainSchema', () => {
  it.each(['www.harbor-lane-physio.example', 'harborlane.example', 'a.b.c.example', 'clinic2.example'])('accepts %s', (value) => {
    expect(DomainSchema.parse(value)).toBe(value)
  })

  it.each([
    'https://www.clinic.example',
    'www.clinic.example/',
    'www.clinic.example/path',
    'WWW.CLINIC.EXAMPLE',
    'localhost',
    '-clinic.example',
    'clinic-.example',
    'clinic.example:8080',
    'clinic..example',
  ])('rejects %s', (value) => {
    expect(messages(DomainSchema, value)).toEqual([
      'domain must be a lower-case host name such as www.example.com, without scheme or path',
    ])
  })
})

describe('NonEmptyTextSchema', () => {
  it('trims surrounding whitespace', () => {
    expect(NonEmptyTextSchema.parse('  Neck pain \n')).toBe('Neck pain')
  })

  it.each(['', '   ', '\n\t'])('rejects blank text %j', (value) => {
    expect(messages(NonEmptyTextSchema, value)).toEqual(['must not be empty'])
  })
})
