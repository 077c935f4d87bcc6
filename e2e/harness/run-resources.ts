/**
 * What global setup starts and global teardown stops: the servers (by handle) and the temp
 * folder. Kept on `globalThis` because Playwright loads the setup and teardown files as
 * separate modules; both run in the runner's main process.
 */
import { rmSync } from 'node:fs'
import { keepTempDir } from './env'
import type { RunningServer } from 'site/testing'
import { log } from './steps'

interface Resources {
  servers: { name: string; server: RunningServer }[]
  tempDir: string | null
}

const KEY = Symbol.for('clinic-platform.e2e.resources')
const holder = globalThis as typeof globalThis & { [KEY]?: Resources }

/** The resources of this run (one set per runner process). */
export function resources(): Resources {
  holder[KEY] ??= { servers: [], tempDir: null }
  return holder[KEY]
}

/**
 * Stops every server and removes the temp folder (kept with `E2E_KEEP_TMP=1`). Safe to call
 * twice: a failed setup releases what it started, and teardown runs after it anyway.
 * Every resource is released even when one fails; the failures are thrown together.
 */
export async function releaseResources(): Promise<void> {
  const state = resources()
  const problems: string[] = []
  for (const { name, server } of state.servers.splice(0).reverse()) {
    await server.close().catch((error: unknown) => problems.push(`stopping the ${name} server: ${(error as Error).message}`))
  }
  const dir = state.tempDir
  state.tempDir = null
  if (dir !== null) {
    if (keepTempDir()) log(`kept ${dir} (E2E_KEEP_TMP)`)
    else {
      try {
        rmSync(dir, { recursive: true, force: true })
      } catch (error) {
        problems.push(`removing ${dir}: ${(error as Error).message}`)
      }
    }
  }
  if (problems.length > 0) throw new Error(`Cleaning up the e2e run failed:\n  ${problems.join('\n  ')}`)
}
