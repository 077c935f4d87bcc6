import type { CollectionSlug, Payload, RequestContext } from 'payload'

const DAY_MS = 24 * 60 * 60 * 1000
/** Ids per delete call. */
const DELETE_CHUNK = 200

/** The ISO time `days` days before `now`: what is older goes. Throws on a negative or non-finite count, naming `task`. */
export function retentionCutoff(task: string, days: number, now: Date = new Date()): string {
  if (!Number.isFinite(days) || days < 0) throw new Error(`${task}: keepDays must be a number ≥ 0, not ${days}`)
  return new Date(now.getTime() - days * DAY_MS).toISOString()
}

/**
 * Deletes documents by id, a chunk at a time, for the daily retention tasks. A document that
 * cannot be deleted is logged (as a `label`) and left for the next run. Resolves with the number deleted.
 */
export async function deleteInChunks(
  payload: Payload,
  collection: CollectionSlug,
  ids: readonly (number | string)[],
  options: { label: string; context?: RequestContext },
): Promise<number> {
  let deleted = 0
  for (let start = 0; start < ids.length; start += DELETE_CHUNK) {
    const { docs, errors } = await payload.delete({
      collection,
      where: { id: { in: ids.slice(start, start + DELETE_CHUNK) } },
      overrideAccess: true,
      depth: 0,
      ...(options.context ? { context: options.context } : {}),
    })
    deleted += docs.length
    for (const error of errors) payload.logger.error(`Could not delete ${options.label} ${error.id}: ${error.message}`)
  }
  return deleted
}
