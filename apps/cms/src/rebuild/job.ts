import type { Job } from 'payload'
import { type RebuildChange, changesFromJson } from './changes'

/**
 * The jobs queue of site rebuilds. A queue of its own, with its own runner (`jobs.autoRun` in
 * payload.config.ts): a long local site build never delays scheduled publishing on `default`.
 */
export const REBUILD_QUEUE = 'rebuilds'

/** The jobs task that rebuilds one brand's site (src/rebuild/tasks.ts). */
export const REBUILD_TASK = 'rebuildSite'

/** The task's one step in the job's log (Payload runs a task job as the task with id "1"). */
export const REBUILD_TASK_ID = '1'

/** A running rebuild's job is taken as abandoned once this many heartbeats were missed. */
export const STALE_HEARTBEATS = 5

/** The concurrency key of a brand's rebuild jobs: one runs at a time per brand, in any process. */
export const rebuildConcurrencyKey = (brandId: string): string => `rebuild-brand-${brandId}`

/** What a rebuild job carries: one brand and the changes it is rebuilt for. */
export interface RebuildJobInput {
  /** The brand's id, as a string on every database. */
  brand: string
  /** The changes since the brand's last rebuild was queued, one per document (see `mergeChange`). */
  changes: RebuildChange[]
  /** When the first of these changes was made (ISO 8601). */
  requestedAt: string
}

/** What a finished rebuild job records: `skipped` when the brand is gone or has nothing to rebuild it with. */
export interface RebuildJobOutput {
  outcome: 'succeeded' | 'skipped'
}

/** A rebuild job's input, read defensively: jobs are stored data. */
export function inputOf(job: Pick<Job, 'input'>): RebuildJobInput {
  const input = (job.input ?? {}) as Partial<Record<keyof RebuildJobInput, unknown>>
  return {
    brand: String(input.brand ?? ''),
    changes: changesFromJson(input.changes) ?? [],
    requestedAt: typeof input.requestedAt === 'string' ? input.requestedAt : new Date().toISOString(),
  }
}

/** True while a job has not been started: not claimed, never tried, not finished. */
export function isWaiting(job: Pick<Job, 'completedAt' | 'hasError' | 'processing' | 'totalTried'>): boolean {
  return !job.processing && !job.completedAt && !job.hasError && !((job.totalTried ?? 0) > 0)
}

/** Tries of the rebuild task that failed (or were interrupted) so far, as the queue counts them for its retries. */
export function failedTries(job: Pick<Job, 'log'>): number {
  return (job.log ?? []).filter((entry) => entry.taskSlug === REBUILD_TASK && entry.taskID === REBUILD_TASK_ID && entry.state === 'failed').length
}
