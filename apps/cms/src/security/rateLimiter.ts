/** What {@link RateLimiter.hit} decided. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * A fixed-window request counter per key (a client address), in this process's memory: at most
 * `limit` requests per `windowMs`, counted from a key's first request. It holds at most
 * `maxKeys` keys; when full, expired windows are dropped first, then the oldest.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts one request of `key`. A limit of 0 allows everything. */
  hit(key: string, now = Date.now()): RateLimitDecision {
    if (this.limit <= 0) return { allowed: true }
    let window = this.windows.get(key)
    if (window === undefined || window.resetAt <= now) {
      this.windows.delete(key)
      this.makeRoom(now)
      window = { count: 0, resetAt: now + this.windowMs }
      this.windows.set(key, window)
    }
    window.count += 1
    if (window.count <= this.limit) return { allowed: true }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) }
  }

  /**
   * Takes back one counted request of `key` (e.g. a login that turned out to succeed, when only
   * failures should count). Nothing happens when the key has no current window.
   */
  refund(key: string, now = Date.now()): void {
    const window = this.windows.get(key)
    if (window !== undefined && window.resetAt > now && window.count > 0) window.count -= 1
  }

  /** Keys currently counted (for tests and monitoring). */
  get size(): number {
    return this.windows.size
  }

  private makeRoom(now: number): void {
    if (this.windows.size < this.maxKeys) return
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
    // Still full: forget the oldest windows (Map iterates in insertion order).
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break
      this.windows.delete(key)
    }
  }
}
