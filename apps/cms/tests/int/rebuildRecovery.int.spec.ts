import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Brand, Rebuild } from '../../src/payload-types'
import type * as RebuildModule from '../../src/rebuild'
import type { RebuildChange } from '../../src/rebuild/changes'
import type { RebuildScheduler } from '../../src/rebuild/RebuildScheduler'
import { COBBLESTONE, MESQUITE, WRENFIELD } from '../../src/seed/data/brands'
import { demoNetwork } from '../../src/seed/data'
import { type HookReceiver, callsBySlug, hookPath, startHookReceiver } from './helpers/hookReceiver'
import { createDemoBrandsWithHooks } from './helpers/contentDocuments'
import { paragraphState } from './helpers/lexical'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Publish → rebuild across a restart of the CMS, and the retention of rebuild records. A
 * restart is simulated with `abandonRebuildScheduler`: the scheduler forgets what it had in
 * memory, as a stopped process would, and the next one starts empty. The build hooks are a
 * local HTTP receiver, as in rebuild.int.spec.ts.
 */
const DEBOUNCE_MS = 300
const timings = {
  REBUILD_DEBOUNCE_MS: String(DEBOUNCE_MS),
  REBUILD_RETRY_BASE_MS: '20',
  REBUILD_MAX_ATTEMPTS: '3',
  REBUILD_TIMEOUT_MS: '2000',
  LOCAL_REBUILD: 'false',
}
const DAY_MS = 24 * 60 * 60 * 1000
const quietly = { disableRebuild: true }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString()

describe.skipIf(skipDatabase)('publish → rebuild across restarts', () => {
  let cms: TestCms
  let payload: Payload
  let receiver: HookReceiver
  let rebuild: typeof RebuildModule
  let scheduler: RebuildScheduler
  const brands: Record<string, Brand> = {}
  const id = (slug: string) => (brands[slug] as Brand).id

  beforeAll(async () => {
    receiver = await startHookReceiver()
    cms = await startPayload(timings)
    payload = cms.payload
    // Imported after startPayload: the environment (debounce, retries) is read once, at import.
    rebuild = await import('../../src/rebuild')
    scheduler = rebuild.rebuildSchedulerFor(payload)
    Object.assign(brands, await createDemoBrandsWithHooks(payload, demoNetwork.brands, (slug) => `${receiver.url}${hookPath(slug)}`))
  })
  afterAll(async () => {
    await scheduler?.flush()
    await cms?.stop()
    await receiver?.close()
  })
  beforeEach(async () => {
    await scheduler.flush()
    await payload.delete({ collection: 'rebuilds', where: { id: { exists: true } }, overrideAccess: true, context: quietly })
    receiver.clear()
  })

  /** The CMS stops and starts again: what the scheduler had in memory is gone. */
  function restart(): RebuildScheduler {
    rebuild.abandonRebuildScheduler(payload)
    scheduler = rebuild.rebuildSchedulerFor(payload)
    return scheduler
  }

  /** Build hook calls per brand slug so far. */
  function calls(): Record<string, number> {
    return callsBySlug(receiver.requests)
  }

  const rebuildsOf = async (slug: string) =>
    (await payload.find({ collection: 'rebuilds', where: { brand: { equals: id(slug) } }, sort: 'createdAt', depth: 0, overrideAccess: true, pagination: false })).docs

  const allRebuilds = async () => (await payload.find({ collection: 'rebuilds', sort: 'createdAt', depth: 0, overrideAccess: true, pagination: false })).docs

  const publishArticle = (title: string, brandSlugs: string[]) =>
    payload.create({
      collection: 'articles',
      data: { title, excerpt: 'A short lead.', body: paragraphState('Body text.'), brands: brandSlugs.map(id) as number[], _status: 'published' } as never,
      overrideAccess: true,
    })

  /** A record as an earlier process would have left it. */
  const leftBehind = (data: Partial<Rebuild> & { changes?: RebuildChange[] }) =>
    payload.create({
      collection: 'rebuilds',
      data: { title: 'left behind', via: 'buildHook', attempts: 0, reason: reasonOf(data.changes ?? []), requestedAt: daysAgo(0), ...data } as never,
      overrideAccess: true,
      context: quietly,
    })
  const reasonOf = (changes: RebuildChange[]) =>
    changes.map((change) => `${change.collection} ${change.id} "${change.title}" ${change.action}`).join('; ') || 'a change'

  describe('resumeInterruptedRebuilds', () => {
    it('does nothing when nothing was interrupted', async () => {
      await leftBehind({ brand: id(MESQUITE), status: 'succeeded', attempts: 1, finishedAt: daysAgo(0) })
      restart()
      expect(await rebuild.resumeInterruptedRebuilds(payload)).toBe(0)
      expect(scheduler.activeBrands).toEqual([])
      await sleep(DEBOUNCE_MS + 100)
      expect(receiver.requests).toEqual([])
      expect((await allRebuilds()).map((record) => record.status)).toEqual(['succeeded'])
    })

    it('rebuilds, once, the changes that were waiting for their quiet period when the CMS stopped', async () => {
      const doc = await publishArticle('Published just before a restart', [MESQUITE])
      // The save has returned: its change is recorded.
      const [pending, ...others] = await rebuildsOf(MESQUITE)
      expect(others).toEqual([])
      expect(pending).toMatchObject({ status: 'pending', attempts: 0, reason: `articles ${doc.id} "Published just before a restart" published` })
      expect((pending as { changes?: unknown }).changes).toEqual([{ collection: 'articles', id: String(doc.id), title: 'Published just before a restart', action: 'published' }])

      restart()
      await sleep(DEBOUNCE_MS + 200)
      expect(receiver.requests).toEqual([])

      expect(await rebuild.resumeInterruptedRebuilds(payload)).toBe(1)
      // A second call finds the change scheduled already.
      expect(await rebuild.resumeInterruptedRebuilds(payload)).toBe(0)
      await scheduler.whenIdle()
      expect(calls()).toEqual({ [MESQUITE]: 1 })
      expect(receiver.requests[0]?.body).toEqual({ brand: MESQUITE, reason: pending?.reason, requestedAt: pending?.requestedAt })
      const after = await rebuildsOf(MESQUITE)
      expect(after.map((record) => [record.id, record.status, record.attempts])).toEqual([[pending?.id, 'succeeded', 1]])

      // Once rebuilt, there is nothing left to resume.
      expect(await rebuild.resumeInterruptedRebuilds(payload)).toBe(0)
      await sleep(DEBOUNCE_MS + 100)
      expect(calls()).toEqual({ [MESQUITE]: 1 })
    })

    it('marks a rebuild that was running as failed and rebuilds its brand again, with every interrupted change', async () => {
      const older: RebuildChange = { collection: 'articles', id: '901', title: 'Being rebuilt', action: 'published' }
      const newer: RebuildChange = { collection: 'faqs', id: '902', title: 'Changed during the rebuild', action: 'updated' }
      const running = await leftBehind({
        brand: id(WRENFIELD),
        status: 'running',
        attempts: 1,
        changes: [older],
        requestedAt: daysAgo(0.01),
        startedAt: daysAgo(0.009),
        lastError: 'the build hook answered HTTP 500',
      })
      const waiting = await leftBehind({ brand: id(WRENFIELD), status: 'pending', changes: [newer], requestedAt: daysAgo(0.005) })
      // Two pending records of one brand (two processes stopped in a row) become one.
      const first = await leftBehind({ brand: id(MESQUITE), status: 'pending', changes: [{ ...older, id: '903' }], requestedAt: daysAgo(0.02) })
      const second = await leftBehind({ brand: id(MESQUITE), status: 'pending', changes: [{ ...newer, id: '904' }], requestedAt: daysAgo(0.01) })
      // Written before records had `changes`: only the reason is known.
      const legacy = await leftBehind({ brand: id(COBBLESTONE), status: 'running', attempts: 2, reason: 'articles 5 "Old" updated' })

      restart()
      expect(await rebuild.resumeInterruptedRebuilds(payload)).toBe(3)
      expect(await payload.findByID({ collection: 'rebuilds', id: running.id, overrideAccess: true })).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastError: rebuild.INTERRUPTED_BY_RESTART,
        finishedAt: expect.any(String),
      })
      await scheduler.whenIdle()
      expect(calls()).toEqual({ [WRENFIELD]: 1, [MESQUITE]: 1, [COBBLESTONE]: 1 })

      const wrenfield = await rebuildsOf(WRENFIELD)
      expect(wrenfield.map((record) => [record.id, record.status])).toEqual([
        [running.id, 'failed'],
        [waiting.id, 'succeeded'],
      ])
      const reason = `articles 901 "Being rebuilt" published; faqs 902 "Changed during the rebuild" updated`
      expect(wrenfield[1]).toMatchObject({ reason, requestedAt: running.requestedAt, attempts: 1 })
      const body = receiver.requests.find((request) => request.path === hookPath(WRENFIELD))?.body
      expect(body).toEqual({ brand: WRENFIELD, reason, requestedAt: running.requestedAt })

      const mesquite = await rebuildsOf(MESQUITE)
      expect(mesquite.map((record) => [record.id, record.status, record.reason])).toEqual([
        [first.id, 'succeeded', `articles 903 "Being rebuilt" published; faqs 904 "Changed during the rebuild" updated`],
      ])
      expect(second.id).not.toBe(first.id)

      const cobblestone = await rebuildsOf(COBBLESTONE)
      expect(cobblestone.map((record) => [record.id === legacy.id, record.status])).toEqual([
        [true, 'failed'],
        [false, 'succeeded'],
      ])
      expect(cobblestone[1]?.reason).toBe(`rebuilds ${legacy.id} "re-run of: articles 5 "Old" updated" updated`)

      expect(await rebuild.resumeInterruptedRebuilds(payload)).toBe(0)
    })

    it('leaves alone the changes this process is about to rebuild', async () => {
      await publishArticle('Scheduled by this process', [COBBLESTONE])
      expect(scheduler.activeBrands).toEqual([String(id(COBBLESTONE))])
      expect(await rebuild.resumeInterruptedRebuilds(payload)).toBe(0)
      await scheduler.whenIdle()
      expect(calls()).toEqual({ [COBBLESTONE]: 1 })
      expect((await rebuildsOf(COBBLESTONE)).map((record) => record.status)).toEqual(['succeeded'])
    })

    it('closes interrupted records of deleted brands without rebuilding anything', async () => {
      const running = await leftBehind({ status: 'running', attempts: 1, changes: [{ collection: 'articles', id: '1', title: 'Gone', action: 'updated' }] })
      await leftBehind({ status: 'pending', changes: [{ collection: 'articles', id: '2', title: 'Gone too', action: 'updated' }] })
      restart()
      expect(await rebuild.resumeInterruptedRebuilds(payload)).toBe(0)
      expect((await allRebuilds()).map((record) => [record.id, record.status, record.lastError])).toEqual([[running.id, 'failed', rebuild.INTERRUPTED_BY_RESTART]])
      await sleep(DEBOUNCE_MS + 100)
      expect(receiver.requests).toEqual([])
    })
  })

  describe('pruneRebuilds', () => {
    /** A record named `label`, finished `age` days ago (or started then, for pending and running ones). */
    const aged = (label: string, brandSlug: string | null, status: Rebuild['status'], age: number | null) =>
      leftBehind({
        title: label,
        brand: brandSlug === null ? null : id(brandSlug),
        status,
        requestedAt: daysAgo(age ?? 0),
        finishedAt: status === 'succeeded' || status === 'failed' ? (age === null ? null : daysAgo(age)) : null,
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
      expect(result).toEqual({ output: { deleted: 5 } })
      const left = await survivors()
      expect(left).toHaveLength(21)
      expect(left).toContain('mesquite 31d')
      expect(left).toContain('wrenfield 44d')
      expect(left).not.toContain('wrenfield 45d')
    })
  })
})
