import type { Payload, TaskConfig, TaskHandlerArgs } from 'payload'

/** A task handler running in this process. */
export interface RunningTask {
  /** The job's id in `payload-jobs`. */
  job: number | string
  task: string
  startedAt: Date
}

/** What this process's jobs runner is doing, for shutdown and the health endpoint. */
export interface JobsInFlight {
  /** Task handlers running now. */
  running: number
  tasks: RunningTask[]
  /** True once {@link stopTakingJobs} ran: the process is shutting down. */
  stopping: boolean
}

interface JobsState {
  running: Map<symbol, RunningTask>
  stopping: boolean
  /** The autorun crons {@link stopTakingJobs} stopped; a run one of them had started may still be going. */
  stoppedCrons: Payload['crons']
}

/*
 * One state per process, on globalThis: Next bundles payload.config.ts (and with it this module,
 * whose trackInFlight wraps the handlers) into its own module graph, while src/server/main.ts
 * loads this file again outside Next. Both copies must see the same count.
 */
const STATE = Symbol.for('clinic-cms.jobsInFlight')

function state(): JobsState {
  const holder = globalThis as typeof globalThis & { [STATE]?: JobsState }
  holder[STATE] ??= { running: new Map(), stopping: false, stoppedCrons: [] }
  return holder[STATE]
}

/**
 * Wraps a task's handler so that this process knows while it runs: graceful shutdown waits for
 * it ({@link whenJobsDone}) and the health endpoint reports it ({@link jobsInFlight}).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every task's own input/output types pass through unchanged
export function trackInFlight<T extends TaskConfig<any>>(task: T): T {
  const handler = task.handler
  // A handler given as a file path runs in a form this process cannot wrap; every task here has a function.
  if (typeof handler !== 'function') throw new Error(`Task "${task.slug}": trackInFlight needs its handler as a function, not the path "${handler}".`)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the wrapper passes the task's own arguments and result through
  const tracked = async (args: TaskHandlerArgs<any>) => {
    const key = Symbol(task.slug)
    state().running.set(key, { job: args.job.id, task: task.slug, startedAt: new Date() })
    try {
      return await handler(args)
    } finally {
      state().running.delete(key)
    }
  }
  return { ...task, handler: tracked }
}

/** The task handlers running in this process now, and whether it is shutting down. */
export function jobsInFlight(): JobsInFlight {
  const { running, stopping } = state()
  return { running: running.size, tasks: [...running.values()], stopping }
}

/**
 * Stops `payload`'s autorun crons (as `payload.destroy()` does, without closing the database),
 * so this process takes no further jobs. A run a cron had already started goes on: the jobs it
 * claimed finish ({@link whenJobsDone} waits for them). Returns how many crons were stopped.
 */
export function stopTakingJobs(payload: Payload): number {
  const current = state()
  current.stopping = true
  const crons = payload.crons.splice(0, payload.crons.length)
  for (const cron of crons) cron.stop()
  current.stoppedCrons.push(...crons)
  return crons.length
}

const POLL_MS = 100

/**
 * Resolves `true` once no task handler runs and no stopped cron's run is still going, or `false`
 * when `timeoutMs` passes first. (The crons' library has no event for the end of a run, so this
 * looks every 100 ms.)
 */
export async function whenJobsDone(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  const idle = () => state().running.size === 0 && state().stoppedCrons.every((cron) => !cron.isBusy())
  while (!idle()) {
    if (Date.now() >= deadline) return false
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(deadline - Date.now(), 1))))
  }
  return true
}
