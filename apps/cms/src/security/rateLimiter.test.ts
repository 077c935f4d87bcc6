import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rateLimiter'

describe('RateLimiter', () => {
  it('allows `limit` requests per key and window, then says how long to wait', () => {
    const limiter = new RateLimiter(3, 60_000)
    const start = 1_000_000
    expect([1, 2, 3].map((second) => limiter.hit('a', start + second * 1000).allowed)).toEqual([true, true, true])
    // The window started with the first request, at 1 s: it ends at 61 s.
    expect(limiter.hit('a', start + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 51 })
    // Other keys have their own count.
    expect(limiter.hit('b', start + 10_000)).toEqual({ allowed: true })
  })

  it('starts a new window once the old one has passed', () => {
    const limiter = new RateLimiter(1, 1_000)
    expect(limiter.hit('a', 0).allowed).toBe(true)
    expect(limiter.hit('a', 999).allowed).toBe(false)
    expect(limiter.hit('a', 1_000).allowed).toBe(true)
  })

  it('never asks to wait less than a second', () => {
    const limiter = new RateLimiter(1, 1_000)
    limiter.hit('a', 0)
    expect(limiter.hit('a', 999)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it('allows everything with a limit of 0', () => {
    const limiter = new RateLimiter(0, 1_000)
    for (let count = 0; count < 100; count += 1) expect(limiter.hit('a', count).allowed).toBe(true)
  })

  it('keeps at most `maxKeys` keys, forgetting expired windows first, then the oldest', () => {
    const limiter = new RateLimiter(1, 1_000, 3)
    limiter.hit('old', 0)
    limiter.hit('b', 500)
    limiter.hit('c', 600)
    // `old` has expired by now: it makes room and the others keep their counts.
    limiter.hit('d', 1_200)
    expect(limiter.size).toBe(3)
    expect(limiter.hit('b', 1_300).allowed).toBe(false)
    // Full of live windows: the oldest (`b`) is forgotten.
    limiter.hit('e', 1_400)
    expect(limiter.size).toBe(3)
    expect(limiter.hit('b', 1_450).allowed).toBe(true)
  })

  it('takes back a refunded request within its window only', () => {
    const limiter = new RateLimiter(2, 1_000)
    limiter.hit('a', 0)
    limiter.hit('a', 10)
    limiter.refund('a', 20)
    expect(limiter.hit('a', 30).allowed).toBe(true)
    expect(limiter.hit('a', 40).allowed).toBe(false)
    // A refund after the window ended, or of an unknown key, changes nothing.
    limiter.refund('a', 1_000)
    limiter.refund('unknown', 50)
    expect(limiter.hit('a', 60).allowed).toBe(false)
    expect(limiter.size).toBe(1)
  })
})
