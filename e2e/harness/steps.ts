/**
 * Timed setup steps and the child processes they run. A failing step throws an error naming
 * the step, the command, its exit status and its stderr, so a broken seed or build is
 * diagnosable from the Playwright output alone.
 */
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** Prints a line of the harness's own output. */
export function log(line: string): void {
  process.stdout.write(`[e2e] ${line}\n`)
}

/** Runs one named step, prints how long it took, and prefixes its error with the step's name. */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    const result = await run()
    log(`✓ ${name} (${seconds(performance.now() - started)})`)
    return result
  } catch (error) {
    log(`✗ ${name} failed after ${seconds(performance.now() - started)}`)
    const output = error instanceof CommandError ? `\n${error.output}` : ''
    throw new Error(`Step "${name}" failed: ${(error as Error).message}${output}`, { cause: error })
  }
}

/** What a finished child process printed. */
export interface CommandOutput {
  stdout: string
  stderr: string
}

interface CommandOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
}

/** A child process that failed; `output` is its stderr (or stdout when stderr was empty), trimmed to the end. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message)
    this.name = 'CommandError'
  }
}

const tail = (text: string, max = 6000) => (text.length > max ? `…${text.slice(-max)}` : text)

/**
 * Runs a command to completion with its output captured. Rejects when it cannot start, exits
 * non-zero, dies by a signal or outlives `timeoutMs` (then it is sent SIGTERM).
 */
export function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandOutput> {
  const shown = [command, ...args].join(' ')
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
    }, options.timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`could not start \`${shown}\` in ${options.cwd}: ${error.message} (is it on the PATH?)`))
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) {
        resolve({ stdout, stderr })
        return
      }
      const why = timedOut ? `did not finish within ${seconds(options.timeoutMs)}` : signal !== null ? `was killed by ${signal}` : `exited with code ${code}`
      const output = stderr.trim() !== '' ? `--- stderr ---\n${tail(stderr.trimEnd())}` : `--- stdout (stderr was empty) ---\n${tail(stdout.trimEnd())}`
      reject(new CommandError(`\`${shown}\` (in ${options.cwd}) ${why}.`, output))
    })
  })
}
