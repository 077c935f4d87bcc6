import type { Payload, PayloadRequest } from 'payload'
import type { Rebuild } from '../payload-types'

/*
 * The `rebuilds` records, written through the database adapter: inside an editor's request
 * they join its transaction without Payload's operation machinery, which would roll the whole
 * transaction back (the editor's save with it) if a record could not be written.
 */

/** The id of a `rebuilds` record: a number on SQLite, a string on MongoDB. */
export type RecordId = number | string

/** Context of reads and writes that must not schedule rebuilds (`DISABLE_REBUILD`). */
export const ownWrites = { disableRebuild: true }

/** A record's fields as the rebuild writes them. */
export type RecordData = Partial<Omit<Rebuild, 'brand' | 'createdAt' | 'id' | 'updatedAt'>> & { brand?: number | string | null }

/** A record's title: brand and time of the request. */
export const titleOf = (brandName: string, requestedAt: string): string => `${brandName} · ${requestedAt.slice(0, 19).replace('T', ' ')} UTC`

/**
 * The record of a job that has not finished, or null when it has none (yet). Only unfinished
 * records count: SQLite hands the id of a deleted job (the queue deletes succeeded ones) to the
 * next job, so a finished record may name a job id that is in use again.
 */
export async function recordOfJob(payload: Payload, jobId: number | string, req?: PayloadRequest): Promise<Rebuild | null> {
  const { docs } = await payload.db.find<Rebuild>({
    collection: 'rebuilds',
    where: { and: [{ job: { equals: String(jobId) } }, { status: { in: ['pending', 'running'] } }] },
    sort: '-createdAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0] ?? null
}

/** Creates a record; every required field must be in `data`. */
export async function createRecord(payload: Payload, data: RecordData & Pick<Rebuild, 'reason' | 'status' | 'title' | 'via'>, req?: PayloadRequest): Promise<RecordId> {
  const now = new Date().toISOString()
  const doc = await payload.db.create({ collection: 'rebuilds', data: { attempts: 0, ...data, createdAt: now, updatedAt: now }, req })
  return doc.id as RecordId
}

/** Updates the given fields of a record (and no others). */
export async function updateRecord(payload: Payload, id: RecordId, data: RecordData, req?: PayloadRequest): Promise<void> {
  await payload.db.updateOne({ collection: 'rebuilds', id, data: { ...data, updatedAt: new Date().toISOString() }, req, returning: false })
}

/** Deletes a record (a rebuild that turned out to have nothing to rebuild). */
export async function deleteRecord(payload: Payload, id: RecordId): Promise<void> {
  await payload.db.deleteOne({ collection: 'rebuilds', where: { id: { equals: id } }, returning: false })
}
