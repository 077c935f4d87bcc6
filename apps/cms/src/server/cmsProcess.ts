import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/*
 * Starting and stopping the CMS server (src/server/main.ts) as a child process, for the scripts
 * and tests that need real servers: the benchmark's HTTP and load steps, the scale-out tests.
 */

/** apps/cms (not read from src/env.ts: callers such as test runners must not load the CMS's environment). */
const CMS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Output kept per process, for error messages. */
const KEPT_OUTPUT = 20_000

export interface CmsProcessOptions {
  port: number
  /** The child's whole environment (NODE_ENV decides: `production` serves apps/cms/.next). */
  env: NodeJS.ProcessEnv
  /** `next dev` instead of the production build. */
  dev?: boolean
  hostname?: string
  /** Called with each chunk the process prints (e.g. to pass it through). */
  onOutput?: (text: string) => void
}

export interface CmsProcess {
  child: ChildProcess
  /** `http://<host>:<port>` */
  url: string
  /** The end of what the process printed. */
  output(): string
  /** Resolves once the process has exited, with its exit code (null after a signal). */
  exited: Promise<number | null>
  /**
   * Sends `signal` to the process's group (the server and anything it started) and waits for it
   * to exit; after `killAfterMs` without an exit, SIGKILL.
   */
  stop(signal?: NodeJS.Signals, killAfterMs?: number): Promise<number | null>
}

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis))

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Starts the CMS server; it leads a process group of its own, so that `stop` reaches all of it. */
export function startCmsProcess(options: CmsProcessOptions): CmsProcess {
  let output = ''
  const host = options.hostname ?? '127.0.0.1'
  const args = ['--import', 'tsx', 'src/server/main.ts', ...(options.dev ? ['--dev'] : []), '--port', String(options.port), '--hostname', host]
  const child = spawn(process.execPath, args, { cwd: CMS_ROOT, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const keep = (chunk: Buffer) => {
    const text = chunk.toString()
    output = `${output}${text}`.slice(-KEPT_OUTPUT)
    options.onOutput?.(text)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name)
    } catch {
      // Already gone.
    }
  }
  return {
    child,
    url: `http://${host}:${options.port}`,
    output: () => output,
    exited,
    async stop(name = 'SIGTERM', killAfterMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
      signal(name)
      const stopped = await Promise.race([exited.then(() => true), sleep(killAfterMs).then(() => false)])
      if (!stopped) signal('SIGKILL')
      return exited
    },
  }
}

/**
 * Resolves once `ready()` says the server answers; rejects with the server's last output when it
 * exits first or `timeoutMs` passes.
 */
export async function whenCmsAnswers(server: CmsProcess, ready: () => Promise<boolean>, timeoutMs = 240_000): Promise<void> {
  const started = performance.now()
  const tail = () => server.output().trim().split('\n').slice(-30).join('\n')
  let ended = false
  void server.exited.then(() => (ended = true))
  for (;;) {
    if (ended) throw new Error(`The CMS server at ${server.url} exited (${server.child.exitCode ?? server.child.signalCode}) before it answered:\n${tail()}`)
    if (performance.now() - started > timeoutMs) throw new Error(`The CMS server at ${server.url} did not answer within ${timeoutMs / 1000} s:\n${tail()}`)
    if (await ready().catch(() => false)) return
    await sleep(250)
  }
}

/** `GET /api/health` answers 200. */
export const healthy = (server: CmsProcess) => async () => (await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5_000) })).ok

/** The id of the production build in apps/cms/.next, or null when there is none. */
export function productionBuildId(): string | null {
  const file = path.join(CMS_ROOT, '.next', 'BUILD_ID')
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null
}

/** Whether files under apps/cms/src changed after the production build was made. */
export function productionBuildIsStale(): boolean {
  const file = path.join(CMS_ROOT, '.next', 'BUILD_ID')
  if (!fs.existsSync(file)) return true
  const built = fs.statSync(file).mtimeMs
  for (const entry of fs.readdirSync(path.join(CMS_ROOT, 'src'), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs > built) return true
  }
  return false
}
