import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RebuildChange } from './changes'
import {
  type AttemptOutcome,
  type PendingRebuild,
  type RebuildBackend,
  type RebuildJob,
  type RebuildProgress,
  RebuildScheduler,
  type RecordId,
} from './RebuildScheduler'

const change = (id: string, action: RebuildChange['action'] = 'updated', collection = 'articles'): RebuildChange => ({
  collection,
  id,
  title: `Doc ${id}`,
  action,
})

const ok: AttemptOutcome = { ok: true, responseStatus: 200 }
const serverError: AttemptOutcome = { ok: false, retryable: true, error: 'the build hook answered HTTP 500', responseStatus: 500 }
const notFound: AttemptOutcome = { ok: false, retryable: false, error: 'the build hook answered HTTP 404', responseStatus: 404 }

interface Started {
  job: RebuildJob
  attempts: { attempt: number; at: number }[]
  records: RebuildProgress[]
}

/** A backend whose tries answer from `outcomes` (then succeed), and that remembers everything. */
function fakeBackend(outcomes: AttemptOutcome[] = [], attemptMs = 0) {
  const started: Started[] = []
  /** Every write of waiting changes, with the record it went to. */
  const held: (PendingRebuild & { wrote: RecordId })[] = []
  let records = 0
  let running = 0
  let maxConcurrent = 0
  return {
    started,
    held,
    get maxConcurrent() {
      return maxConcurrent
    },
    backend: {
      async hold(pending: PendingRebuild): Promise<RecordId | null> {
        const wrote = pending.recordId ?? `r${(records += 1)}`
        held.push({ ...pending, wrote })
        return wrote
      },
      async open(job: RebuildJob) {
        const entry: Started = { job, attempts: [], records: [] }
        started.push(entry)
        return {
          label: `brand ${job.brandId} (test)`,
          maxAttempts: 3,
          recordId: job.recordId,
          async attempt(attempt: number) {
            running += 1
            maxConcurrent = Math.max(maxConcurrent, running)
            entry.attempts.push({ attempt, at: Date.now() })
            if (attemptMs > 0) await new Promise((resolve) => setTimeout(resolve, attemptMs))
            running -= 1
            return outcomes.shift() ?? ok
          },
          async record(progress: RebuildProgress) {
            entry.records.push(progress)
          },
        }
      },
    },
  }
}

function schedulerWith(backend: RebuildBackend, debounceMs = 2000) {
  const log = { info: vi.fn<(message: string) => void>(), error: vi.fn<(message: string) => void>() }
  const scheduler = new RebuildScheduler({
    backend,
    debounceMs,
    retryBaseMs: 1000,
    log,
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
  })
  return { scheduler, log }
}

describe('RebuildScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits for a quiet period and rebuilds a brand once per burst of changes', async () => {
    const fake = fakeBackend()
    const { scheduler } = schedulerWith(fake.backend)
    for (let i = 0; i < 5; i += 1) {
      scheduler.schedule('1', change('12'))
      await vi.advanceTimersByTimeAsync(500)
    }
    scheduler.schedule('1', change('13', 'published'))
    await vi.advanceTimersByTimeAsync(1999)
    expect(fake.started).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    await scheduler.whenIdle()
    expect(fake.started).toHaveLength(1)
    const job = fake.started[0]?.job
    expect(job?.brandId).toBe('1')
    expect(job?.changes.map((entry) => `${entry.id} ${entry.action}`)).toEqual(['12 updated', '13 published'])
    expect(job?.requestedAt.toISOString()).toBe('2026-11-23T10:00:00.000Z')
    expect(scheduler.activeBrands).toEqual([])
  })

  it('keeps brands apart: each gets its own job with its own changes', async () => {
    const fake = fakeBackend()
    const { scheduler } = schedulerWith(fake.backend)
    scheduler.schedule('1', change('12'))
    scheduler.schedule('2', change('40', 'deleted', 'faqs'))
    await vi.advanceTimersByTimeAsync(2000)
    await scheduler.whenIdle()
    expect(fake.started.map((entry) => [entry.job.brandId, entry.job.changes.map((c) => `${c.collection} ${c.id}`)])).toEqual([
      ['1', ['articles 12']],
      ['2', ['faqs 40']],
    ])
  })

  it('retries with exponential backoff and records every step', async () => {
    const fake = fakeBackend([serverError, serverError])
    const { scheduler, log } = schedulerWith(fake.backend, 0)
    scheduler.schedule('1', change('12'))
    const idle = scheduler.whenIdle()
    await vi.runAllTimersAsync()
    await idle
    const run = fake.started[0]
    const times = run?.attempts.map((entry) => entry.at - (run.attempts[0]?.at ?? 0))
    expect(times).toEqual([0, 1000, 3000])
    expect(run?.records.map((entry) => `${entry.status} ${entry.attempts} ${entry.lastError ?? '-'}`)).toEqual([
      'running 0 -',
      'running 1 the build hook answered HTTP 500',
      'running 2 the build hook answered HTTP 500',
      'succeeded 3 the build hook answered HTTP 500',
    ])
    expect(run?.records.at(-1)?.finishedAt).toBeInstanceOf(Date)
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('Rebuilt brand 1 (test) (attempt 3)'))
  })

  it('gives up after the last attempt, records the failure and logs brand and reason', async () => {
    const fake = fakeBackend([serverError, serverError, serverError])
    const { scheduler, log } = schedulerWith(fake.backend, 0)
    scheduler.schedule('1', change('12'))
    const idle = scheduler.whenIdle()
    await vi.runAllTimersAsync()
    await idle
    expect(fake.started[0]?.attempts).toHaveLength(3)
    expect(fake.started[0]?.records.at(-1)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'the build hook answered HTTP 500', responseStatus: 500 })
    expect(log.error).toHaveBeenCalledWith(
      'Rebuild of brand 1 (test) failed after 3 attempts: the build hook answered HTTP 500. Triggered by: articles 12 "Doc 12" updated',
    )
  })

  it('does not retry an answer that will not change (4xx)', async () => {
    const fake = fakeBackend([notFound])
    const { scheduler } = schedulerWith(fake.backend, 0)
    scheduler.schedule('1', change('12'))
    await scheduler.flush()
    expect(fake.started[0]?.attempts).toHaveLength(1)
    expect(fake.started[0]?.records.at(-1)).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 404 })
  })

  it('never runs two rebuilds of a brand at once: changes during a run start the next one after it', async () => {
    const fake = fakeBackend([], 5000)
    const { scheduler } = schedulerWith(fake.backend, 100)
    scheduler.schedule('1', change('12'))
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.started).toHaveLength(1)
    scheduler.schedule('1', change('13'))
    scheduler.schedule('1', change('14'))
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.started).toHaveLength(1)
    const idle = scheduler.whenIdle()
    await vi.runAllTimersAsync()
    await idle
    expect(fake.started.map((entry) => entry.job.changes.map((c) => c.id))).toEqual([['12'], ['13', '14']])
    expect(fake.maxConcurrent).toBe(1)
  })

  it('flush ends the quiet periods at once and waits for the rebuilds', async () => {
    const fake = fakeBackend()
    const { scheduler } = schedulerWith(fake.backend, 60_000)
    scheduler.schedule('1', change('12'))
    scheduler.schedule('2', change('12'))
    await scheduler.flush()
    expect(fake.started.map((entry) => entry.job.brandId)).toEqual(['1', '2'])
    expect(fake.started.every((entry) => entry.records.at(-1)?.status === 'succeeded')).toBe(true)
  })

  it('survives a backend that fails to start a job or to record it, and logs it', async () => {
    const log = { info: vi.fn<(message: string) => void>(), error: vi.fn<(message: string) => void>() }
    let opened = 0
    const scheduler = new RebuildScheduler({
      debounceMs: 0,
      retryBaseMs: 0,
      log,
      backend: {
        async open() {
          opened += 1
          if (opened === 1) throw new Error('database is locked')
          return {
            label: 'brand 1 (test)',
            maxAttempts: 1,
            attempt: async () => ok,
            record: async () => {
              throw new Error('disk full')
            },
          }
        },
      },
    })
    scheduler.schedule('1', change('12'))
    await scheduler.flush()
    scheduler.schedule('1', change('13'))
    await scheduler.flush()
    expect(log.error).toHaveBeenCalledWith(expect.stringMatching(/^Rebuild of brand 1 not started: database is locked\. Triggered by: articles 12/))
    expect(log.error).toHaveBeenCalledWith('Could not record the succeeded rebuild of brand 1 (test): disk full')
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('Rebuilt brand 1 (test)'))
  })

  describe('surviving a restart', () => {
    const ids = (entries: { changes: RebuildChange[] }) => entries.changes.map((entry) => `${entry.id} ${entry.action}`)

    it('stores the waiting changes as they come, one record per quiet period, and the run takes it over', async () => {
      const fake = fakeBackend()
      const { scheduler } = schedulerWith(fake.backend)
      // Changes made together are written together.
      void scheduler.schedule('1', change('12', 'published'))
      await scheduler.schedule('1', change('13'))
      expect(fake.held.map((entry) => [entry.recordId, entry.wrote, ids(entry)])).toEqual([[null, 'r1', ['12 published', '13 updated']]])
      await vi.advanceTimersByTimeAsync(500)
      await scheduler.schedule('1', change('12'))
      expect(fake.held.at(-1)).toMatchObject({ brandId: '1', recordId: 'r1', wrote: 'r1', requestedAt: new Date('2026-11-23T10:00:00Z') })
      expect(scheduler.heldRecordIds()).toEqual(['r1'])
      await vi.advanceTimersByTimeAsync(2000)
      await scheduler.whenIdle()
      expect(fake.started.map((entry) => [entry.job.recordId, ids(entry.job)])).toEqual([['r1', ['12 published', '13 updated']]])
      // The next quiet period gets a record of its own.
      await scheduler.schedule('1', change('14'))
      expect(fake.held.at(-1)).toMatchObject({ recordId: null, wrote: 'r2' })
      await scheduler.flush()
      expect(fake.started.at(-1)?.job.recordId).toBe('r2')
    })

    it('holds the record of a run in progress, and stores changes made during it in a new one', async () => {
      const fake = fakeBackend([], 5000)
      const { scheduler } = schedulerWith(fake.backend, 100)
      await scheduler.schedule('1', change('12'))
      await vi.advanceTimersByTimeAsync(1000)
      await scheduler.schedule('1', change('13'))
      expect(scheduler.heldRecordIds().sort()).toEqual(['r1', 'r2'])
      const idle = scheduler.whenIdle()
      await vi.runAllTimersAsync()
      await idle
      expect(fake.started.map((entry) => entry.job.recordId)).toEqual(['r1', 'r2'])
      expect(scheduler.heldRecordIds()).toEqual([])
    })

    it('still rebuilds when the changes cannot be stored, and logs it', async () => {
      const fake = fakeBackend()
      const { scheduler, log } = schedulerWith({ ...fake.backend, hold: () => Promise.reject(new Error('disk full')) }, 0)
      await scheduler.schedule('1', change('12'))
      await scheduler.flush()
      expect(log.error).toHaveBeenCalledWith('Could not record the pending rebuild of brand 1: disk full. Changes: articles 12 "Doc 12" updated')
      expect(fake.started.map((entry) => entry.job.recordId)).toEqual([null])
    })

    it('abandon forgets the waiting changes without rebuilding them, as a stopped process would', async () => {
      const fake = fakeBackend()
      const { scheduler } = schedulerWith(fake.backend)
      await scheduler.schedule('1', change('12'))
      scheduler.abandon()
      expect(scheduler.activeBrands).toEqual([])
      await scheduler.whenIdle()
      await vi.runAllTimersAsync()
      expect(fake.started).toEqual([])
    })

    it('resume keeps the recovered record and rebuilds its changes once, after a quiet period', async () => {
      const fake = fakeBackend()
      const { scheduler } = schedulerWith(fake.backend)
      const recovered = { changes: [change('12', 'published'), change('13')], requestedAt: new Date('2026-11-23T09:00:00Z'), recordId: 'old-7' }
      expect(await scheduler.resume('1', recovered)).toBe(true)
      expect(fake.held).toMatchObject([{ brandId: '1', recordId: 'old-7', wrote: 'old-7' }])
      expect(scheduler.heldRecordIds()).toEqual(['old-7'])
      await vi.advanceTimersByTimeAsync(1999)
      expect(fake.started).toHaveLength(0)
      await vi.advanceTimersByTimeAsync(1)
      await scheduler.whenIdle()
      expect(fake.started.map((entry) => [entry.job.recordId, entry.job.requestedAt.toISOString(), ids(entry.job)])).toEqual([
        ['old-7', '2026-11-23T09:00:00.000Z', ['12 published', '13 updated']],
      ])
    })

    it('resume merges into changes already waiting (the newer ones win) and leaves the recovered record to the caller', async () => {
      const fake = fakeBackend()
      const { scheduler } = schedulerWith(fake.backend)
      await scheduler.schedule('1', change('13', 'deleted'))
      const recovered = { changes: [change('12', 'published'), change('13', 'published')], requestedAt: new Date('2026-11-23T09:00:00Z'), recordId: 'old-7' }
      expect(await scheduler.resume('1', recovered)).toBe(false)
      expect(fake.held.at(-1)).toMatchObject({ recordId: 'r1', wrote: 'r1' })
      await scheduler.flush()
      expect(fake.started.map((entry) => [entry.job.recordId, entry.job.requestedAt.toISOString(), ids(entry.job)])).toEqual([
        ['r1', '2026-11-23T09:00:00.000Z', ['12 published', '13 deleted']],
      ])
    })

    it('resume without a record stores a new one', async () => {
      const fake = fakeBackend()
      const { scheduler } = schedulerWith(fake.backend)
      expect(await scheduler.resume('2', { changes: [change('40')], requestedAt: new Date('2026-11-23T09:00:00Z'), recordId: null })).toBe(true)
      await scheduler.flush()
      expect(fake.started.map((entry) => entry.job.recordId)).toEqual(['r1'])
    })
  })
})
