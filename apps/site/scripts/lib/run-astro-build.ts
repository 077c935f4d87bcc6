import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { SITE_ROOT, childProcessEnv } from '../../src/env'
import type { AstroBuildJob } from './build-brand'

const CHILD_SCRIPT = fileURLToPath(new URL('../build-one-brand.ts', import.meta.url))
/** tsx's loader, resolved from here so the child does not depend on its working directory. */
const TSX_LOADER = import.meta.resolve('tsx')

/**
 * Names Vite gives `import.meta.env` itself. Inherited from the parent (Vitest sets them in its
 * workers' environment; a CI may set BASE_URL for its own use), they override the build's own
 * values in the pages: `BASE_URL=/` made every link of a `/<brand>/` build point at the root.
 */
const VITE_ENV_NAMES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']

/** The child's environment: the parent's without {@link VITE_ENV_NAMES}, plus `extra`. */
function astroChildEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env = childProcessEnv(extra)
  for (const name of VITE_ENV_NAMES) delete env[name]
  return env
}

/**
 * Builds one brand with Astro in a child process (scripts/build-one-brand.ts).
 *
 * Why a process per brand: Astro's programmatic build keeps module-level state (the content
 * layer and its data store are process singletons, `NODE_ENV` is set on the process, Vite and
 * Rolldown keep caches), and its JavaScript API is marked experimental. A fresh process per
 * brand cannot leak one brand's content into the next, frees all memory between brands, and
 * lets a crash or an out-of-memory kill fail only that brand. It costs well under a second.
 *
 * The child's output is forwarded line by line to `output`, so warnings and errors show
 * where they happen.
 */
export function runAstroBuild(job: AstroBuildJob, signal: AbortSignal | undefined, output: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', TSX_LOADER, CHILD_SCRIPT, '--out-dir', job.outDir, '--cache-dir', job.cacheDir, '--site', job.site, '--base', job.base],
      {
        cwd: SITE_ROOT,
        env: astroChildEnv({
          SITE_SNAPSHOT_FILE: job.snapshotFile,
          // Builds run unattended, often in CI; they should not phone home.
          ASTRO_TELEMETRY_DISABLED: '1',
        }),
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(signal === undefined ? {} : { signal }),
      },
    )
    const streams = [child.stdout, child.stderr].map((stream) => {
      const lines = createInterface({ input: stream, crlfDelay: Infinity })
      lines.on('line', output)
      return new Promise<void>((done) => lines.once('close', done))
    })
    child.once('error', (error) => {
      if (signal?.aborted) reject(new Error(`The Astro build of ${job.brand} was cancelled.`, { cause: error }))
      else reject(new Error(`Could not start the Astro build of ${job.brand}: ${error.message}`, { cause: error }))
    })
    child.once('close', (code, killedBy) => {
      void Promise.all(streams).then(() => {
        if (code === 0) resolve()
        else if (signal?.aborted) reject(new Error(`The Astro build of ${job.brand} was cancelled.`))
        else reject(new Error(`The Astro build failed (${killedBy === null ? `exit code ${code}` : `killed by ${killedBy}`}); its output is above.`))
      })
    })
  })
}
