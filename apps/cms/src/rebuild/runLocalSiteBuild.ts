import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { stripVTControlCharacters } from 'node:util'
import type { AttemptOutcome } from './outcome'

export interface LocalSiteBuildOptions {
  /** The brand to build. */
  slug: string
  /** Working directory: anywhere in the pnpm workspace. */
  cwd: string
  /** The child's whole environment (see `childProcessEnv` in src/env.ts). */
  env: Readonly<Record<string, string | undefined>>
  /** The build is stopped (SIGTERM) and counted as failed after this long. */
  timeoutMs: number
  /** Command and arguments: the site's build script for `slug` (see `siteCommand` in src/env.ts). */
  command: readonly [string, ...string[]]
  /** Each line the build prints, e.g. for the CMS log. */
  onLine?: (line: string) => void
}

/** Lines of output kept for the error message of a failed build. */
const TAIL_LINES = 12

/**
 * Builds one brand's site on this machine, the way a deploy would: the site's own build
 * script fetches the snapshot from the CMS over HTTP and swaps `dist/<brand>/` in only when
 * the whole build succeeded. Resolves with the outcome; a failed build is final (not retried:
 * it is almost always content that does not validate, and the last good site stays online).
 */
export function runLocalSiteBuild(options: LocalSiteBuildOptions): Promise<AttemptOutcome> {
  const [command, ...args] = options.command
  const tail: string[] = []
  return new Promise((resolve) => {
    // Next declares NODE_ENV required on ProcessEnv; a child's environment need not have it.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
    }, options.timeoutMs)
    const keep = (raw: string) => {
      const line = stripVTControlCharacters(raw).trimEnd()
      if (line.trim() === '') return
      options.onLine?.(line)
      tail.push(line)
      if (tail.length > TAIL_LINES) tail.shift()
    }
    createInterface({ input: child.stdout }).on('line', keep)
    createInterface({ input: child.stderr }).on('line', keep)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, retryable: false, error: `could not start \`${command}\`: ${error.message}`, responseStatus: null })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) {
        resolve({ ok: true, responseStatus: null })
        return
      }
      const how = timedOut ? `was stopped after ${options.timeoutMs} ms` : signal ? `was stopped by ${signal}` : `exited with code ${code}`
      const output = tail.length > 0 ? `; last output:\n${tail.join('\n')}` : ''
      resolve({ ok: false, retryable: false, error: `\`${[command, ...args].join(' ')}\` ${how}${output}`, responseStatus: null })
    })
  })
}
