import type { Job, Payload, Where } from 'payload'
import { REBUILD_QUEUE, rebuildConcurrencyKey } from '../../../src/rebuild/job'

/** Polls `read` until `done` holds; fails naming `what` (and the last value) after `ms`. */
export async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, ms = 45_000): Promise<T> {
  const end = Date.now() + ms
  let last = await read()
  while (!done(last)) {
    if (Date.now() > end) throw new Error(`Gave up waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 500)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    last = await read()
  }
  return last
}

/** The rebuild jobs in the queue (of one brand, when given), oldest first; succeeded jobs are deleted by the queue. */
export async function rebuildJobs(payload: Payload, brandId?: number | string, where?: Where): Promise<Job[]> {
  const and: Where[] = [{ queue: { equals: REBUILD_QUEUE } }]
  if (brandId !== undefined) and.push({ concurrencyKey: { equals: rebuildConcurrencyKey(String(brandId)) } })
  if (where) and.push(where)
  return (await payload.db.find<Job>({ collection: 'payload-jobs', where: { and }, sort: 'createdAt', limit: 0, pagination: false })).docs
}

/** Rebuild jobs not finished yet: waiting, running, or waiting for a retry. */
export const unfinishedRebuildJobs = (payload: Payload, brandId?: number | string) =>
  rebuildJobs(payload, brandId, { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] })

/** Resolves once every rebuild job has succeeded or failed for good (the runner runs them: `cron: true`). */
export async function rebuildsSettled(payload: Payload): Promise<void> {
  await until('the rebuild jobs to finish', () => unfinishedRebuildJobs(payload), (jobs) => jobs.length === 0)
}
