import type { Payload } from 'payload'
import { messageOf } from './outcome'

/**
 * Runs `work` while marking job `jobId` alive every `intervalMs` (its `updatedAt`), so that no
 * other process takes it over as abandoned (`reclaimStaleRebuilds`) while it runs, however long.
 * A missed heartbeat is logged, never fatal: only several in a row make the job look abandoned.
 */
export async function withHeartbeat<T>(payload: Payload, jobId: number | string, intervalMs: number, work: () => Promise<T>): Promise<T> {
  let beating: Promise<void> = Promise.resolve()
  const timer = setInterval(() => {
    beating = beating.then(async () => {
      try {
        await payload.db.updateJobs({ id: jobId, data: { updatedAt: new Date().toISOString() }, returning: false })
      } catch (error) {
        payload.logger.warn(`Could not mark rebuild job ${jobId} as alive: ${messageOf(error)}. Other CMS processes take it over if this keeps failing.`)
      }
    })
  }, intervalMs)
  try {
    return await work()
  } finally {
    clearInterval(timer)
    // A heartbeat still being written lands before the queue marks the job finished.
    await beating
  }
}
