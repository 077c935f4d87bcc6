import { JobCancelledError, type Job, type Payload, type PayloadRequest } from 'payload'
import type { Brand, Rebuild } from '../payload-types'
import { describeChanges, documentKeys } from './changes'
import { withHeartbeat } from './heartbeat'
import { type RebuildJobInput, type RebuildJobOutput, failedTries, inputOf } from './job'
import { type AttemptOutcome, messageOf } from './outcome'
import { postBuildHook } from './postBuildHook'
import { createRecord, deleteRecord, ownWrites, recordOfJob, titleOf, updateRecord } from './records'

/** How rebuilds run; from the environment in the CMS (src/rebuild/tasks.ts). */
export interface RebuildSettings {
  /** Tries per build-hook rebuild, the first included: the task's `retries` plus one. */
  maxAttempts: number
  /** Time limit of one build-hook call. */
  timeoutMs: number
  /** How often a running rebuild marks its job alive. */
  heartbeatMs: number
  /** Builds a brand without a build hook on this machine (LOCAL_REBUILD); null: such brands are not rebuilt. */
  localBuild: ((payload: Payload, slug: string) => Promise<AttemptOutcome>) | null
}

/** What the handler reads of its job. */
type RunningJob = Pick<Job, 'id' | 'log'>

/** How a brand's site is rebuilt, read from its published settings when the job runs. */
type Target = { brand: Brand; hookUrl: string; via: 'buildHook' } | { brand: Brand; hookUrl: null; via: 'local' } | { skip: string }

async function targetOf(payload: Payload, brandId: string, localBuild: boolean): Promise<Target> {
  const brand = await payload.findByID({ collection: 'brands', id: brandId, depth: 0, draft: false, overrideAccess: true, disableErrors: true, context: ownWrites })
  if (!brand) return { skip: `Brand ${brandId} no longer exists; its site is not rebuilt.` }
  const hookUrl = brand.buildHookUrl?.trim() || null
  if (hookUrl !== null) return { brand, hookUrl, via: 'buildHook' }
  if (!localBuild) return { skip: `Brand ${brand.slug} has no build hook (any more); its site is not rebuilt.` }
  return { brand, hookUrl: null, via: 'local' }
}

/** The job's record: the one queued with it, or a new one when that could not be written. */
async function recordFor(payload: Payload, job: RunningJob, input: RebuildJobInput, brand: Brand, via: Rebuild['via']): Promise<Rebuild> {
  const existing = await recordOfJob(payload, job.id)
  if (existing) return existing
  const id = await createRecord(payload, {
    title: titleOf(brand.name, input.requestedAt),
    brand: brand.id,
    status: 'pending',
    via,
    reason: describeChanges(input.changes),
    documents: documentKeys(input.changes),
    requestedAt: input.requestedAt,
    job: String(job.id),
  })
  const created = await payload.db.findOne<Rebuild>({ collection: 'rebuilds', where: { id: { equals: id } } })
  if (!created) throw new Error(`The record of rebuild job ${job.id} vanished right after it was created.`)
  return created
}

/**
 * One try of one rebuild job (the `rebuildSite` task's handler): reads the brand's published
 * settings, calls its build hook or builds its site locally, and keeps the job's record in
 * Site rebuilds true (pending → running → succeeded | failed; attempts, last error, last HTTP
 * status, when it started and finished, and what triggered it). A try that may succeed later
 * throws, and the queue tries again with exponential backoff until the task's last try; an
 * answer that will not change (a 4xx, a failed local build) ends the job at once, without
 * further tries (`JobCancelledError`, the queue's way to stop retrying).
 */
export async function rebuildSite(args: { input: RebuildJobInput; job: RunningJob; req: PayloadRequest }, settings: RebuildSettings): Promise<{ output: RebuildJobOutput }> {
  const { job } = args
  const { payload } = args.req
  const input = inputOf(args)
  const reason = describeChanges(input.changes)
  return withHeartbeat(payload, job.id, settings.heartbeatMs, async () => {
    const target = await targetOf(payload, input.brand, settings.localBuild !== null)
    if ('skip' in target) {
      payload.logger.info(`${target.skip} Changes: ${reason}`)
      // Nothing is rebuilt, so nothing is recorded (as for brands left out when the change was saved).
      const record = await recordOfJob(payload, job.id)
      if (record) await deleteRecord(payload, record.id)
      return { output: { outcome: 'skipped' } }
    }

    const { brand, via } = target
    const label = `brand ${brand.slug} via ${via === 'buildHook' ? 'build hook' : 'local site build'}`
    const record = await recordFor(payload, job, input, brand, via)
    // Tries the queue counts (interrupted ones included) decide the last try; the record counts every try started.
    const attempt = failedTries(job) + 1
    const attempts = (record.attempts ?? 0) + 1
    const maxAttempts = via === 'buildHook' ? settings.maxAttempts : 1
    await updateRecord(payload, record.id, {
      title: titleOf(brand.name, input.requestedAt),
      brand: brand.id,
      status: 'running',
      via,
      attempts,
      reason,
      documents: documentKeys(input.changes),
      requestedAt: input.requestedAt,
      startedAt: record.startedAt ?? new Date().toISOString(),
    })

    const outcome = await (target.hookUrl !== null
      ? postBuildHook(target.hookUrl, { brand: brand.slug, reason, requestedAt: input.requestedAt }, settings.timeoutMs)
      : (settings.localBuild as NonNullable<RebuildSettings['localBuild']>)(payload, brand.slug)
    ).catch((error: unknown): AttemptOutcome => ({ ok: false, retryable: via === 'buildHook', error: messageOf(error), responseStatus: null }))

    if (outcome.ok) {
      await updateRecord(payload, record.id, { status: 'succeeded', responseStatus: outcome.responseStatus, finishedAt: new Date().toISOString() })
      payload.logger.info(`Rebuilt ${label} (attempt ${attempts}). Triggered by: ${reason}`)
      return { output: { outcome: 'succeeded' } }
    }

    const final = !outcome.retryable || attempt >= maxAttempts
    await updateRecord(payload, record.id, {
      lastError: outcome.error,
      responseStatus: outcome.responseStatus,
      ...(final ? { status: 'failed' as const, finishedAt: new Date().toISOString() } : {}),
    })
    if (!final) {
      payload.logger.warn(`Rebuild of ${label}, attempt ${attempts}, failed: ${outcome.error}. The jobs queue tries again. Triggered by: ${reason}`)
      throw new Error(outcome.error)
    }
    payload.logger.error(`Rebuild of ${label} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${outcome.error}. Triggered by: ${reason}`)
    // The queue's own last try ends the job itself; any earlier end must keep it from retrying.
    if (attempt >= settings.maxAttempts) throw new Error(outcome.error)
    throw new JobCancelledError(`Not retried: ${outcome.error}`)
  })
}
