import { DatabaseSync } from 'node:sqlite'

/*
 * The backup and restore commands work on the SQLite file itself, with Node's own SQLite
 * (node:sqlite), without starting Payload: a backup must not push a schema or run migrations on
 * the live database, and a restore must not create tables in the empty one it fills.
 */

/** SQLITE_BUSY (another connection holds a lock) or SQLITE_LOCKED, from node:sqlite's error. */
function isLockError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'errcode' in error && typeof error.errcode === 'number' ? error.errcode & 0xff : null
  return code === 5 || code === 6
}

function withDatabase<T>(file: string, options: { readOnly?: boolean; timeout?: number }, use: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(file, options)
  try {
    return use(db)
  } finally {
    db.close()
  }
}

/**
 * Writes a copy of the database `source` to `target` (a new file) with `VACUUM INTO`: one read
 * transaction, so the copy is the database as it was at one moment, everything committed until
 * then included (also what still sits in the `-wal` file). Works while the CMS writes: in WAL
 * mode a reader neither waits for writers nor holds them up.
 */
export function copyLiveDatabase(source: string, target: string, busyTimeoutMs: number): void {
  withDatabase(source, { readOnly: true, timeout: busyTimeoutMs }, (db) => {
    db.prepare('VACUUM INTO ?').run(target)
  })
}

/**
 * Whether another connection has the database open, e.g. a running CMS. An open connection to a
 * WAL database holds a shared lock for as long as it is open, even when idle; asking for the
 * exclusive lock without waiting (`locking_mode = EXCLUSIVE`, then a read) fails while any other
 * connection, in any process, has it open. (`BEGIN EXCLUSIVE` alone would not tell: in WAL mode
 * it only keeps out other writers.)
 */
export function databaseInUse(file: string): boolean {
  try {
    withDatabase(file, { timeout: 0 }, (db) => {
      db.exec('PRAGMA locking_mode = EXCLUSIVE')
      db.prepare('SELECT count(*) FROM sqlite_master').get()
    })
    return false
  } catch (error) {
    if (isLockError(error)) return true
    throw error
  }
}

/** The names of the tables in the database (SQLite's own left out). */
export function tablesIn(file: string): string[] {
  return withDatabase(file, { readOnly: true }, (db) =>
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
      .all()
      .map((row) => String(row.name)),
  )
}

/** The last migration Payload recorded (`dev` for a schema pushed in development), or null. */
export function lastMigration(file: string): { name: string; batch: number } | null {
  return withDatabase(file, { readOnly: true }, (db) => {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'").get()
    if (exists === undefined) return null
    const row = db.prepare('SELECT name, batch FROM payload_migrations ORDER BY id DESC LIMIT 1').get()
    return row === undefined ? null : { name: String(row.name), batch: Number(row.batch) }
  })
}

/** SQLite's own check of the file's structure: null when sound, else what it found. */
export function integrityProblem(file: string): string | null {
  return withDatabase(file, { readOnly: true }, (db) => {
    const rows = db.prepare('PRAGMA quick_check').all().map((row) => String(Object.values(row)[0]))
    return rows.length === 1 && rows[0] === 'ok' ? null : rows.slice(0, 5).join('; ')
  })
}
