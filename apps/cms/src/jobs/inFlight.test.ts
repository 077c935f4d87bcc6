import type { Payload, TaskConfig, TaskHandlerArgs } from 'payload'
import { describe, expect, it } from 'vitest'
import { jobsInFlight, stopTakingJobs, trackInFlight, whenJobsDone } from './inFlight'

/** A task whose handler runs until `finish()` (or `fail()`) is called. */
function controllableTask(slug: string) {
  let finish: () => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  const task: TaskConfig<{ input: object; output: { done: boolean } }> = {
    slug,
    handler: () =>
      new Promise((resolve, reject) => {
        finish = () => resolve({ output: { done: true } })
        fail = reject
      }),
  }
  return { task, finish: () => finish(), fail: (error: Error) => fail(error) }
}

const argsFor = (job: number) => ({ job: { id: job } }) as unknown as TaskHandlerArgs<{ input: object; output: { done: boolean } }>
const run = (task: TaskConfig<{ input: object; output: { done: boolean } }>, job: number) => {
  if (typeof task.handler !== 'function') throw new Error('a function handler was expected')
  return Promise.resolve(task.handler(argsFor(job)))
}

/** A stand-in for one of Payload's autorun crons (croner's Cron), busy until `end()`. */
function fakeCron() {
  let busy = true
  let stopped = false
  return { cron: { isBusy: () => busy, stop: () => void (stopped = true) }, end: () => void (busy = false), stopped: () => stopped }
}

// The state is per process (jobs run in Next's copy of the module, shutdown reads it from main.ts's): these tests run in order.
describe('jobs in flight', () => {
  it('counts a handler from its start until it returns or throws, and passes its result through', async () => {
    const first = controllableTask('first')
    const second = controllableTask('second')
    const one = run(trackInFlight(first.task), 1)
    const two = run(trackInFlight(second.task), 2)
    expect(jobsInFlight()).toMatchObject({ running: 2, stopping: false, tasks: [{ job: 1, task: 'first' }, { job: 2, task: 'second' }] })

    first.finish()
    expect(await one).toEqual({ output: { done: true } })
    expect(jobsInFlight().running).toBe(1)

    second.fail(new Error('the build hook answered 502'))
    await expect(two).rejects.toThrow('the build hook answered 502')
    expect(jobsInFlight()).toMatchObject({ running: 0, tasks: [] })
  })

  it('whenJobsDone waits for the running handler, or gives up after the timeout', async () => {
    const slow = controllableTask('slow')
    const running = run(trackInFlight(slow.task), 3)
    expect(await whenJobsDone(150)).toBe(false)

    const done = whenJobsDone(10_000)
    setTimeout(() => slow.finish(), 150)
    expect(await done).toBe(true)
    await running
    expect(await whenJobsDone(0)).toBe(true)
  })

  it('refuses a task whose handler is a file path, which it could not track', () => {
    expect(() => trackInFlight({ slug: 'fromFile', handler: './tasks/fromFile.ts#handler' })).toThrow('trackInFlight needs its handler as a function')
  })

  it('stopTakingJobs stops the autorun crons, and whenJobsDone waits for the run one of them had started', async () => {
    const autorun = fakeCron()
    const crons = [autorun.cron]
    const payload = { crons } as unknown as Payload

    expect(stopTakingJobs(payload)).toBe(1)
    expect(autorun.stopped()).toBe(true)
    expect(crons).toEqual([])
    expect(jobsInFlight().stopping).toBe(true)

    expect(await whenJobsDone(150)).toBe(false)
    autorun.end()
    expect(await whenJobsDone(1_000)).toBe(true)
  })
})
