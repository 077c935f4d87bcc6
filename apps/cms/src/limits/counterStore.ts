import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { mongoCounters } from './mongoCounters'
import { sqliteCounters } from './sqliteCounters'

/** A key's current fixed window: how many were counted in it, and when it ends (epoch ms). */
export interface CounterWindow {
  count: number
  resetAt: number
}

/** The database side of the shared counters: each method is one atomic statement. */
export interface CounterBackend {
  /** Counts one more for `key`; when its window ended by `now` (or it has none), starts a new one of `windowMs` with a count of 1. */
  increment(key: string, windowMs: number, now: number): Promise<CounterWindow>
  /** Takes one back from `key`'s window, never below 0; nothing when the window ended by `now`. */
  decrement(key: string, now: number): Promise<void>
  /** Deletes every window that ended by `now`; resolves with how many. */
  deleteEnded(now: number): Promise<number>
}

/** How often each process deletes ended windows (on the first count after this much time). */
export const PRUNE_EVERY_MS = 15 * 60 * 1000

/**
 * Fixed-window counters kept in the database in use (the `limit-counters` collection), so that
 * every CMS process on that database counts against the same numbers. Ended windows are deleted
 * opportunistically: by the first count of a process after {@link PRUNE_EVERY_MS}, so no job
 * runner is needed and the table holds little more than the live windows.
 */
export class SharedCounters {
  private nextPruneAt = 0

  constructor(
    private readonly payload: Payload,
    private readonly backend: CounterBackend,
  ) {}

  /** Counts one more for `key` (see {@link CounterBackend.increment}); deletes ended windows when due. */
  async increment(key: string, windowMs: number, now = Date.now()): Promise<CounterWindow> {
    const window = await this.backend.increment(key, windowMs, now)
    if (now >= this.nextPruneAt) {
      this.nextPruneAt = now + PRUNE_EVERY_MS
      try {
        await this.prune(now)
      } catch (error) {
        // The count above stands; the rows are deleted at a later try.
        this.payload.logger.warn({ err: error, msg: `Shared limits: could not delete ended windows (retried in ${PRUNE_EVERY_MS / 60_000} minutes).` })
      }
    }
    return window
  }

  /** Takes one back from `key`'s current window (see {@link CounterBackend.decrement}). */
  decrement(key: string, now = Date.now()): Promise<void> {
    return this.backend.decrement(key, now)
  }

  /** Deletes every window that ended by `now`; resolves with how many. */
  prune(now = Date.now()): Promise<number> {
    return this.backend.deleteEnded(now)
  }
}

const stores = new WeakMap<Payload, SharedCounters>()

/** The shared counters of this Payload instance's database. */
export function sharedCounters(payload: Payload): SharedCounters {
  let store = stores.get(payload)
  if (store === undefined) {
    store = new SharedCounters(payload, backendOf(payload))
    stores.set(payload, store)
  }
  return store
}

function backendOf(payload: Payload): CounterBackend {
  if (payload.db.name === 'sqlite') return sqliteCounters(payload.db as unknown as SQLiteAdapter)
  if (payload.db.name === 'mongoose') return mongoCounters(payload.db as unknown as MongooseAdapter)
  throw new Error(`Shared limits: the database adapter "${payload.db.name}" is not supported (only SQLite and MongoDB are).`)
}
