import fs from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { BasePayload, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Brand, Rebuild } from '../../src/payload-types'
import type * as RebuildModule from '../../src/rebuild'
import { REBUILD_TASK, REBUILD_TASK_ID, type RebuildJobInput } from '../../src/rebuild/job'
import { createRecord } from '../../src/rebuild/records'
import { COBBLESTONE, MESQUITE, WRENFIELD } from '../../src/seed/data/brands'
import { demoNetwork } from '../../src/seed/data'
import { type HookReceiver, callsBySlug, hookPath, startHookReceiver } from './helpers/hookReceiver'
import { createDemoBrandsWithHooks } from './helpers/contentDocuments'
import { paragraphState } from './helpers/lexical'
import { rebuildJobs, rebuildsSettled, unfinishedRebuildJobs, until } from './helpers/rebuildQueue'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Publish → rebuild across restarts and killed processes, and the retention of rebuild
 * records. Rebuilds are jobs in the database: a CMS started on the same database runs what a
 * stopped one queued, and takes over a rebuild whose process died in the middle (its heartbeat
 * went stale). The build hooks are a local HTTP receiver, as in rebuild.int.spec.ts.
 */
const HEARTBEAT_MS = 200
const timings = {
  REBUILD_DEBOUNCE_MS: '300',
  REBUILD_RETRY_BASE_MS: '200',
  REBUILD_MAX_ATTEMPTS: '3',
  REBUILD_TIMEOUT_MS: '10000',
  REBUILD_HEARTBEAT_MS: String(HEARTBEAT_MS),
  JOBS_CRON: '* * * * * *',
  LOCAL_REBUILD: 'false',
}
const DAY_MS = 24 * 60 * 60 * 1000
const quietly = { disableRebuild: true }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString()

describe.skipIf(skipDatabase)('publish → rebuild across restarts', () => {
  let cms: TestCms
  /** The CMS in use: the first one, then the one started after it stopped. */
  let payload: Payload
  let restarted: Payload | null = null
  let receiver: HookReceiver
  let rebuild: typeof RebuildModule
  const brands: Record<string, Brand> = {}
  const id = (slug: string) => (brands[slug] as Brand).id

  beforeAll(async () => {
    receiver = await startHookReceiver()
    // The first CMS runs no jobs: it only queues them, and then stops.
    cms = await startPayload(timings, { cron: false })
    payload = cms.payload
    // Imported after startPayload: the environment (retries, heartbeat) is read once, at import.
    rebuild = await import('../../src/rebuild')
    Object.assign(brands, await createDemoBrandsWithHooks(payload, demoNetwork.brands, (slug) => `${receiver.url}${hookPath(slug)}`))
  })
  afterAll(async () => {
    if (restarted) {
      await rebuildsSettled(restarted)
      if (restarted.db.name === 'mongoose') await (restarted.db as unknown as MongooseAdapter).connection.dropDatabase()
      await restarted.destroy()
      await fs.rm(cms.dir, { recursive: true, force: true })
    } else {
      await cms?.stop()
    }
    await receiver?.close()
  })

  /** Build hook calls per brand slug so far. */
  const calls = () => callsBySlug(receiver.requests)

  const rebuildsOf = async (slug: string) =>
    (await payload.find({ collection: 'rebuilds', where: { brand: { equals: id(slug) } }, sort: 'createdAt', depth: 0, overrideAccess: true, pagination: false })).docs

  const allRebuilds = async () => (await payload.find({ collection: 'rebuilds', sort: 'createdAt', depth: 0, overrideAccess: true, pagination: false })).docs

  const publishArticle = (title: string, brandSlugs: string[]) =>
    payload.create({
      collection: 'articles',
      data: { title, excerpt: 'A short lead.', body: paragraphState('Body text.'), brands: brandSlugs.map(id) as number[], _status: 'published' } as never,
      overrideAccess: true,
    })

  describe('restarts and killed processes', () => {
    beforeEach(async () => {
      if (restarted) await rebuildsSettled(restarted)
      receiver.clear()
    })

    it('loses nothing on a restart: the next CMS on the database runs the rebuild the stopped one queued, once', async () => {
      const doc = await publishArticle('Published just before a restart', [MESQUITE])
      // The save has returned: its rebuild is a job in the database, with its record.
      const [job, ...others] = await unfinishedRebuildJobs(payload, id(MESQUITE))
      expect(others).toEqual([])
      const [pending] = await rebuildsOf(MESQUITE)
      expect(pending).toMatchObject({ status: 'pending', attempts: 0, job: String(job?.id), reason: `articles ${doc.id} "Published just before a restart" published` })

      await payload.destroy()
      expect(receiver.requests).toEqual([])
      const { default: config } = await import('../../src/payload.config')
      restarted = await new BasePayload().init({ config, cron: true })
      payload = restarted

      await rebuildsSettled(payload)
      expect(calls()).toEqual({ [MESQUITE]: 1 })
      expect(receiver.requests[0]?.body).toEqual({ brand: MESQUITE, reason: pending?.reason, requestedAt: pending?.requestedAt })
      expect((await rebuildsOf(MESQUITE)).map((record) => [record.id, record.status, record.attempts])).toEqual([[pending?.id, 'succeeded', 1]])
    })

    /**
     * A rebuild job as a process killed in the middle of it leaves it: claimed (`processing`),
     * its record running, its last heartbeat `heartbeatAgoMs` ago, after `failedBefore` failed tries.
     */
    async function abandonedRebuild(slug: string, heartbeatAgoMs: number, failedBefore = 0): Promise<{ jobId: number | string; recordId: number | string }> {
      const input: RebuildJobInput = { brand: String(id(slug)), changes: [{ collection: 'articles', id: '901', title: 'Being rebuilt', action: 'published' }], requestedAt: new Date().toISOString() }
      // Not due yet, so that no runner claims it before it looks claimed.
      const job = await payload.jobs.queue({ task: REBUILD_TASK, queue: rebuild.REBUILD_QUEUE, input, waitUntil: new Date(Date.now() + DAY_MS) })
      const failed = Array.from({ length: failedBefore }, () => ({
        id: randomBytes(12).toString('hex'),
        taskSlug: REBUILD_TASK,
        taskID: REBUILD_TASK_ID,
        state: 'failed',
        executedAt: daysAgo(0.01),
        completedAt: daysAgo(0.01),
        input,
        output: {},
        error: { message: 'the build hook answered HTTP 500' },
      }))
      await payload.db.updateJobs({
        id: job.id,
        data: {
          processing: true,
          totalTried: failedBefore,
          waitUntil: new Date(Date.now() - DAY_MS).toISOString(),
          updatedAt: new Date(Date.now() - heartbeatAgoMs).toISOString(),
          ...(failed.length > 0 ? { log: { $push: failed } } : {}),
        },
        returning: false,
      })
      const recordId = await createRecord(payload, {
        title: 'left running',
        brand: id(slug),
        status: 'running',
        via: 'buildHook',
        attempts: failedBefore + 1,
        reason: 'articles 901 "Being rebuilt" published',
        requestedAt: input.requestedAt,
        startedAt: input.requestedAt,
        job: String(job.id),
      })
      return { jobId: job.id, recordId }
    }

    it('takes over a rebuild whose process was killed in the middle (stale heartbeat) and runs it once', async () => {
      const { recordId } = await abandonedRebuild(WRENFIELD, 60_000)
      // This CMS's runner notices the stale heartbeat before one of its next ticks.
      await until('the abandoned rebuild to be run again', async () => calls()[WRENFIELD] ?? 0, (count) => count > 0)
      await rebuildsSettled(payload)
      expect(calls()).toEqual({ [WRENFIELD]: 1 })
      const record = await payload.findByID({ collection: 'rebuilds', id: recordId, depth: 0, overrideAccess: true })
      expect(record).toMatchObject({ status: 'succeeded', attempts: 2, responseStatus: 200 })
      expect(record.lastError).toMatch(/^interrupted: the CMS process running it stopped/)
      expect(await rebuild.reclaimStaleRebuilds(payload, { heartbeatMs: HEARTBEAT_MS })).toBe(0)
    })

    it('records an abandoned rebuild on its last try as failed, without running it again', async () => {
      const { jobId, recordId } = await abandonedRebuild(MESQUITE, 60_000, 2)
      await until(
        'the abandoned rebuild to be closed',
        () => payload.findByID({ collection: 'rebuilds', id: recordId, depth: 0, overrideAccess: true }),
        (record: Rebuild) => record.status !== 'running',
      )
      await rebuildsSettled(payload)
      expect(calls()).toEqual({})
      const record = await payload.findByID({ collection: 'rebuilds', id: recordId, depth: 0, overrideAccess: true })
      expect(record).toMatchObject({ status: 'failed', attempts: 3, lastError: expect.stringMatching(/^interrupted: /) })
      const [left] = await rebuildJobs(payload, id(MESQUITE), { id: { equals: jobId } })
      expect(left).toMatchObject({ processing: false, hasError: true, totalTried: 3 })
    })

    it('leaves a running rebuild alone while its heartbeat is fresh, however long it takes', async () => {
      receiver.hold(hookPath(COBBLESTONE))
      await publishArticle('A slow build', [COBBLESTONE])
      await until('the build hook call', async () => receiver.heldCount, (held) => held === 1)
      // Longer than the stale limit (five heartbeats): only the heartbeat keeps the job its own.
      await sleep(8 * HEARTBEAT_MS)
      expect(await rebuild.reclaimStaleRebuilds(payload, { heartbeatMs: HEARTBEAT_MS })).toBe(0)
      expect((await unfinishedRebuildJobs(payload, id(COBBLESTONE))).map((job) => job.processing)).toEqual([true])
      receiver.release()
      await rebuildsSettled(payload)
      expect(calls()).toEqual({ [COBBLESTONE]: 1 })
      const [record] = (await rebuildsOf(COBBLESTONE)).slice(-1)
      expect(record).toMatchObject({ status: 'succeeded', attempts: 1 })
      expect(record?.lastError ?? null).toBeNull()
    })
  })

  describe('pruneRebuilds', () => {
    beforeEach(async () => {
      await rebuildsSettled(payload)
      await payload.delete({ collection: 'rebuilds', where: { id: { exists: true } }, overrideAccess: true, context: quietly })
    })

    /** A record as the CMS leaves it, named `label`, finished `age` days ago (or requested then, for pending and running ones). */
    const aged = (label: string, brandSlug: string | null, status: Rebuild['status'], age: number | null) =>
      payload.create({
        collection: 'rebuilds',
        data: {
          title: label,
          brand: brandSlug === null ? null : id(brandSlug),
          via: 'buildHook',
          attempts: 1,
          reason: 'a change',
          status,
          requestedAt: daysAgo(age ?? 0),
          finishedAt: status === 'succeeded' || status === 'failed' ? (age === null ? null : daysAgo(age)) : null,
        } as never,
        overrideAccess: true,
        context: quietly,
      })
    const survivors = async () => (await allRebuilds()).map((record) => record.title).sort()

    it('deletes finished records older than keepDays, but keeps the newest keepPerBrand of each brand and everything unfinished', async () => {
      await aged('mesquite 1d', MESQUITE, 'succeeded', 1)
      await aged('mesquite 10d', MESQUITE, 'failed', 10)
      await aged('mesquite 40d', MESQUITE, 'succeeded', 40)
      await aged('mesquite 50d', MESQUITE, 'failed', 50)
      await aged('mesquite 60d', MESQUITE, 'succeeded', 60)
      await aged('mesquite pending 90d', MESQUITE, 'pending', 90)
      await aged('mesquite running 90d', MESQUITE, 'running', 90)
      await aged('wrenfield 35d', WRENFIELD, 'succeeded', 35)
      await aged('wrenfield 45d', WRENFIELD, 'failed', 45)
      await aged('wrenfield 55d', WRENFIELD, 'succeeded', 55)
      // No finishedAt: its age is its creation's, today.
      await aged('cobblestone undated', COBBLESTONE, 'failed', null)
      await aged('deleted brand 100d', null, 'succeeded', 100)
      await aged('deleted brand 200d', null, 'failed', 200)
      await aged('deleted brand 300d', null, 'failed', 300)

      expect(await rebuild.pruneRebuilds(payload, { keepDays: 30, keepPerBrand: 2 })).toBe(5)
      expect(await survivors()).toEqual(
        [
          'cobblestone undated',
          'deleted brand 100d',
          'deleted brand 200d',
          'mesquite 10d',
          'mesquite 1d',
          'mesquite pending 90d',
          'mesquite running 90d',
          'wrenfield 35d',
          'wrenfield 45d',
        ].sort(),
      )
      expect(await rebuild.pruneRebuilds(payload, { keepDays: 30, keepPerBrand: 2 })).toBe(0)
      // Without a minimum per brand, age alone decides.
      expect(await rebuild.pruneRebuilds(payload, { keepDays: 30, keepPerBrand: 0 })).toBe(4)
      expect(await survivors()).toEqual(['cobblestone undated', 'mesquite 10d', 'mesquite 1d', 'mesquite pending 90d', 'mesquite running 90d'].sort())
    })

    it('deletes the queue\'s jobs of failed rebuilds once they are older than keepDays, and no other job', async () => {
      // Earlier tests leave failed rebuild jobs of their own: this one starts without any.
      await payload.delete({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: REBUILD_TASK } }, { hasError: { equals: true } }] }, overrideAccess: true })
      const job = (hasError: boolean) =>
        payload.create({
          collection: 'payload-jobs',
          data: { taskSlug: REBUILD_TASK, queue: 'rebuilds', input: { brand: String(id(MESQUITE)), changes: [], requestedAt: daysAgo(0) }, hasError, processing: false, waitUntil: new Date(Date.now() + 365 * DAY_MS).toISOString() } as never,
          overrideAccess: true,
        })
      const failed = await job(true)
      const waiting = await job(false)
      try {
        const inDays = (days: number) => new Date(Date.now() + days * DAY_MS)
        // Failed today: kept for keepDays.
        expect(await rebuild.pruneFailedRebuildJobs(payload, { keepDays: 30 })).toBe(0)
        expect(await rebuild.pruneFailedRebuildJobs(payload, { keepDays: 30, now: inDays(31) })).toBe(1)
        const left = (await payload.find({ collection: 'payload-jobs', where: { id: { in: [failed.id, waiting.id] } }, depth: 0, overrideAccess: true })).docs.map((doc) => doc.id)
        expect(left).toEqual([waiting.id])
      } finally {
        await payload.delete({ collection: 'payload-jobs', where: { id: { in: [failed.id, waiting.id] } }, overrideAccess: true })
      }
    })

    it('runs daily as a jobs task with the default limits', async () => {
      const task = rebuild.pruneRebuildsTask
      expect(task.slug).toBe('pruneRebuilds')
      expect(task.schedule).toEqual([{ cron: rebuild.PRUNE_REBUILDS_CRON, queue: rebuild.PRUNE_REBUILDS_QUEUE }])
      expect([rebuild.PRUNE_REBUILDS_KEEP_DAYS, rebuild.PRUNE_REBUILDS_KEEP_PER_BRAND]).toEqual([30, 20])
      for (let age = 25; age < 50; age += 1) await aged(`wrenfield ${age}d`, WRENFIELD, 'succeeded', age)
      await aged('mesquite 31d', MESQUITE, 'succeeded', 31)

      const handler = task.handler
      if (typeof handler !== 'function') throw new Error('pruneRebuildsTask has no handler function')
      const result = await handler({ req: { payload }, input: {} } as unknown as Parameters<typeof handler>[0])
      // The newest 20 of Wrenfield (25–44 days) stay; 45–49 go. Mesquite's only one stays.
      expect(result).toEqual({ output: { deleted: 5, failedJobs: 0 } })
      const left = await survivors()
      expect(left).toHaveLength(21)
      expect(left).toContain('mesquite 31d')
      expect(left).toContain('wrenfield 44d')
      expect(left).not.toContain('wrenfield 45d')
    })
  })
})
