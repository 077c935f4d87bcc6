/**
 * The only module of the e2e package that reads `process.env`. Everything the harness and the
 * specs take from the environment is named and checked here.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import path from 'node:path'

/** Name of the variable through which global setup tells the test workers where the run file is. */
export const RUN_FILE_VARIABLE = 'E2E_RUN_FILE'

const read = (name: string): string | undefined => {
  const value = process.env[name]
  return value === undefined || value.trim() === '' ? undefined : value
}

/**
 * The Chromium binary to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, when that
 * file exists; undefined means Playwright's own browser (`playwright install chromium`).
 */
export function chromiumExecutable(): string | undefined {
  const candidate = read('CHROMIUM_PATH') ?? '/usr/bin/chromium'
  return existsSync(candidate) ? candidate : undefined
}

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/**
 * The Java (17+) binary that runs the Nu HTML checker: `JAVA` (which must then be executable), else
 * `java` on the PATH; undefined when there is none.
 */
export function javaExecutable(): string | undefined {
  const configured = read('JAVA')
  if (configured !== undefined) {
    if (!isExecutable(configured)) throw new Error(`JAVA=${configured} is not an executable file. Point it at a Java 17+ binary (e.g. /usr/bin/java), or unset it to use \`java\` from the PATH.`)
    return configured
  }
  const directories = (read('PATH') ?? '').split(path.delimiter).filter((directory) => directory !== '')
  return directories.map((directory) => path.join(directory, 'java')).find(isExecutable)
}

/** True on CI (`CI` set to anything but false/0). */
export function isCi(): boolean {
  const value = read('CI')
  return value !== undefined && value !== 'false' && value !== '0'
}

/** `E2E_KEEP_TMP=1` keeps the run's temp folder (database, snapshots, dist) for debugging. */
export function keepTempDir(): boolean {
  const value = read('E2E_KEEP_TMP')
  return value !== undefined && value !== 'false' && value !== '0'
}

/**
 * The login the seed creates. Passed to the seed explicitly, so the "no personal data" check
 * looks for exactly what the database holds.
 */
export function demoAdmin(): { email: string; password: string } {
  return {
    email: read('DEMO_ADMIN_EMAIL') ?? 'admin@demo-network.example',
    password: read('DEMO_ADMIN_PASSWORD') ?? 'demo-admin-2026',
  }
}

/** The run file global setup wrote; only set inside a Playwright run. */
export function runFilePath(): string {
  const file = read(RUN_FILE_VARIABLE)
  if (file === undefined) {
    throw new Error(`${RUN_FILE_VARIABLE} is not set: run the specs through \`pnpm --filter e2e test\` so global setup builds the sites first.`)
  }
  return file
}

/** Sets the run-file variable for the worker processes Playwright starts after global setup. */
export function publishRunFile(file: string): void {
  process.env[RUN_FILE_VARIABLE] = file
}

/** The environment of a child process: this one's, with `set` added and `unset` removed. */
export function childEnv(set: Readonly<Record<string, string>>, unset: readonly string[] = []): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...process.env, ...set }
  for (const name of unset) delete result[name]
  return result
}
