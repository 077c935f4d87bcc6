import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, eq, inArray, isNull, lt, or, sql } from '@payloadcms/db-sqlite/drizzle'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Job, Payload, UpdateJobsArgs, Where } from 'payload'
import { afterAdapterInit } from '../ops/afterAdapterInit'

/*
 * Payload's jobs queue claims due jobs with `updateJobs({ data: { processing: true }, where })`,
 * which both adapters carry out as "find the rows, then update them by id": two processes whose
 * runners tick in the same second both find a job, both mark it processing and both run it (a
 * rebuild calls the build hook twice, a scheduled publish publishes twice). Here that one call
 * is replaced by an update that only touches rows still unclaimed, one atomic statement per
 * batch (SQLite) or per job (MongoDB), and returns only the jobs this process claimed.
 */

type JobId = number | string

const JOBS = 'payload-jobs'
/** The MongoDB index that lets one job per concurrency key be processing at a time. */
const ONE_PROCESSING_PER_KEY = 'concurrencyKey_one_processing'

/** The few job updates that must each be one atomic step, done the way each database can. */
interface AtomicJobStore {
  /**
   * Sets `processing` (and `updatedAt`) on those of `ids` still unclaimed and, when `exclusive`,
   * whose concurrency key no processing job holds; resolves with the ids this call claimed.
   */
  claim(ids: readonly JobId[], updatedAt: string, exclusive: boolean): Promise<JobId[]>
  /** Moves a processing job's `updatedAt` to `now` only if it is still before `staleBefore`: true when this call did. */
  takeOverStale(id: JobId, staleBefore: string, now: string): Promise<boolean>
}

/** What this module needs of a database adapter (Payload's `payload.db` type differs per adapter). */
type Adapter = Pick<BaseDatabaseAdapter, 'find' | 'name' | 'payload'>

const stores = new WeakMap<Adapter, AtomicJobStore>()

function storeOf(adapter: Adapter): AtomicJobStore {
  let store = stores.get(adapter)
  if (!store) {
    if (adapter.name === 'sqlite') store = sqliteStore(adapter as unknown as SQLiteAdapter)
    else if (adapter.name === 'mongoose') store = mongodbStore(adapter as unknown as MongooseAdapter)
    else throw new Error(`Atomic job claims support the sqlite and mongoose database adapters, not "${adapter.name}"; add one in src/jobs/atomicClaims.ts.`)
    stores.set(adapter, store)
  }
  return store
}

function sqliteStore(adapter: SQLiteAdapter): AtomicJobStore {
  const jobsTable = () => {
    const table = adapter.tables[adapter.tableNameMap.get('payload_jobs') ?? '']
    if (!table) throw new Error('The SQLite adapter has no payload_jobs table: is the jobs queue configured (jobs.tasks)?')
    return table
  }
  const column = (table: ReturnType<typeof jobsTable>, name: 'concurrencyKey' | 'id' | 'processing' | 'updatedAt') => {
    const found = table[name]
    if (!found) throw new Error(`The payload_jobs table has no ${name} column; atomic job claims need it (jobs.enableConcurrencyControl for concurrencyKey).`)
    return found
  }
  return {
    async claim(ids, updatedAt, exclusive) {
      const jobs = jobsTable()
      const [id, processing] = [column(jobs, 'id'), column(jobs, 'processing')]
      let where = and(inArray(id, [...ids]), eq(processing, false))
      if (exclusive) {
        // One UPDATE statement: SQLite takes the write lock before it reads, so no other
        // connection can claim a job of the same key between this check and the write. Inside
        // the subquery the column names bind to its own FROM, the jobs already processing.
        const key = column(jobs, 'concurrencyKey')
        const [keyName, processingName] = [sql.identifier(key.name), sql.identifier(processing.name)]
        const runningKeys = sql`select ${keyName} from ${jobs} where ${processingName} = 1 and ${keyName} is not null`
        where = and(where, or(isNull(key), sql`${key} not in (${runningKeys})`))
      }
      const rows = await adapter.drizzle.update(jobs).set({ processing: true, updatedAt }).where(where).returning({ id })
      return rows.map((row) => row.id as JobId)
    },
    async takeOverStale(jobId, staleBefore, now) {
      const jobs = jobsTable()
      const id = column(jobs, 'id')
      const rows = await adapter.drizzle
        .update(jobs)
        .set({ updatedAt: now })
        .where(and(eq(id, jobId), eq(column(jobs, 'processing'), true), lt(column(jobs, 'updatedAt'), staleBefore)))
        .returning({ id })
      return rows.length === 1
    },
  }
}

const isDuplicateKeyError = (error: unknown) => typeof error === 'object' && error !== null && 'code' in error && error.code === 11000

function mongodbStore(adapter: MongooseAdapter): AtomicJobStore {
  const model = () => {
    const found = adapter.collections[JOBS]
    if (!found) throw new Error('The MongoDB adapter has no payload-jobs model: is the jobs queue configured (jobs.tasks)?')
    return found
  }
  let exclusiveIndex: Promise<boolean> | null = null
  /**
   * A unique index over the concurrency keys of processing jobs: the database itself refuses
   * a second claim of a key, so two processes can never run two jobs of one key at once.
   */
  const ensureExclusiveIndex = () =>
    (exclusiveIndex ??= model()
      .collection.createIndex(
        { concurrencyKey: 1 },
        { name: ONE_PROCESSING_PER_KEY, unique: true, partialFilterExpression: { processing: true, concurrencyKey: { $type: 'string' } } },
      )
      .then(
        () => true,
        (error: unknown) => {
          adapter.payload.logger.error(
            { err: error },
            `Could not create the MongoDB index ${ONE_PROCESSING_PER_KEY} on payload-jobs: two processes may run jobs of one concurrency key at once. Check that no two processing jobs share a key, then restart.`,
          )
          return false
        },
      ))
  return {
    async claim(ids, updatedAt, exclusive) {
      if (exclusive) await ensureExclusiveIndex()
      const claimed: JobId[] = []
      for (const id of ids) {
        try {
          // The filter holds the condition: the update applies only while the job is unclaimed.
          const result = await model().updateOne({ _id: id, processing: false }, { $set: { processing: true, updatedAt: new Date(updatedAt) } }, { timestamps: false })
          if (result.modifiedCount === 1) claimed.push(id)
        } catch (error) {
          // Another job of the same concurrency key is processing (the unique index): this one waits.
          if (isDuplicateKeyError(error)) continue
          throw error
        }
      }
      return claimed
    },
    async takeOverStale(id, staleBefore, now) {
      const result = await model().updateOne(
        { _id: id, processing: true, updatedAt: { $lt: new Date(staleBefore) } },
        { $set: { updatedAt: new Date(now) } },
        { timestamps: false },
      )
      return result.modifiedCount === 1
    },
  }
}

/** True for `where.processing.equals === false`, at the top or in a (nested) `and`. */
function requiresUnclaimed(where: Where): boolean {
  const processing = where.processing
  if (typeof processing === 'object' && processing !== null && 'equals' in processing && processing.equals === false) return true
  return Array.isArray(where.and) && where.and.some(requiresUnclaimed)
}

/** The runner's claim: `processing: true` (and `updatedAt`) on the jobs a `where` finds that requires them unclaimed. */
function isClaim(args: UpdateJobsArgs): args is UpdateJobsArgs & { where: Where } {
  if (args.id !== undefined || !args.where || args.data.processing !== true) return false
  return Object.keys(args.data).every((key) => key === 'processing' || key === 'updatedAt') && requiresUnclaimed(args.where)
}

async function claimJobs(adapter: Adapter, args: UpdateJobsArgs & { where: Where }): Promise<Job[] | null> {
  const updatedAt = typeof args.data.updatedAt === 'string' ? args.data.updatedAt : new Date().toISOString()
  // The same candidates, in the same order, as the adapter's own updateJobs would take.
  const { docs: candidates } = await adapter.find({ collection: JOBS, where: args.where, sort: args.sort, limit: args.limit ?? 0, pagination: false, req: args.req })
  const claimed = candidates.length === 0 ? [] : await storeOf(adapter).claim(candidates.map((job) => job.id), updatedAt, Boolean(adapter.payload.config.jobs.enableConcurrencyControl))
  if (args.returning === false) return null
  if (claimed.length === 0) return []
  const { docs } = await adapter.find({ collection: JOBS, where: { id: { in: claimed } }, sort: args.sort, limit: 0, pagination: false, req: args.req })
  return docs as unknown as Job[]
}

/**
 * Makes the jobs queue's claim of due jobs atomic, so that two processes never run one job
 * twice, and (with `jobs.enableConcurrencyControl`) never run two jobs of one concurrency key at
 * once. Every other `updateJobs` call goes to the adapter unchanged. SQLite and MongoDB only.
 */
export function withAtomicJobClaims(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return afterAdapterInit(adapterObj, (adapter) => {
    const updateJobs = adapter.updateJobs
    adapter.updateJobs = async function atomicUpdateJobs(this: BaseDatabaseAdapter, jobArgs: UpdateJobsArgs) {
      return isClaim(jobArgs) ? claimJobs(this, jobArgs) : updateJobs.call(this, jobArgs)
    }
  })
}

/**
 * Takes over a processing job whose `updatedAt` (its heartbeat) is older than `staleBefore`:
 * true when this call did (its `updatedAt` is now fresh, so no other process takes it over
 * too), false when the job is gone, no longer processing, or alive again.
 */
export async function takeOverStaleJob(payload: Payload, id: JobId, staleBefore: Date): Promise<boolean> {
  return storeOf(payload.db).takeOverStale(id, staleBefore.toISOString(), new Date().toISOString())
}
