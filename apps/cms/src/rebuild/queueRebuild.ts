import type { Job, PayloadRequest } from 'payload'
import { type RebuildChange, describeChanges, documentKeys, mergeChange } from './changes'
import { REBUILD_QUEUE, REBUILD_TASK, type RebuildJobInput, inputOf, isWaiting, rebuildConcurrencyKey } from './job'
import { createRecord, recordOfJob, titleOf, updateRecord } from './records'

/** The brand a change is queued for, as the editor's request read it. */
export interface QueuedBrand {
  id: number | string
  name: string
  /** How its site will be rebuilt, as far as its published settings say now. */
  via: 'buildHook' | 'local'
}

/** The brand's newest rebuild job that has not been started, if any. */
async function waitingJobOf(req: PayloadRequest, brandId: string): Promise<Job | null> {
  const { docs } = await req.payload.db.find<Job>({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: REBUILD_QUEUE } },
        { taskSlug: { equals: REBUILD_TASK } },
        { concurrencyKey: { equals: rebuildConcurrencyKey(brandId) } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { or: [{ totalTried: { exists: false } }, { totalTried: { equals: 0 } }] },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0] ?? null
}

/**
 * Adds `change` to the brand's waiting rebuild job and moves the job's `waitUntil` to
 * `debounceMs` from now; false when that job was claimed by a runner meanwhile (its run may
 * not include the change).
 */
async function mergeIntoWaitingJob(req: PayloadRequest, job: Job, change: RebuildChange, waitUntil: Date): Promise<boolean> {
  const { payload } = req
  const input = inputOf(job)
  mergeChange(input.changes, change)
  await payload.db.updateJobs({ id: job.id, data: { input, waitUntil: waitUntil.toISOString() }, req, returning: false })
  // Only the written fields change: a runner's claim in between is not undone, but then the
  // run may have read the input before this write, so the change needs a job of its own.
  const after = await payload.db.findOne<Job>({ collection: 'payload-jobs', where: { id: { equals: job.id } }, req })
  if (!after || !isWaiting(after)) return false
  const record = await recordOfJob(payload, job.id, req)
  if (record) await updateRecord(payload, record.id, { reason: describeChanges(input.changes), documents: documentKeys(input.changes) }, req)
  return true
}

/**
 * Hands one change of one brand to the jobs queue, inside the editor's request: `req` makes
 * the writes join its transaction, so the rebuild is queued exactly when the change is saved.
 * If the brand has a rebuild job that has not started, the change is merged into it (its input
 * and its record's reason) and its `waitUntil` moves to `debounceMs` from now: a burst of
 * changes is one rebuild. Otherwise (none, or one already running: the change may come too late
 * for it) a new job is queued with that `waitUntil`, with a `pending` record in Site rebuilds.
 */
export async function queueRebuild(req: PayloadRequest, brand: QueuedBrand, change: RebuildChange, debounceMs: number): Promise<void> {
  const brandId = String(brand.id)
  const now = new Date()
  const waitUntil = new Date(now.getTime() + debounceMs)
  const waiting = await waitingJobOf(req, brandId)
  if (waiting && (await mergeIntoWaitingJob(req, waiting, change, waitUntil))) return

  const input: RebuildJobInput = { brand: brandId, changes: [change], requestedAt: now.toISOString() }
  const job = await req.payload.jobs.queue({ task: REBUILD_TASK, queue: REBUILD_QUEUE, input, waitUntil, req })
  await createRecord(
    req.payload,
    {
      title: titleOf(brand.name, input.requestedAt),
      brand: brand.id,
      status: 'pending',
      via: brand.via,
      attempts: 0,
      reason: describeChanges(input.changes),
      documents: documentKeys(input.changes),
      requestedAt: input.requestedAt,
      job: String(job.id),
    },
    req,
  )
}
