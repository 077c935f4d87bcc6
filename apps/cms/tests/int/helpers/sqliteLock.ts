import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'

/**
 * How the other connection takes the write lock:
 * - `immediate`: `BEGIN IMMEDIATE` (what the libsql client's write transactions do);
 * - `exclusive`: `BEGIN EXCLUSIVE` (in WAL mode the same lock for writers; readers go on);
 * - `upgrade`: `BEGIN`, a read, then a write: a read transaction that becomes a write one.
 */
export type LockMode = 'immediate' | 'exclusive' | 'upgrade'

/** A write lock on a SQLite file, held by another process. */
export interface HeldLock {
  /** Resolves when the other process has committed and closed the file (or failed: then it rejects). */
  released: Promise<void>
  /** Ends the holder at once (its transaction rolls back). */
  kill(): void
}

/*
 * The holder is a separate Node process using Node's own SQLite (node:sqlite), not the CMS's
 * driver: another program on the same file, as a second CMS process, a backup tool or the
 * sqlite3 shell would be. It must be another process: the CMS's driver waits for a lock
 * synchronously, so a holder in the test's own process could never release it while it waits.
 */
const HOLDER = `
import { DatabaseSync } from 'node:sqlite'
const [file, mode, holdMs] = process.argv.slice(1)
const db = new DatabaseSync(file, { timeout: 10000 })
if (mode === 'upgrade') {
  db.exec('BEGIN DEFERRED')
  db.prepare('SELECT count(*) AS n FROM sqlite_master').get()
  // A write that changes nothing still takes the write lock.
  db.exec('UPDATE payload_migrations SET name = name WHERE 0')
} else {
  db.exec(mode === 'exclusive' ? 'BEGIN EXCLUSIVE' : 'BEGIN IMMEDIATE')
}
process.stdout.write('locked\\n')
setTimeout(() => {
  db.exec('COMMIT')
  db.close()
  process.stdout.write('released\\n')
}, Number(holdMs))
`

/** Takes the write lock of `file` in another process and holds it for `holdMs`; resolves once it is held. */
export async function holdWriteLock(file: string, mode: LockMode, holdMs: number): Promise<HeldLock> {
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '--no-warnings', '-e', HOLDER, file, mode, String(holdMs)], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  let errors = ''
  child.stdout?.setEncoding('utf8')
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => (errors += chunk))
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      output += chunk
      if (output.includes('locked\n')) resolve()
    })
    void exited.then(([code]) => reject(new Error(`The lock holder exited (${code}) before taking the lock: ${errors}`)))
  })
  const released = exited.then(([code, signal]) => {
    if (code !== 0 || !output.includes('released')) throw new Error(`The lock holder failed (exit ${code ?? signal}): ${errors}`)
  })
  // A caller that kills the holder does not wait for `released`.
  released.catch(() => undefined)
  return { released, kill: () => child.kill('SIGKILL') }
}
