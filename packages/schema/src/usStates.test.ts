import { describe, expect, it } from 'vitest'
import { US_STATES, US_STATE_CODES, UsStateSchema, stateName } from './usStates'

describe('US_STATES and US_STATE_CODES', () => {
  it('lists the 50 states and the District of Columbia', () => {
    expect(US_STATE_CODES).toHaveLength(51)
    expect(new Set(US_STATE_CODES).size).toBe(51)
    expect(US_STATE_CODES).toContain('DC')
    expect(Object.keys(US_STATES).sort()).toEqual(US_STATE_CODES)
  })

  it('keeps the codes in alphabetical order of the code', () => {
    expect(US_STATE_CODES[0]).toBe('AK')
    expect(US_STATE_CODES.at(-1)).toBe('WY')
    expect([...US_STATE_CODES].sort()).toEqual(US_STATE_CODES)
  })

  it('uses two capital letters for every code', () => {
    for (const code of US_STATE_CODES) expect(code).toMatch(/^[A-Z]{2}$/)
  })
})

describe('UsStateSchema', () => {
  it.each(['OR', 'AZ', 'DC', 'WY'])('accepts %s', (code) => {
    expect(UsStateSchema.parse(code)).toBe(code)
  })

  it.each(['or', 'Oregon', 'PR', 'GU', 'XX', ''])('rejects %j naming the value', (value) => {
    const result = UsStateSchema.safeParse(value)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      `"${value}" is not a US state code (two capital letters, e.g. AZ)`,
    ])
  })
})

describe('stateName', () => {
  it('returns the full name of a code', () => {
    expect(stateName('OR')).toBe('Oregon')
    expect(stateName('AZ')).toBe('Arizona')
    expect(stateName('DC')).toBe('District of Columbia')
  })
})
