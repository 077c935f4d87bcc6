import type { Payload } from 'payload'
import { type CounterWindow, sharedCounters } from '../limits/counterStore'

/** What {@link RateLimiter.hit} decided. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** The decision for a window after counting a request in it: allowed up to `limit`, else when to come back (at least a second). */
export function decisionOf(window: CounterWindow, limit: number, now: number): RateLimitDecision {
  if (window.count <= limit) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) }
}

/**
 * A fixed-window request counter per key (a client address): at most `limit` requests per
 * `windowMs`, counted from a key's first request. The counts live in the database
 * (src/limits/counterStore.ts), so every CMS process on it enforces one limit. `name` keeps the
 * keys of different limits apart. A method rejects when the database cannot be reached: each
 * caller decides whether that lets the request through or refuses it.
 */
export class RateLimiter {
  constructor(
    readonly name: string,
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one request of `key`. A limit of 0 allows everything (and counts nothing). */
  async hit(payload: Payload, key: string, now = Date.now()): Promise<RateLimitDecision> {
    if (this.limit <= 0) return { allowed: true }
    return decisionOf(await sharedCounters(payload).increment(this.keyOf(key), this.windowMs, now), this.limit, now)
  }

  /**
   * Takes back one counted request of `key` (e.g. a login that turned out to succeed, when only
   * failures should count). Nothing happens when the key has no current window or a count of 0.
   */
  async refund(payload: Payload, key: string, now = Date.now()): Promise<void> {
    if (this.limit <= 0) return
    await sharedCounters(payload).decrement(this.keyOf(key), now)
  }

  private keyOf(key: string): string {
    return `${this.name}:${key}`
  }
}
