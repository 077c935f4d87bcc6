import type { Payload, TaskConfig } from 'payload'
import { env } from '../env'
import { deleteInChunks, retentionCutoff } from '../jobs/retention'

/** When `pruneAppointmentRequestsTask` is queued: every day at 03:45 server time (seconds field first). */
export const PRUNE_APPOINTMENT_REQUESTS_CRON = '0 45 3 * * *'
/** The jobs queue it is queued in; a runner (e.g. `jobs.autoRun`) must run it. */
export const PRUNE_APPOINTMENT_REQUESTS_QUEUE = 'default'

export interface PruneAppointmentRequestsOptions {
  /** Requests that arrived more than this many days ago are deleted (APPOINTMENT_RETENTION_DAYS by default). */
  keepDays?: number
  /** "Now", for tests. */
  now?: Date
}

/**
 * Deletes appointment requests that arrived more than `keepDays` ago, whatever their status:
 * visitors' details are kept no longer than the privacy notices say. Resolves with the number
 * deleted; a request that cannot be deleted is logged and left for the next run.
 */
export async function pruneAppointmentRequests(payload: Payload, options: PruneAppointmentRequestsOptions = {}): Promise<number> {
  const keepDays = options.keepDays ?? env.APPOINTMENT_RETENTION_DAYS
  const cutoff = retentionCutoff('pruneAppointmentRequests', keepDays, options.now)
  const { docs } = await payload.find({
    collection: 'appointment-requests',
    where: { createdAt: { less_than: cutoff } },
    select: { createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const deleted = await deleteInChunks(
    payload,
    'appointment-requests',
    docs.map((doc) => doc.id),
    { label: 'appointment request' },
  )
  payload.logger[deleted > 0 ? 'info' : 'debug'](`Deleted ${deleted} appointment request(s) older than ${keepDays} days.`)
  return deleted
}

/**
 * The jobs task that deletes old appointment requests once a day (register it in `jobs.tasks`).
 * Its `schedule` only queues it: a jobs runner for the queue runs it.
 */
export const pruneAppointmentRequestsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'pruneAppointmentRequests',
  label: 'Delete old appointment requests',
  schedule: [{ cron: PRUNE_APPOINTMENT_REQUESTS_CRON, queue: PRUNE_APPOINTMENT_REQUESTS_QUEUE }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: await pruneAppointmentRequests(req.payload) } }),
}
