import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** Releases a lock taken by {@link tryLock} or {@link waitForLock}; later calls do nothing. */
export type ReleaseLock = () => Promise<void>

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes the lock `lockDir` (a folder: creating one is atomic) for this process, or returns
 * null when a running process holds it. A lock left by a process that died is taken over.
 */
export async function tryLock(lockDir: string): Promise<ReleaseLock | null> {
  await mkdir(path.dirname(lockDir), { recursive: true })
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await mkdir(lockDir)
      await writeFile(path.join(lockDir, 'pid'), String(process.pid))
      // Once only: a second call must not remove a lock another process has taken since.
      let released: Promise<void> | undefined
      return () => (released ??= rm(lockDir, { recursive: true, force: true }))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(await readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => 'NaN'))
      // No pid yet: the holder is between mkdir and writeFile, so it is alive.
      if (!Number.isInteger(holder) || isAlive(holder) || attempt === 1) return null
      await rm(lockDir, { recursive: true, force: true })
    }
  }
  return null
}

/** Waits for the lock `lockDir`, polling; throws after `timeoutMs`. */
export async function waitForLock(lockDir: string, { pollMs = 50, timeoutMs = 120_000 } = {}): Promise<ReleaseLock> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const release = await tryLock(lockDir)
    if (release !== null) return release
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for the lock ${lockDir}; if no build is running, delete it.`)
    await sleep(pollMs)
  }
}
