import { spawn } from 'node:child_process'
import fs from 'node:fs'

/** A bench step that failed: its message names the step and ends with the command's output. */
export class StepError extends Error {}

/** What {@link run} measured of one command. */
export interface RunResult {
  seconds: number
  /** Peak VmRSS of the whole process tree, in bytes. */
  peakRss: number
  /** Peak VmRSS of its largest single process, in bytes. */
  peakProcessRss: number
  stdout: string
}

/** Options of {@link run}. */
export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Pass the command's stderr through (progress bars) instead of keeping it for the error message. */
  showStderr?: boolean
}

/** Child pids of every process, read from /proc. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(entry))
      children.set(ppid, list)
    } catch {
      // The process ended while we looked: it has no memory to count.
    }
  }
  return children
}

/** VmRSS (bytes) of `root` and all its descendants, read from /proc: the sum, and the largest single process. */
export function treeRss(root: number): { total: number; largest: number } {
  let children: Map<number, number[]>
  try {
    children = childrenByParent()
  } catch {
    // No /proc (not Linux): memory is reported as 0.
    return { total: 0, largest: 0 }
  }
  let total = 0
  let largest = 0
  const queue = [root]
  const seen = new Set<number>()
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    if (seen.has(pid)) continue
    seen.add(pid)
    try {
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) {
        total += Number(match[1]) * 1024
        largest = Math.max(largest, Number(match[1]) * 1024)
      }
    } catch {
      // Ended, or a zombie without memory.
    }
    queue.push(...(children.get(pid) ?? []))
  }
  return { total, largest }
}

/**
 * Runs one command; resolves with wall seconds, peak RSS of its process tree (sampled every
 * 100 ms) and of its largest process, and stdout. A non-zero exit rejects with a
 * {@link StepError} naming the step and holding the end of its output.
 */
export function run(step: string, command: string, args: readonly string[], { cwd, env, showStderr = false }: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', showStderr ? 'inherit' : 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk
      if (stderr.length > 200_000) stderr = stderr.slice(-100_000)
    })
    let peak = 0
    let peakProcess = 0
    const timer = setInterval(() => {
      if (child.pid === undefined) return
      const rss = treeRss(child.pid)
      peak = Math.max(peak, rss.total)
      peakProcess = Math.max(peakProcess, rss.largest)
    }, 100)
    child.on('error', (error) => {
      clearInterval(timer)
      reject(new StepError(`${step}: could not start ${command}: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      clearInterval(timer)
      const seconds = (performance.now() - started) / 1000
      if (code !== 0) {
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n')
        reject(new StepError(`${step} failed (${signal ?? `exit code ${code}`}) after ${seconds.toFixed(1)} s: ${command} ${args.join(' ')}\n${tail}`))
        return
      }
      resolve({ seconds, peakRss: peak, peakProcessRss: peakProcess, stdout })
    })
  })
}

/** The JSON object a command printed as its last stdout line (the CMS's bench scripts end with their summary). */
export function lastJsonLine<T>(step: string, stdout: string): T {
  const line = stdout.trim().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(line) as T
  } catch {
    throw new StepError(`${step}: the last line of its output is not the JSON summary it should print: ${line.slice(0, 200)}`)
  }
}
