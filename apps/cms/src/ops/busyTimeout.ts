import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import { afterAdapterInit } from './afterAdapterInit'

type Client = SQLiteAdapter['client']
/** The client's methods that run statements on its current connection (or, `transaction`, take it away). */
const STATEMENT_METHODS = ['execute', 'batch', 'migrate', 'executeMultiple', 'transaction'] as const

/** A write gave up because another connection held the SQLite file's write lock for longer than the busy timeout. */
export class DatabaseLockedError extends Error {
  /** The driver's code (`SQLITE_BUSY`, or an extended one), kept so that callers testing for it still see it. */
  readonly code: string

  constructor(file: string, ms: number, cause: { code: string }) {
    super(
      `The SQLite database ${file} stayed locked by another connection for longer than SQLITE_BUSY_TIMEOUT_MS (${ms} ms), so the statement gave up (${cause.code}). ` +
        'Something held its write lock that long: a long-running script or import, a backup tool, the sqlite3 shell or another CMS process. Try again; if it keeps happening, find that program, or raise SQLITE_BUSY_TIMEOUT_MS.',
      { cause },
    )
    this.name = 'DatabaseLockedError'
    this.code = cause.code
  }
}

function isBusy(error: unknown): error is { code: string } {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY')
}

function isSqliteAdapter(adapter: BaseDatabaseAdapter): adapter is BaseDatabaseAdapter & SQLiteAdapter {
  return adapter.name === 'sqlite' && 'clientConfig' in adapter
}

const patched = new WeakSet<Client>()

/**
 * Sets `PRAGMA busy_timeout` on every connection `client` uses. The libsql client opens one
 * connection, hands it to a transaction when one begins (`BEGIN IMMEDIATE`), and lazily opens
 * a new one, with SQLite's default of 0 ms, for whatever comes next; Payload's own
 * `busyTimeout` option sets only the first. So after each transaction the next statement first
 * sets the pragma on the new connection. The local (file) client runs each call's statement
 * synchronously when called, so nothing can run between that pragma and the statement.
 */
function waitForLocks(client: Client, file: string, ms: number): void {
  if (patched.has(client)) return
  patched.add(client)
  const pragma = `PRAGMA busy_timeout = ${ms}`
  const execute = client.execute.bind(client)
  let freshConnection = false
  const prepare = async () => {
    if (!freshConnection) return
    freshConnection = false
    await execute(pragma)
  }
  for (const name of STATEMENT_METHODS) {
    const original = (client[name] as (...args: unknown[]) => Promise<unknown>).bind(client)
    const wrapped = async (...args: unknown[]) => {
      await prepare()
      const result = original(...args)
      // The call has handed its connection to the transaction already: the next one is new.
      if (name === 'transaction') freshConnection = true
      try {
        return await result
      } catch (error) {
        throw isBusy(error) ? new DatabaseLockedError(file, ms, error) : error
      }
    }
    Object.assign(client, { [name]: wrapped })
  }
}

/**
 * Makes every connection of the SQLite adapter wait up to `ms` for another connection's lock
 * (SQLite's busy timeout) instead of failing at once with SQLITE_BUSY, and turns the failure
 * after that into a {@link DatabaseLockedError} that says what happened and what to do.
 *
 * The driver waits synchronously: while a statement waits for a lock, this process does
 * nothing else. Keep `ms` to seconds, and writes (and transactions) short.
 */
export function withBusyTimeout(adapterObj: DatabaseAdapterObj, ms: number): DatabaseAdapterObj {
  return afterAdapterInit(adapterObj, (adapter) => {
    if (!isSqliteAdapter(adapter)) return
    // Payload's option: the first connection has it before WAL mode is switched on.
    adapter.busyTimeout = ms
    const connect = adapter.connect
    if (connect === undefined) return
    adapter.connect = async (options) => {
      await connect.call(adapter, options)
      waitForLocks(adapter.client, adapter.clientConfig.url.replace(/^file:/, ''), ms)
    }
  })
}
