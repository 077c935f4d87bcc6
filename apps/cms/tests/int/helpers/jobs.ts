import type { Job, Payload } from 'payload'

/**
 * The job `id` once the queue has run it: failed for good or completed. Null when it ran and the
 * queue deleted it, as it does with completed jobs. Still unfinished after `ms`: returned as it is,
 * so the caller's assertion says what state it was left in.
 */
export async function settledJob(payload: Payload, id: number | string, ms = 25_000): Promise<Job | null> {
  const end = Date.now() + ms
  const find = () => payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true, depth: 0, disableErrors: true }) as Promise<Job | null>
  let job = await find()
  while (Date.now() < end && job !== null && !(job.hasError || job.completedAt)) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    job = await find()
  }
  return job
}
