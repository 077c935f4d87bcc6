/**
 * Publish → rebuild: hooks that notice changes to what brand sites show, and the jobs-queue
 * task that rebuilds each affected brand once per burst of changes. See apps/cms/docs/rebuilds.md.
 */
export { type RebuildAction, type RebuildChange, describeChanges } from './changes'
export { REBUILD_QUEUE, REBUILD_TASK, type RebuildJobInput, rebuildConcurrencyKey } from './job'
export {
  PRUNE_REBUILDS_CRON,
  PRUNE_REBUILDS_KEEP_DAYS,
  PRUNE_REBUILDS_KEEP_PER_BRAND,
  PRUNE_REBUILDS_QUEUE,
  type PruneRebuildsOptions,
  pruneFailedRebuildJobs,
  pruneRebuilds,
  pruneRebuildsTask,
} from './pruneRebuilds'
export { DISABLE_REBUILD, rebuildOnPublish } from './rebuildOnPublish'
export { reclaimStaleRebuilds, reclaimStaleRebuildsNowAndThen } from './reclaimStaleRebuilds'
export { rebuildTasks } from './tasks'
