/**
 * Publish → rebuild: hooks that notice changes to what brand sites show, and the scheduler
 * that rebuilds each affected brand once per burst of changes. See apps/cms/README.md.
 */
export { type RebuildAction, type RebuildChange, describeChanges } from './changes'
export { DISABLE_REBUILD, rebuildOnPublish } from './rebuildOnPublish'
export { rebuildSchedulerFor } from './rebuildSchedulerFor'
export { RebuildScheduler } from './RebuildScheduler'
