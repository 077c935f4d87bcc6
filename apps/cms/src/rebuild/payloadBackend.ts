import type { Payload } from 'payload'
import { NotFound } from 'payload'
import type { Brand } from '../payload-types'
import { describeChanges } from './changes'
import { postBuildHook } from './postBuildHook'
import type { AttemptOutcome, PendingRebuild, RebuildBackend, RebuildJob, RebuildProgress, RecordId } from './RebuildScheduler'

export interface PayloadRebuildBackendOptions {
  payload: Payload
  /** Tries per build-hook call, the first included. */
  maxAttempts: number
  /** Time limit of one build-hook call. */
  timeoutMs: number
  /** Builds a brand without a build hook on this machine (LOCAL_REBUILD); null: such brands are not rebuilt. */
  localBuild: ((slug: string) => Promise<AttemptOutcome>) | null
}

/** Our own reads and writes: they must not schedule rebuilds (`DISABLE_REBUILD`). */
export const ownWrites = { disableRebuild: true }
const context = ownWrites

/** A record's title: brand and time of the request. */
const titleOf = (brand: Brand, requestedAt: string) => `${brand.name} · ${requestedAt.slice(0, 19).replace('T', ' ')} UTC`

const toIso = (date: Date | null) => (date === null ? null : date.toISOString())

/** How a brand's site is rebuilt, read from its published settings. */
interface Target {
  brand: Brand
  hookUrl: string | null
  via: 'buildHook' | 'local'
}

/**
 * The backend the CMS runs with: reads the brand's published settings when its quiet period
 * is over (slug and build hook), records each rebuild in the `rebuilds` collection, and calls
 * the build hook, or builds the site locally when the brand has none and LOCAL_REBUILD is on.
 *
 * A brand's changes are recorded as soon as they are scheduled: a `pending` record with the
 * changes (`changes`, as JSON, and `reason`), updated while the quiet period runs and taken
 * over by the run, so that `resumeInterruptedRebuilds` can rebuild them after a restart.
 */
export function payloadRebuildBackend(options: PayloadRebuildBackendOptions): RebuildBackend {
  const { payload } = options

  /** The brand and how to rebuild it; null (with the reason) when its site is not rebuilt. */
  async function targetOf(brandId: string): Promise<Target | { skip: string }> {
    const brand = await payload.findByID({ collection: 'brands', id: brandId, depth: 0, draft: false, overrideAccess: true, disableErrors: true, context })
    if (!brand) return { skip: `Brand ${brandId} no longer exists; its site is not rebuilt.` }
    const hookUrl = brand.buildHookUrl?.trim() || null
    if (hookUrl === null && options.localBuild === null) return { skip: `Brand ${brand.slug} has no build hook (any more); its site is not rebuilt.` }
    return { brand, hookUrl, via: hookUrl !== null ? 'buildHook' : 'local' }
  }

  /** A new `pending` record of these changes. */
  async function createRecord(target: Target, pending: PendingRebuild | RebuildJob): Promise<RecordId> {
    const requestedAt = pending.requestedAt.toISOString()
    // A variable rather than a literal: `changes` is checked against the generated types only once they know it.
    const data = {
      title: titleOf(target.brand, requestedAt),
      brand: target.brand.id,
      status: 'pending' as const,
      via: target.via,
      attempts: 0,
      reason: describeChanges(pending.changes),
      changes: pending.changes,
      requestedAt,
    }
    const row = await payload.create({ collection: 'rebuilds', data, overrideAccess: true, context })
    return row.id
  }

  /** Updates a record; false when it no longer exists. */
  async function updateRecord(id: RecordId, data: Record<string, unknown>): Promise<boolean> {
    try {
      await payload.update({ collection: 'rebuilds', id, data, overrideAccess: true, context })
      return true
    } catch (error) {
      if (error instanceof NotFound) return false
      throw error
    }
  }

  return {
    async hold(pending) {
      const changes = { reason: describeChanges(pending.changes), changes: pending.changes }
      if (pending.recordId !== null && (await updateRecord(pending.recordId, changes))) return pending.recordId
      const target = await targetOf(pending.brandId)
      if ('skip' in target) {
        // The run says so at info level when the quiet period is over.
        payload.logger.debug(`${target.skip} Changes: ${changes.reason}`)
        return null
      }
      return createRecord(target, pending)
    },

    async open(job) {
      const target = await targetOf(job.brandId)
      const reason = describeChanges(job.changes)
      if ('skip' in target) {
        payload.logger.info(`${target.skip} Changes: ${reason}`)
        // Nothing is rebuilt, so nothing is recorded (as for brands skipped before they are scheduled).
        if (job.recordId !== null) {
          await payload.delete({ collection: 'rebuilds', id: job.recordId, overrideAccess: true, context }).catch((error: unknown) => {
            if (!(error instanceof NotFound)) throw error
          })
        }
        return null
      }
      const { brand, hookUrl, via } = target
      const requestedAt = job.requestedAt.toISOString()
      // The run takes the pending record over; a new one when none was written (or it is gone).
      const taken = job.recordId !== null && (await updateRecord(job.recordId, { title: titleOf(brand, requestedAt), via, reason, changes: job.changes, requestedAt }))
      const recordId = taken ? (job.recordId as RecordId) : await createRecord(target, job)
      const localBuild = options.localBuild
      return {
        label: `brand ${brand.slug} via ${via === 'buildHook' ? 'build hook' : 'local site build'}`,
        maxAttempts: via === 'buildHook' ? options.maxAttempts : 1,
        recordId,
        attempt: () =>
          hookUrl !== null
            ? postBuildHook(hookUrl, { brand: brand.slug, reason, requestedAt }, options.timeoutMs)
            : (localBuild as (slug: string) => Promise<AttemptOutcome>)(brand.slug),
        async record(progress: RebuildProgress) {
          await payload.update({
            collection: 'rebuilds',
            id: recordId,
            data: {
              status: progress.status,
              attempts: progress.attempts,
              startedAt: toIso(progress.startedAt),
              finishedAt: toIso(progress.finishedAt),
              lastError: progress.lastError,
              responseStatus: progress.responseStatus,
            },
            overrideAccess: true,
            context,
          })
        },
      }
    },
  }
}
