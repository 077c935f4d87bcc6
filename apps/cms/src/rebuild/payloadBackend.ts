import type { Payload } from 'payload'
import { describeChanges } from './changes'
import { postBuildHook } from './postBuildHook'
import type { AttemptOutcome, RebuildBackend, RebuildProgress } from './RebuildScheduler'

export interface PayloadRebuildBackendOptions {
  payload: Payload
  /** Tries per build-hook call, the first included. */
  maxAttempts: number
  /** Time limit of one build-hook call. */
  timeoutMs: number
  /** Builds a brand without a build hook on this machine (LOCAL_REBUILD); null: such brands are not rebuilt. */
  localBuild: ((slug: string) => Promise<AttemptOutcome>) | null
}

/** Our own writes must not schedule rebuilds. */
const context = { disableRebuild: true }

const toIso = (date: Date | null) => (date === null ? null : date.toISOString())

/**
 * The backend the CMS runs with: reads the brand's published settings when its quiet period
 * is over (slug and build hook), records each rebuild in the `rebuilds` collection, and calls
 * the build hook, or builds the site locally when the brand has none and LOCAL_REBUILD is on.
 */
export function payloadRebuildBackend(options: PayloadRebuildBackendOptions): RebuildBackend {
  const { payload } = options
  return {
    async open(job) {
      const brand = await payload.findByID({ collection: 'brands', id: job.brandId, depth: 0, draft: false, overrideAccess: true, disableErrors: true, context })
      const reason = describeChanges(job.changes)
      if (!brand) {
        payload.logger.info(`Brand ${job.brandId} no longer exists; its site is not rebuilt. Changes: ${reason}`)
        return null
      }
      const hookUrl = brand.buildHookUrl?.trim() || null
      if (hookUrl === null && options.localBuild === null) {
        payload.logger.info(`Brand ${brand.slug} has no build hook (any more); its site is not rebuilt. Changes: ${reason}`)
        return null
      }
      const via = hookUrl !== null ? 'buildHook' : 'local'
      const requestedAt = job.requestedAt.toISOString()
      const row = await payload.create({
        collection: 'rebuilds',
        data: {
          title: `${brand.name} · ${requestedAt.slice(0, 19).replace('T', ' ')} UTC`,
          brand: brand.id,
          status: 'pending',
          via,
          attempts: 0,
          reason,
          requestedAt,
        },
        overrideAccess: true,
        context,
      })
      const localBuild = options.localBuild
      return {
        label: `brand ${brand.slug} via ${via === 'buildHook' ? 'build hook' : 'local site build'}`,
        maxAttempts: via === 'buildHook' ? options.maxAttempts : 1,
        attempt: () =>
          hookUrl !== null
            ? postBuildHook(hookUrl, { brand: brand.slug, reason, requestedAt }, options.timeoutMs)
            : (localBuild as (slug: string) => Promise<AttemptOutcome>)(brand.slug),
        async record(progress: RebuildProgress) {
          await payload.update({
            collection: 'rebuilds',
            id: row.id,
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
