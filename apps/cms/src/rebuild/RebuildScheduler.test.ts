import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RebuildChange } from './changes'
import { type AttemptOutcome, type RebuildJob, type RebuildProgress, RebuildScheduler } from './RebuildScheduler'

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
  let running = 0
  let maxConcurrent = 0
  return {
    started,
    get maxConcurrent() {
      return maxConcurrent
    },
    backend: {
      async open(job: RebuildJob) {
        const entry: Started = { job, attempts: [], records: [] }
        started.push(entry)
        return {
          label: `brand ${job.brandId} (test)`,
          maxAttempts: 3,
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

function schedulerWith(backend: ReturnType<typeof fakeBackend>['backend'], debounceMs = 2000) {
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
})
