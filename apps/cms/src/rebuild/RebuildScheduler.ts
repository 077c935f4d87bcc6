import { type RebuildChange, describeChanges, mergeChange } from './changes'

/** Everything one rebuild of one brand is for: the changes of one quiet period. */
export interface RebuildJob {
  /** Id of the brand, as a string. */
  brandId: string
  /** The changes since the last rebuild started, one per document. */
  changes: RebuildChange[]
  /** When the first of these changes was made. */
  requestedAt: Date
}

/** The result of one try. */
export type AttemptOutcome =
  | { ok: true; responseStatus: number | null }
  | {
      ok: false
      /** Worth trying again: a network error, a timeout or a 5xx answer. */
      retryable: boolean
      /** What went wrong, for people; never contains a build hook's URL. */
      error: string
      responseStatus: number | null
    }

/** The state of a rebuild as it is recorded after each step. */
export interface RebuildProgress {
  status: 'running' | 'succeeded' | 'failed'
  attempts: number
  startedAt: Date
  finishedAt: Date | null
  lastError: string | null
  responseStatus: number | null
}

/** A rebuild the backend knows how to carry out. */
export interface RebuildRun {
  /** Names brand and route in log lines, e.g. `brand mesquite-ridge-pt (build hook)`. */
  label: string
  /** Tries in all, the first included (1: no retries). */
  maxAttempts: number
  /** One try; a rejection counts as a retryable failure. */
  attempt(attempt: number): Promise<AttemptOutcome>
  /** Stores the progress (the `rebuilds` collection); a rejection is logged, never fatal. */
  record(progress: RebuildProgress): Promise<void>
}

/** Turns a job into a run: looks up where the brand's site is built, and records the job. */
export interface RebuildBackend {
  /** The run for this job, or null when there is nothing to call (the backend says why in its log). */
  open(job: RebuildJob): Promise<RebuildRun | null>
}

/** The timer functions the scheduler uses; tests pass fakes. */
export interface SchedulerTimers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface RebuildLog {
  info(message: string): void
  error(message: string): void
}

export interface RebuildSchedulerOptions {
  backend: RebuildBackend
  /** Quiet period: a brand is rebuilt this long after its last change. */
  debounceMs: number
  /** Wait before the first retry; it doubles for each further retry. */
  retryBaseMs: number
  log: RebuildLog
  timers?: SchedulerTimers
  now?: () => Date
}

interface BrandState {
  /** The debounce timer, while the quiet period runs. */
  timer: unknown
  /** Changes not yet handed to a run. */
  batch: { changes: RebuildChange[]; requestedAt: Date } | null
  /** The run in progress; a brand is rebuilt by one run at a time. */
  running: Promise<void> | null
}

const nodeTimers: SchedulerTimers = {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms)
    // A pending rebuild must not keep a script (or a test worker) alive.
    handle.unref()
    return handle
  },
  clearTimeout(handle) {
    clearTimeout(handle as NodeJS.Timeout)
  },
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Debounces published changes per brand and rebuilds each brand once per burst: a brand's
 * changes are collected until `debounceMs` pass without another one, then handed to the
 * backend as one job. A brand never has two runs at once; changes made during a run start
 * the next run when it ends. Failed tries are retried with exponential backoff. Nothing here
 * throws to the caller: failures are recorded by the backend and logged with brand and reason.
 */
export class RebuildScheduler {
  private readonly brands = new Map<string, BrandState>()
  private readonly idleWaiters: (() => void)[] = []
  private readonly backend: RebuildBackend
  private readonly debounceMs: number
  private readonly retryBaseMs: number
  private readonly log: RebuildLog
  private readonly timers: SchedulerTimers
  private readonly now: () => Date

  constructor(options: RebuildSchedulerOptions) {
    this.backend = options.backend
    this.debounceMs = options.debounceMs
    this.retryBaseMs = options.retryBaseMs
    this.log = options.log
    this.timers = options.timers ?? nodeTimers
    this.now = options.now ?? (() => new Date())
  }

  /** Notes a change of `brandId`'s published content and (re)starts its quiet period. */
  schedule(brandId: string, change: RebuildChange): void {
    let state = this.brands.get(brandId)
    if (!state) {
      state = { timer: null, batch: null, running: null }
      this.brands.set(brandId, state)
    }
    state.batch ??= { changes: [], requestedAt: this.now() }
    mergeChange(state.batch.changes, change)
    if (state.timer !== null) this.timers.clearTimeout(state.timer)
    state.timer = this.timers.setTimeout(() => this.quietPeriodOver(brandId), this.debounceMs)
  }

  /** Brands with changes waiting or a rebuild in progress. */
  get activeBrands(): string[] {
    return [...this.brands.keys()]
  }

  /** Resolves once no quiet period is running and every rebuild (with its retries) has finished. */
  whenIdle(): Promise<void> {
    if (this.brands.size === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Ends every quiet period now, then waits until every rebuild has finished (tests, shutdown). */
  async flush(): Promise<void> {
    for (const [brandId, state] of this.brands) {
      if (state.timer === null) continue
      this.timers.clearTimeout(state.timer)
      this.quietPeriodOver(brandId)
    }
    await this.whenIdle()
  }

  private quietPeriodOver(brandId: string): void {
    const state = this.brands.get(brandId)
    if (!state) return
    state.timer = null
    // A run in progress picks these changes up when it ends.
    if (state.running === null) this.startRun(brandId, state)
  }

  private startRun(brandId: string, state: BrandState): void {
    const batch = state.batch
    state.batch = null
    if (!batch) {
      this.forgetIfDone(brandId, state)
      return
    }
    state.running = this.run({ brandId, ...batch }).finally(() => {
      state.running = null
      if (state.batch !== null && state.timer === null) this.startRun(brandId, state)
      else this.forgetIfDone(brandId, state)
    })
  }

  private forgetIfDone(brandId: string, state: BrandState): void {
    if (state.timer !== null || state.running !== null || state.batch !== null) return
    this.brands.delete(brandId)
    if (this.brands.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve())
  }

  /** One job from start to end; never rejects. */
  private async run(job: RebuildJob): Promise<void> {
    const reason = describeChanges(job.changes)
    let run: RebuildRun | null
    try {
      run = await this.backend.open(job)
    } catch (error) {
      this.log.error(`Rebuild of brand ${job.brandId} not started: ${messageOf(error)}. Triggered by: ${reason}`)
      return
    }
    if (run === null) return

    const progress: RebuildProgress = { status: 'running', attempts: 0, startedAt: this.now(), finishedAt: null, lastError: null, responseStatus: null }
    await this.record(run, progress)
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await run.attempt(attempt).catch(
        (error: unknown): AttemptOutcome => ({ ok: false, retryable: true, error: messageOf(error), responseStatus: null }),
      )
      progress.attempts = attempt
      progress.responseStatus = outcome.responseStatus
      if (outcome.ok) {
        Object.assign(progress, { status: 'succeeded', finishedAt: this.now() })
        await this.record(run, progress)
        this.log.info(`Rebuilt ${run.label} (attempt ${attempt}). Triggered by: ${reason}`)
        return
      }
      progress.lastError = outcome.error
      if (!outcome.retryable || attempt >= run.maxAttempts) {
        Object.assign(progress, { status: 'failed', finishedAt: this.now() })
        await this.record(run, progress)
        this.log.error(`Rebuild of ${run.label} failed after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${outcome.error}. Triggered by: ${reason}`)
        return
      }
      await this.record(run, progress)
      await this.sleep(this.retryBaseMs * 2 ** (attempt - 1))
    }
  }

  private async record(run: RebuildRun, progress: RebuildProgress): Promise<void> {
    try {
      await run.record({ ...progress })
    } catch (error) {
      this.log.error(`Could not record the ${progress.status} rebuild of ${run.label}: ${messageOf(error)}`)
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.timers.setTimeout(resolve, ms))
  }
}
