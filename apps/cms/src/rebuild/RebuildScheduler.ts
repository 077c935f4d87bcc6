import { type RebuildChange, describeChanges, mergeChange } from './changes'

/** The id of a record the backend keeps (a `rebuilds` document): a number on SQLite, a string on MongoDB. */
export type RecordId = number | string

/** Changes of one brand waiting for their quiet period, as the backend stores them. */
export interface PendingRebuild {
  /** Id of the brand, as a string. */
  brandId: string
  /** The changes so far, one per document. */
  changes: RebuildChange[]
  /** When the first of these changes was made. */
  requestedAt: Date
  /** The record an earlier call returned, to update; null: none yet. */
  recordId: RecordId | null
}

/** Everything one rebuild of one brand is for: the changes of one quiet period. */
export interface RebuildJob {
  /** Id of the brand, as a string. */
  brandId: string
  /** The changes since the last rebuild started, one per document. */
  changes: RebuildChange[]
  /** When the first of these changes was made. */
  requestedAt: Date
  /** The pending record that held these changes, for the run to take over; null: none was written. */
  recordId: RecordId | null
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
  /** The record `record` writes, when there is one: it belongs to this process until the run ends. */
  recordId?: RecordId | null
}

/** Turns a job into a run: looks up where the brand's site is built, and records the job. */
export interface RebuildBackend {
  /**
   * Stores the changes waiting for a brand's quiet period, so that a restarted process can
   * rebuild them (the `pending` record): creates the record when `pending.recordId` is null,
   * updates it otherwise. Resolves with the record's id, or null when nothing was stored
   * (e.g. a brand that is not rebuilt). A rejection is logged, never fatal. Without this
   * method, changes live in memory only.
   */
  hold?(pending: PendingRebuild): Promise<RecordId | null>
  /**
   * The run for this job, or null when there is nothing to call (the backend says why in its
   * log, and disposes of the job's pending record). The run takes over `job.recordId`.
   */
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

/** Changes not yet handed to a run, and their pending record. */
interface Batch {
  changes: RebuildChange[]
  requestedAt: Date
  /** The pending record, once the backend has stored one. */
  recordId: RecordId | null
  /** Changes not written to the record yet. */
  dirty: boolean
  /** The writes of this batch, in order; never rejects. */
  saving: Promise<void>
}

interface BrandState {
  /** The debounce timer, while the quiet period runs. */
  timer: unknown
  /** Changes not yet handed to a run. */
  batch: Batch | null
  /** The run in progress; a brand is rebuilt by one run at a time. */
  running: Promise<void> | null
  /** The batch of the run in progress. */
  runBatch: Batch | null
  /** The record of the run in progress, once it has been opened. */
  runRecordId: RecordId | null
}

/** Changes an earlier process recorded and did not rebuild (see `resumeInterruptedRebuilds`). */
export interface RecoveredRebuild {
  changes: RebuildChange[]
  requestedAt: Date
  /** Their pending record, to keep using; null: a new one is stored. */
  recordId: RecordId | null
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
 *
 * Waiting changes are stored as they come (`RebuildBackend.hold`), and the run takes their
 * record over, so that a restarted process can rebuild what this one did not (`resume`).
 */
export class RebuildScheduler {
  private readonly brands = new Map<string, BrandState>()
  private readonly idleWaiters: (() => void)[] = []
  private readonly inFlight = new Set<Promise<unknown>>()
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

  /**
   * Notes a change of `brandId`'s published content and (re)starts its quiet period. The
   * returned promise resolves once the change is stored in the brand's pending record (see
   * `RebuildBackend.hold`), so that it survives a restart; it never rejects.
   */
  schedule(brandId: string, change: RebuildChange): Promise<void> {
    const state = this.stateOf(brandId)
    state.batch ??= this.newBatch(this.now(), null)
    mergeChange(state.batch.changes, change)
    this.restartQuietPeriod(brandId, state)
    return this.save(brandId, state.batch)
  }

  /**
   * Schedules changes that an earlier process recorded but did not rebuild, as if they had
   * just been made: they wait for a quiet period and are rebuilt once, with any changes the
   * brand already has waiting. Resolves, once stored, with true when `recovered.recordId` is
   * now the brand's pending record, false when the brand had one already: the recovered
   * changes were merged into it and the caller disposes of `recovered.recordId`.
   */
  async resume(brandId: string, recovered: RecoveredRebuild): Promise<boolean> {
    const state = this.stateOf(brandId)
    const adopted = state.batch === null
    const batch = (state.batch ??= this.newBatch(recovered.requestedAt, recovered.recordId))
    // The recovered changes are older: the newer ones are merged over them.
    const merged: RebuildChange[] = []
    for (const change of [...recovered.changes, ...batch.changes]) mergeChange(merged, change)
    batch.changes.splice(0, batch.changes.length, ...merged)
    if (recovered.requestedAt < batch.requestedAt) batch.requestedAt = recovered.requestedAt
    this.restartQuietPeriod(brandId, state)
    await this.save(brandId, batch)
    return adopted
  }

  /**
   * The records this scheduler holds: the pending records of changes waiting for their quiet
   * period and the records of runs in progress. Exact once `settled()` has resolved.
   */
  heldRecordIds(): RecordId[] {
    const ids = new Set<RecordId>()
    for (const state of this.brands.values()) {
      for (const id of [state.batch?.recordId, state.runBatch?.recordId, state.runRecordId]) if (id != null) ids.add(id)
    }
    return [...ids]
  }

  /** Resolves once no pending record is being written and no run is being opened. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight)
  }

  /**
   * Forgets the changes waiting for their quiet period without rebuilding them, as a stopped
   * process would: their records stay `pending` for `resumeInterruptedRebuilds`. Runs in
   * progress go on. For tests that simulate a restart, and for shutdown.
   */
  abandon(): void {
    for (const [brandId, state] of this.brands) {
      if (state.timer !== null) this.timers.clearTimeout(state.timer)
      state.timer = null
      state.batch = null
      this.forgetIfDone(brandId, state)
    }
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

  private stateOf(brandId: string): BrandState {
    let state = this.brands.get(brandId)
    if (!state) {
      state = { timer: null, batch: null, running: null, runBatch: null, runRecordId: null }
      this.brands.set(brandId, state)
    }
    return state
  }

  private newBatch(requestedAt: Date, recordId: RecordId | null): Batch {
    return { changes: [], requestedAt, recordId, dirty: false, saving: Promise.resolve() }
  }

  private restartQuietPeriod(brandId: string, state: BrandState): void {
    if (state.timer !== null) this.timers.clearTimeout(state.timer)
    state.timer = this.timers.setTimeout(() => this.quietPeriodOver(brandId), this.debounceMs)
  }

  /** Queues a write of the batch as it is then; writes queued before it ran are merged into one. */
  private save(brandId: string, batch: Batch): Promise<void> {
    const backend = this.backend
    if (!backend.hold) return Promise.resolve()
    batch.dirty = true
    batch.saving = this.track(
      batch.saving.then(async () => {
        if (!batch.dirty) return
        batch.dirty = false
        const pending: PendingRebuild = { brandId, changes: [...batch.changes], requestedAt: batch.requestedAt, recordId: batch.recordId }
        try {
          batch.recordId = (await backend.hold?.(pending)) ?? null
        } catch (error) {
          this.log.error(`Could not record the pending rebuild of brand ${brandId}: ${messageOf(error)}. Changes: ${describeChanges(pending.changes)}`)
        }
      }),
    )
    return batch.saving
  }

  /** Counts `promise` as in flight (see `settled`) until it settles. */
  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise)
    const done = () => this.inFlight.delete(promise)
    promise.then(done, done)
    return promise
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
    state.runBatch = batch
    state.running = this.run(state, brandId, batch).finally(() => {
      state.running = null
      state.runBatch = null
      state.runRecordId = null
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
  private async run(state: BrandState, brandId: string, batch: Batch): Promise<void> {
    // The last write of the batch ends before the run takes its record over.
    await batch.saving
    const job: RebuildJob = { brandId, changes: batch.changes, requestedAt: batch.requestedAt, recordId: batch.recordId }
    const reason = describeChanges(job.changes)
    let run: RebuildRun | null
    try {
      run = await this.track(this.backend.open(job))
    } catch (error) {
      // The pending record, if any, stays: the next start of the CMS rebuilds its changes.
      this.log.error(`Rebuild of brand ${job.brandId} not started: ${messageOf(error)}. Triggered by: ${reason}`)
      return
    }
    if (run === null) return
    state.runRecordId = run.recordId ?? null

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
