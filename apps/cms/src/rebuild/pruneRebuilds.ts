import type { Payload, TaskConfig, Where } from 'payload'
import { refId } from '../access/userBrands'
import { deleteInChunks, retentionCutoff } from '../jobs/retention'
import { REBUILD_TASK } from './job'
import { ownWrites } from './records'

/** Finished rebuilds are kept this many days … */
export const PRUNE_REBUILDS_KEEP_DAYS = 30
/** … and the newest this many finished rebuilds of each brand are kept, however old. */
export const PRUNE_REBUILDS_KEEP_PER_BRAND = 20
/** When `pruneRebuildsTask` is queued: every day at 03:30 server time (seconds field first). */
export const PRUNE_REBUILDS_CRON = '0 30 3 * * *'
/** The jobs queue `pruneRebuildsTask` is queued in; a runner (e.g. `jobs.autoRun`) must run it. */
export const PRUNE_REBUILDS_QUEUE = 'default'

export interface PruneRebuildsOptions {
  /** Finished rebuilds older than this many days are deleted … */
  keepDays?: number
  /** … except the newest this many finished ones of each brand. */
  keepPerBrand?: number
  /** "Now", for tests. */
  now?: Date
}

const finished: Where = { status: { in: ['succeeded', 'failed'] } }

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new Error(`pruneRebuilds: ${name} must be a number ≥ 0, not ${value}`)
  return value
}

/**
 * Deletes finished (`succeeded` or `failed`) rebuild records that finished more than
 * `keepDays` ago (records without `finishedAt` count from their creation), but always keeps
 * the newest `keepPerBrand` finished records of each brand, and records of deleted brands as
 * if they were one brand. Pending and running records are never deleted. Resolves with the
 * number of records deleted.
 */
export async function pruneRebuilds(payload: Payload, options: PruneRebuildsOptions = {}): Promise<number> {
  const keepDays = nonNegative('keepDays', options.keepDays ?? PRUNE_REBUILDS_KEEP_DAYS)
  const keepPerBrand = Math.floor(nonNegative('keepPerBrand', options.keepPerBrand ?? PRUNE_REBUILDS_KEEP_PER_BRAND))
  const cutoff = retentionCutoff('pruneRebuilds', keepDays, options.now)

  const old = await payload.find({
    collection: 'rebuilds',
    where: {
      and: [
        finished,
        { or: [{ finishedAt: { less_than: cutoff } }, { and: [{ finishedAt: { exists: false } }, { createdAt: { less_than: cutoff } }] }] },
      ],
    },
    select: { brand: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    context: ownWrites,
  })
  if (old.docs.length === 0) return 0

  // The newest finished records of each brand that has old ones stay, however old they are.
  const keep = new Set<string>()
  if (keepPerBrand > 0) {
    const brands = new Set(old.docs.map((doc) => refId(doc.brand)))
    for (const brand of brands) {
      const { docs } = await payload.find({
        collection: 'rebuilds',
        where: { and: [finished, brand === null ? { brand: { exists: false } } : { brand: { equals: brand } }] },
        sort: ['-finishedAt', '-createdAt'],
        limit: keepPerBrand,
        select: { brand: true },
        depth: 0,
        overrideAccess: true,
        context: ownWrites,
      })
      for (const doc of docs) keep.add(String(doc.id))
    }
  }

  const ids = old.docs.map((doc) => doc.id).filter((id) => !keep.has(String(id)))
  const deleted = await deleteInChunks(payload, 'rebuilds', ids, { label: 'site rebuild', context: ownWrites })
  payload.logger[deleted > 0 ? 'info' : 'debug'](`Deleted ${deleted} site rebuild record(s) finished more than ${keepDays} days ago (the newest ${keepPerBrand} of each brand are kept).`)
  return deleted
}

/**
 * Deletes the queue's jobs of rebuilds that ended in failure (the queue keeps them; it deletes
 * only jobs that succeeded) and were last touched more than `keepDays` ago. Their records tell
 * the story; the jobs only take room. Resolves with the number of jobs deleted.
 */
export async function pruneFailedRebuildJobs(payload: Payload, options: Pick<PruneRebuildsOptions, 'keepDays' | 'now'> = {}): Promise<number> {
  const keepDays = nonNegative('keepDays', options.keepDays ?? PRUNE_REBUILDS_KEEP_DAYS)
  const cutoff = retentionCutoff('pruneFailedRebuildJobs', keepDays, options.now)
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: REBUILD_TASK } }, { hasError: { equals: true } }, { processing: { equals: false } }, { updatedAt: { less_than: cutoff } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const deleted = await deleteInChunks(payload, 'payload-jobs', docs.map((doc) => doc.id), { label: 'failed site rebuild job' })
  payload.logger[deleted > 0 ? 'info' : 'debug'](`Deleted ${deleted} job(s) of site rebuilds that failed more than ${keepDays} days ago.`)
  return deleted
}

/**
 * The jobs task that prunes rebuild records (and failed rebuild jobs) once a day with the defaults above; register it
 * in `jobs.tasks`. Its `schedule` only queues it: a jobs runner for PRUNE_REBUILDS_QUEUE
 * (`jobs.autoRun`, the `payload jobs:run` bin script or `/api/payload-jobs/run`) runs it.
 */
export const pruneRebuildsTask: TaskConfig<{ input: object; output: { deleted: number; failedJobs: number } }> = {
  slug: 'pruneRebuilds',
  label: 'Prune old site rebuilds',
  schedule: [{ cron: PRUNE_REBUILDS_CRON, queue: PRUNE_REBUILDS_QUEUE }],
  outputSchema: [
    { name: 'deleted', type: 'number', required: true },
    { name: 'failedJobs', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: { deleted: await pruneRebuilds(req.payload), failedJobs: await pruneFailedRebuildJobs(req.payload) } }),
}
