import type { TaskConfig } from 'payload'
import { env } from '../env'
import { REBUILD_TASK, type RebuildJobInput, type RebuildJobOutput, rebuildConcurrencyKey } from './job'
import { buildSiteLocally } from './localSiteBuild'
import { rebuildSite } from './rebuildSite'

/**
 * Rebuilds one brand's site: queued by `requestRebuilds` in the `rebuilds` queue (REBUILD_QUEUE),
 * run by that queue's runner (`jobs.autoRun`). REBUILD_MAX_ATTEMPTS tries in all, the first retry
 * after REBUILD_RETRY_BASE_MS, doubling; one job per brand at a time, whichever process runs it.
 */
export const rebuildSiteTask: TaskConfig<{ input: RebuildJobInput; output: RebuildJobOutput }> = {
  slug: REBUILD_TASK,
  label: 'Rebuild a brand site',
  inputSchema: [
    { name: 'brand', type: 'text', required: true },
    { name: 'changes', type: 'json', required: true },
    { name: 'requestedAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: env.REBUILD_MAX_ATTEMPTS - 1, backoff: { type: 'exponential', delay: env.REBUILD_RETRY_BASE_MS } },
  concurrency: { key: ({ input }) => rebuildConcurrencyKey(input.brand), exclusive: true },
  handler: ({ input, job, req }) =>
    rebuildSite(
      { input, job, req },
      {
        maxAttempts: env.REBUILD_MAX_ATTEMPTS,
        timeoutMs: env.REBUILD_TIMEOUT_MS,
        heartbeatMs: env.REBUILD_HEARTBEAT_MS,
        localBuild: env.LOCAL_REBUILD ? buildSiteLocally : null,
      },
    ),
}

/** The jobs-queue tasks of publish → rebuild (see apps/cms/docs/rebuilds.md). */
export const rebuildTasks = [rebuildSiteTask]
