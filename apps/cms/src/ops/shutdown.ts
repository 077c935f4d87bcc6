import type { Server } from 'node:http'
import type { Payload } from 'payload'
import { type RunningTask, jobsInFlight, stopTakingJobs, whenJobsDone } from '../jobs/inFlight'

/** How long requests still open when the server stops listening may take to finish. */
export const REQUEST_GRACE_MS = 10_000

export interface ShutdownOptions {
  signal: NodeJS.Signals
  /** The HTTP server: it keeps answering while jobs finish, then stops listening. */
  server?: Server
  /** How long to wait for the jobs in progress (SHUTDOWN_TIMEOUT_MS). */
  jobsTimeoutMs: number
  /** How long requests still open after that may take; {@link REQUEST_GRACE_MS} by default. */
  requestGraceMs?: number
  /** Closes whatever else the process runs (Next), after the requests. */
  closeApp?: () => Promise<void>
  /** The Payload instances to stop: by default those this process started ({@link runningPayloads}). */
  payloads?: Payload[]
  log?: (line: string) => void
}

function isPayload(value: unknown): value is Payload {
  return typeof value === 'object' && value !== null && 'crons' in value && Array.isArray(value.crons) && 'destroy' in value && typeof value.destroy === 'function'
}

/**
 * The Payload instances this process started. `getPayload` keeps them in a process-wide cache
 * (`globalThis._payload`, a Map per config key), so the server (src/server/main.ts) finds the
 * one Next started (src/instrumentation.ts → startServer) without loading the config a second
 * time outside Next. An empty list means Payload had not started.
 */
export function runningPayloads(): Payload[] {
  const cache: unknown = (globalThis as { _payload?: unknown })._payload
  if (!(cache instanceof Map)) return []
  return [...cache.values()].map((entry: unknown) => (typeof entry === 'object' && entry !== null && 'payload' in entry ? entry.payload : null)).filter(isPayload)
}

const describeTasks = (tasks: RunningTask[]) => tasks.map((task) => `${task.task} (job ${task.job}, running ${Math.round((Date.now() - task.startedAt.getTime()) / 1000)} s)`).join(', ')

/** Stops listening and resolves once every connection has ended (true), or after `graceMs` with the rest cut off (false). */
function closeServer(server: Server, graceMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections()
      resolve(false)
    }, graceMs)
    server.close(() => {
      clearTimeout(timer)
      resolve(true)
    })
    server.closeIdleConnections()
  })
}

/**
 * A graceful stop, step by step, each logged:
 * 1. no new jobs: the autorun crons stop, and `GET /api/health` answers 503 "stopping" so that a
 *    load balancer sends no more requests;
 * 2. the jobs in progress finish (up to `jobsTimeoutMs`) while the server still answers: a local
 *    site rebuild reads its brand's snapshot from this very server;
 * 3. the server stops listening; open requests get `requestGraceMs`;
 * 4. Next and the database connections are closed.
 * Resolves with the exit code: 0, or 1 when a job had to be cut off.
 */
export async function shutDownGracefully(options: ShutdownOptions): Promise<number> {
  const { signal, server, jobsTimeoutMs, requestGraceMs = REQUEST_GRACE_MS, closeApp } = options
  const log = options.log ?? ((line: string) => console.log(line))
  const payloads = options.payloads ?? runningPayloads()

  for (const payload of payloads) stopTakingJobs(payload)
  log(`› ${signal}: shutting down. No new jobs are taken; /api/health answers 503 "stopping".`)
  if (payloads.length === 0) log('› Payload had not started in this process: no jobs runner to stop.')

  const before = jobsInFlight()
  if (before.running > 0) log(`› Waiting up to ${jobsTimeoutMs / 1000} s (SHUTDOWN_TIMEOUT_MS) for the jobs in progress: ${describeTasks(before.tasks)}.`)
  const jobsDone = await whenJobsDone(jobsTimeoutMs)
  if (jobsDone) {
    log(before.running > 0 ? '› The jobs in progress finished.' : '› No job was running.')
  } else {
    log(
      `› Jobs still running after ${jobsTimeoutMs / 1000} s, cut off: ${describeTasks(jobsInFlight().tasks)}. ` +
        'They stay marked as processing: a site rebuild is taken over by a running CMS once its heartbeats stop (REBUILD_HEARTBEAT_MS); ' +
        'any other job is not run again by itself, so check it under Payload Jobs. Raise SHUTDOWN_TIMEOUT_MS if jobs need longer.',
    )
  }

  if (server) {
    log(`› No new connections; open requests get up to ${requestGraceMs / 1000} s.`)
    const closed = await closeServer(server, requestGraceMs)
    log(closed ? '› Open requests finished.' : `› Requests still open after ${requestGraceMs / 1000} s were cut off.`)
  }

  try {
    await closeApp?.()
    for (const payload of payloads) await payload.destroy()
    log('› Stopped.')
  } catch (error) {
    log(`› Closing the app or the database failed: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  return jobsDone ? 0 : 1
}

/**
 * Stops gracefully ({@link shutDownGracefully}) on SIGTERM and SIGINT, then exits with its code.
 * A second signal while stopping exits at once (1).
 */
export function stopGracefullyOnSignals(options: Omit<ShutdownOptions, 'signal'>): void {
  const log = options.log ?? ((line: string) => console.log(line))
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`› ${signal} again: exiting now, without waiting.`)
      process.exit(1)
    }
    stopping = true
    shutDownGracefully({ ...options, signal }).then(
      (code) => process.exit(code),
      (error: unknown) => {
        log(`› The shutdown failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
