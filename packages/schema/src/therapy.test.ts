import { describe, expect, it } from 'vitest'
import { CostRangeSchema, SessionLengthSchema, TherapySchema } from './therapy'
import { makeValidSnapshot } from './testing'

function therapy() {
  const value = makeValidSnapshot().therapies[0]
  if (!value) throw new Error('fixture has no therapy')
  return value
}

function issuesOf(value: unknown) {
  const result = TherapySchema.safeParse(value)
  expect(result.success).toBe(false)
  return result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message })) ?? []
}

describe('TherapySchema', () => {
  it('accepts the fixture therapy unchanged', () => {
    const input = therapy()
    expect(TherapySchema.parse(input)).toEqual(input)
  })

  it('requires someone who may perform the therapy', () => {
    expect(issuesOf({ ...therapy(), practitioners: [] })).toEqual([
      { path: ['practitioners'], message: 'say who may perform the therapy' },
    ])
  })

  it('rejects a state name instead of a code in notOfferedInStates', () => {
    expect(issuesOf({ ...therapy(), notOfferedInStates: ['OR', 'Washington'] })).toEqual([
      { path: ['notOfferedInStates', 1], message: '"Washington" is not a US state code (two capital letters, e.g. AZ)' },
    ])
  })

  it('rejects blank side effects', () => {
    expect(issuesOf({ ...therapy(), sideEffects: ['Soreness', ' '] })).toEqual([{ path: ['sideEffects', 1], message: 'must not be empty' }])
  })

  it('reports cost problems under the therapy field', () => {
    expect(issuesOf({ ...therapy(), cost: { minCents: 9000, maxCents: 6000, currency: 'USD' } })).toEqual([
      { path: ['cost', 'maxCents'], message: 'maximum cost must not be below minimum cost' },
    ])
  })
})

describe('CostRangeSchema', () => {
  it('accepts a range and a single price', () => {
    expect(CostRangeSchema.parse({ minCents: 6000, maxCents: 9500, currency: 'USD' })).toEqual({ minCents: 6000, maxCents: 9500, currency: 'USD' })
    expect(CostRangeSchema.safeParse({ minCents: 8000, maxCents: 8000, currency: 'USD' }).success).toBe(true)
    expect(CostRangeSchema.safeParse({ minCents: 0, maxCents: 0, currency: 'USD' }).success).toBe(true)
  })

  it('rejects a minimum above the maximum at maxCents', () => {
    const result = CostRangeSchema.safeParse({ minCents: 12000, maxCents: 8000, currency: 'USD' })
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['maxCents'], message: 'maximum cost must not be below minimum cost' })])
  })

  it('rejects fractions of a cent, negative amounts and other currencies', () => {
    expect(CostRangeSchema.safeParse({ minCents: 60.5, maxCents: 90, currency: 'USD' }).error?.issues[0]?.path).toEqual(['minCents'])
    expect(CostRangeSchema.safeParse({ minCents: -1, maxCents: 90, currency: 'USD' }).error?.issues[0]?.path).toEqual(['minCents'])
    expect(CostRangeSchema.safeParse({ minCents: 60, maxCents: 90, currency: 'EUR' }).error?.issues[0]?.path).toEqual(['currency'])
  })
})

describe('SessionLengthSchema', () => {
  it('accepts a range and a fixed length', () => {
    expect(SessionLengthSchema.parse({ minMinutes: 30, maxMinutes: 45 })).toEqual({ minMinutes: 30, maxMinutes: 45 })
    expect(SessionLengthSchema.safeParse({ minMinutes: 60, maxMinutes: 60 }).success).toBe(true)
  })

  it('rejects a longest session shorter than the shortest', () => {
    expect(SessionLengthSchema.safeParse({ minMinutes: 60, maxMinutes: 30 }).error?.issues).toEqual([
      expect.objectContaining({ path: ['maxMinutes'], message: 'longest session must not be shorter than the shortest' }),
    ])
  })

  it('rejects zero-minute sessions', () => {
    expect(SessionLengthSchema.safeParse({ minMinutes: 0, maxMinutes: 30 }).error?.issues[0]?.path).toEqual(['minMinutes'])
  })
})
