import { describe, expect, it } from 'vitest'
import { decisionOf } from './rateLimiter'

// The counting itself happens in the database: tests/int/sharedLimits.int.spec.ts.
describe('decisionOf', () => {
  it('allows up to `limit` requests in a window, then says how long to wait', () => {
    const window = { count: 3, resetAt: 61_000 }
    expect(decisionOf(window, 3, 10_000)).toEqual({ allowed: true })
    // The window ends at 61 s: from 10 s that is 51 s.
    expect(decisionOf({ ...window, count: 4 }, 3, 10_000)).toEqual({ allowed: false, retryAfterSeconds: 51 })
  })

  it('never asks to wait less than a second', () => {
    expect(decisionOf({ count: 2, resetAt: 1_000 }, 1, 999)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(decisionOf({ count: 2, resetAt: 1_000 }, 1, 1_000)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it('rounds a part of a second up', () => {
    expect(decisionOf({ count: 2, resetAt: 10_001 }, 1, 0)).toEqual({ allowed: false, retryAfterSeconds: 11 })
  })
})
