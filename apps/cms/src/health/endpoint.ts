import fs from 'node:fs/promises'
import type { Endpoint, Payload } from 'payload'
import packageJson from '../../package.json' with { type: 'json' }
import { env } from '../env'
import { jobsInFlight } from '../jobs/inFlight'

/** How long the database may take to answer the health query before the CMS counts as unavailable. */
export const HEALTH_DATABASE_TIMEOUT_MS = 2_000

/** The body of `GET /api/health`: nothing in it is secret (no addresses, paths, names or error texts). */
export interface HealthReport {
  /** `ok` (200); `unavailable` (503): the database did not answer in time; `stopping` (503): the process is shutting down. */
  status: 'ok' | 'unavailable' | 'stopping'
  database: { ok: boolean; latencyMs: number }
  jobs: {
    /** Whether this process runs due jobs itself (JOBS_AUTORUN and its crons started, not stopping). */
    autorun: boolean
    stopping: boolean
    /** Task handlers running in this process now. */
    running: number
  }
  /** The CMS's version (apps/cms/package.json). */
  version: string
}

class HealthTimeout extends Error {}

/**
 * One small read, the same on both databases (the migrations collection is tiny). On SQLite the
 * file is checked too: a connection keeps working on a file that was deleted or moved away, so
 * the query alone would not notice the database is gone.
 */
async function probeDatabase(payload: Payload): Promise<void> {
  if (env.sqliteFile !== null) await fs.access(env.sqliteFile, fs.constants.R_OK | fs.constants.W_OK)
  await payload.count({ collection: 'payload-migrations', overrideAccess: true })
}

let lastProblem: string | null = null

/** Checks the database (within {@link HEALTH_DATABASE_TIMEOUT_MS}) and reads the jobs runner's state. */
export async function checkHealth(payload: Payload): Promise<HealthReport> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  let problem: string | null = null
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HealthTimeout()), HEALTH_DATABASE_TIMEOUT_MS)
    })
    await Promise.race([probeDatabase(payload), timeout])
  } catch (error) {
    problem = error instanceof HealthTimeout ? `no answer within ${HEALTH_DATABASE_TIMEOUT_MS} ms` : error instanceof Error ? error.message : String(error)
  } finally {
    clearTimeout(timer)
  }
  const latencyMs = Math.round(performance.now() - started)
  // SQLite answers synchronously, so a query held up by a lock can outlast the timer without it firing.
  if (problem === null && latencyMs > HEALTH_DATABASE_TIMEOUT_MS) problem = `the answer took ${latencyMs} ms (limit ${HEALTH_DATABASE_TIMEOUT_MS} ms)`

  // Load balancers ask every few seconds: log when the state changes, not each time.
  if (problem !== null && lastProblem === null) payload.logger.error(`Health check: the database is unavailable (${problem}); GET /api/health answers 503 until it is back.`)
  if (problem === null && lastProblem !== null) payload.logger.info('Health check: the database answers again.')
  lastProblem = problem

  const jobs = jobsInFlight()
  const database = { ok: problem === null, latencyMs }
  return {
    status: jobs.stopping ? 'stopping' : database.ok ? 'ok' : 'unavailable',
    database,
    jobs: { autorun: env.JOBS_AUTORUN && payload.crons.length > 0 && !jobs.stopping, stopping: jobs.stopping, running: jobs.running },
    version: packageJson.version,
  }
}

/**
 * `GET /api/health`, for load balancers and uptime checks: anonymous, never cached. 200 when the
 * database answers; 503 when it does not, or while the process shuts down (so a load balancer
 * stops sending it requests). See apps/cms/docs/operations.md.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await checkHealth(req.payload)
    return Response.json(report, { status: report.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
  },
}
