import type { Payload } from 'payload'
import { refId } from '../access/userBrands'
import type { Rebuild } from '../payload-types'
import { type RebuildChange, changesFromJson, mergeChange } from './changes'
import { ownWrites } from './payloadBackend'
import type { RecordId } from './RebuildScheduler'
import { rebuildSchedulerFor } from './rebuildSchedulerFor'

/** The last error of a rebuild that was running when its CMS process stopped. */
export const INTERRUPTED_BY_RESTART = 'interrupted by a CMS restart'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** When a record's changes were first made: `requestedAt`, or its creation for records without one. */
const requestedAtOf = (record: Rebuild) => new Date(record.requestedAt ?? record.createdAt)

/**
 * A record's changes. Records written before `changes` existed only have their reason for
 * people; they stand for themselves, so that the rebuild still happens and says why.
 */
function changesOf(record: Rebuild): RebuildChange[] {
  return (
    changesFromJson((record as { changes?: unknown }).changes) ?? [
      { collection: 'rebuilds', id: String(record.id), title: `re-run of: ${record.reason}`, action: 'updated' },
    ]
  )
}

/**
 * Rebuilds what an earlier CMS process left undone; call it once the CMS has started (`onInit`).
 *
 * Finds the `rebuilds` records left `pending` (changes that were waiting for their quiet
 * period) or `running` (a rebuild the process stopped in the middle of) by a process that is
 * gone, that is every such record this process's scheduler does not hold. A `running` one is
 * marked `failed` with the last error "interrupted by a CMS restart". Then each affected brand
 * gets one new rebuild for all its interrupted changes: its oldest pending record is kept as
 * the new pending record (further ones are merged into it and deleted), or one is created.
 * Records whose brand has been deleted are closed (running → failed) or deleted (pending)
 * without a rebuild.
 *
 * Safe to call at any time and any number of times: with nothing interrupted it does nothing,
 * and records this process already holds are left alone, so nothing is scheduled twice.
 * Assumes one CMS process per database, as the scheduler does. Never rejects: failures are
 * logged. Resolves with the number of brands it scheduled.
 */
export async function resumeInterruptedRebuilds(payload: Payload): Promise<number> {
  const scheduler = rebuildSchedulerFor(payload)
  let found: Rebuild[]
  try {
    found = (
      await payload.find({
        collection: 'rebuilds',
        where: { status: { in: ['pending', 'running'] } },
        sort: 'createdAt',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        context: ownWrites,
      })
    ).docs
  } catch (error) {
    payload.logger.error(`Could not look for site rebuilds interrupted by a restart: ${messageOf(error)}`)
    return 0
  }
  // Records being written or taken over by this process right now are known once those writes end.
  await scheduler.settled()
  const held = new Set(scheduler.heldRecordIds().map(String))
  const interrupted = found.filter((record) => !held.has(String(record.id)))
  if (interrupted.length === 0) {
    payload.logger.debug('No site rebuilds were interrupted by a restart.')
    return 0
  }

  const byBrand = new Map<string, Rebuild[]>()
  const withoutBrand: Rebuild[] = []
  for (const record of interrupted) {
    const brandId = refId(record.brand)
    if (brandId === null) {
      withoutBrand.push(record)
      continue
    }
    const list = byBrand.get(String(brandId)) ?? []
    list.push(record)
    byBrand.set(String(brandId), list)
  }

  const finishedAt = new Date().toISOString()
  const markInterrupted = (record: Rebuild) =>
    payload.update({
      collection: 'rebuilds',
      id: record.id,
      data: { status: 'failed', lastError: INTERRUPTED_BY_RESTART, finishedAt },
      overrideAccess: true,
      context: ownWrites,
    })
  const remove = (id: RecordId) => payload.delete({ collection: 'rebuilds', id, overrideAccess: true, context: ownWrites })

  for (const record of withoutBrand) {
    try {
      if (record.status === 'running') await markInterrupted(record)
      else await remove(record.id)
    } catch (error) {
      payload.logger.error(`Could not close the interrupted site rebuild ${record.id} of a deleted brand: ${messageOf(error)}`)
    }
  }

  const scheduled: string[] = []
  for (const [brandId, records] of byBrand) {
    try {
      records.sort((a, b) => requestedAtOf(a).getTime() - requestedAtOf(b).getTime())
      const changes: RebuildChange[] = []
      for (const record of records) for (const change of changesOf(record)) mergeChange(changes, change)
      for (const record of records) if (record.status === 'running') await markInterrupted(record)
      const pending = records.filter((record) => record.status === 'pending')
      const kept = pending[0]?.id ?? null
      // One pending record per brand: the others' changes are in the kept one.
      for (const record of pending.slice(1)) await remove(record.id)
      const requestedAt = requestedAtOf(records[0] as Rebuild)
      const adopted = await scheduler.resume(brandId, { changes, requestedAt, recordId: kept })
      if (!adopted && kept !== null) await remove(kept)
      scheduled.push(brandId)
    } catch (error) {
      payload.logger.error(`Could not resume the interrupted site rebuilds of brand ${brandId}: ${messageOf(error)}`)
    }
  }
  const closed = withoutBrand.length > 0 ? ` (${withoutBrand.length} of deleted brands closed)` : ''
  const which = scheduled.length > 0 ? ` (brand id ${scheduled.join(', ')})` : ''
  payload.logger.info(`Found ${interrupted.length} site rebuild record(s) interrupted by a restart${closed}; rebuilding ${scheduled.length} brand(s)${which}.`)
  return scheduled.length
}
