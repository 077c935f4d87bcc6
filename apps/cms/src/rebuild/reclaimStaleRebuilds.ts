import { randomBytes } from 'node:crypto'
import type { Job, JobLog, Payload } from 'payload'
import { env } from '../env'
import { takeOverStaleJob } from '../jobs/atomicClaims'
import { REBUILD_QUEUE, REBUILD_TASK, REBUILD_TASK_ID, STALE_HEARTBEATS, failedTries } from './job'
import { messageOf } from './outcome'
import { recordOfJob, updateRecord } from './records'

export interface ReclaimOptions {
  /** The heartbeat interval of running rebuilds; a job that missed STALE_HEARTBEATS of them is abandoned. */
  heartbeatMs?: number
  /** Tries per rebuild, the first included: an abandoned try counts as one. */
  maxAttempts?: number
}

/** Hands an abandoned job back to the queue (or ends it, when it was its last try); true when this call did. */
async function reclaim(payload: Payload, job: Job, staleBefore: Date, maxAttempts: number): Promise<boolean> {
  // Only one process takes a job over: the one whose conditional update finds it still stale.
  if (!(await takeOverStaleJob(payload, job.id, staleBefore))) return false
  const now = new Date().toISOString()
  const error = `interrupted: the CMS process running it stopped (last heartbeat ${job.updatedAt})`
  const exhausted = failedTries(job) + 1 >= maxAttempts
  // The record first: once the job is released, another process may start it and mark it running.
  const record = await recordOfJob(payload, job.id)
  if (record) await updateRecord(payload, record.id, exhausted ? { status: 'failed', lastError: error, finishedAt: now } : { status: 'pending', lastError: error })
  // A failed try in the job's log, as the queue writes one: its retry count includes the interrupted try.
  const entry: Omit<JobLog, 'taskSlug'> & { taskSlug: string } = {
    id: randomBytes(12).toString('hex'),
    taskSlug: REBUILD_TASK,
    taskID: REBUILD_TASK_ID,
    state: 'failed',
    executedAt: job.updatedAt,
    completedAt: now,
    input: job.input,
    output: {},
    error: { message: error },
  }
  await payload.db.updateJobs({
    id: job.id,
    data: {
      log: { $push: entry },
      processing: false,
      totalTried: (job.totalTried ?? 0) + 1,
      ...(exhausted ? { hasError: true, error: { message: error } } : {}),
    },
    returning: false,
  })
  const what = exhausted ? 'it was its last try, so it is recorded as failed' : 'the queue runs it again'
  payload.logger.warn(`Site rebuild job ${job.id} had no heartbeat since ${job.updatedAt}: the CMS process running it stopped; ${what}.`)
  return true
}

/**
 * Finds rebuild jobs left `processing` by a CMS process that stopped in the middle (killed, or
 * its machine gone): their heartbeat (`updatedAt`, see `withHeartbeat`) is older than
 * STALE_HEARTBEATS intervals. Each is handed back to the queue, so that a running process
 * tries it again (its record goes back to `pending`), or, when it was the last try, marked
 * failed with its record. Any process may call it at any time: each job is taken over by one
 * call only, and a job whose process is alive keeps a fresh heartbeat. Never rejects; failures
 * are logged. Resolves with the number of jobs taken over.
 */
export async function reclaimStaleRebuilds(payload: Payload, options: ReclaimOptions = {}): Promise<number> {
  const heartbeatMs = options.heartbeatMs ?? env.REBUILD_HEARTBEAT_MS
  const maxAttempts = options.maxAttempts ?? env.REBUILD_MAX_ATTEMPTS
  const staleBefore = new Date(Date.now() - STALE_HEARTBEATS * heartbeatMs)
  let stale: Job[]
  try {
    stale = (
      await payload.db.find<Job>({
        collection: 'payload-jobs',
        where: { and: [{ queue: { equals: REBUILD_QUEUE } }, { processing: { equals: true } }, { updatedAt: { less_than: staleBefore.toISOString() } }] },
        limit: 0,
        pagination: false,
      })
    ).docs
  } catch (error) {
    payload.logger.error(`Could not look for abandoned site rebuild jobs: ${messageOf(error)}`)
    return 0
  }
  let reclaimed = 0
  for (const job of stale) {
    try {
      if (await reclaim(payload, job, staleBefore, maxAttempts)) reclaimed += 1
    } catch (error) {
      payload.logger.error(`Could not hand the abandoned site rebuild job ${job.id} back to the queue: ${messageOf(error)}. The next check tries again.`)
    }
  }
  return reclaimed
}

const lastCheck = new WeakMap<Payload, number>()

/**
 * `reclaimStaleRebuilds` at most once per heartbeat interval per Payload instance, for
 * `jobs.shouldAutoRun`: that runs before every tick of every queue's runner.
 */
export async function reclaimStaleRebuildsNowAndThen(payload: Payload): Promise<void> {
  const now = Date.now()
  if (now - (lastCheck.get(payload) ?? 0) < env.REBUILD_HEARTBEAT_MS) return
  lastCheck.set(payload, now)
  await reclaimStaleRebuilds(payload)
}
