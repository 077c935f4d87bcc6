import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { childEnv } from './testEnv'

export const SITE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/** Variables the build reads; removed from the inherited environment so a developer's shell cannot leak into a test. */
const SITE_VARIABLES = ['CMS_URL', 'CMS_BUILD_TOKEN', 'SNAPSHOT_DIR', 'SITE_OUT_DIR', 'SITE_BASE_PATH_PER_BRAND', 'SITE_SNAPSHOT_FILE', 'SITE_BUILD_CONCURRENCY']

export interface BuildResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `scripts/build-brands.ts` as `pnpm build` would, with exactly the site variables in `env`.
 * Asynchronous on purpose: a test's HTTP server must keep answering while the build runs.
 */
export function runBuild(args: readonly string[], env: Readonly<Record<string, string>>): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, 'scripts/build-brands.ts', ...args], {
      cwd: SITE_ROOT,
      env: childEnv(env, SITE_VARIABLES),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}
