import { createServer } from 'node:http'
import type { Payload, TaskConfig, TaskHandlerArgs } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'
import { trackInFlight } from '../jobs/inFlight'
import { runningPayloads, shutDownGracefully } from './shutdown'

type Output = { input: object; output: { done: boolean } }

/** Starts a tracked task handler that runs until the returned function is called. */
function runTask(slug: string, job: number): () => void {
  let finish: () => void = () => undefined
  const task = trackInFlight<TaskConfig<Output>>({ slug, handler: () => new Promise((resolve) => (finish = () => resolve({ output: { done: true } }))) })
  if (typeof task.handler === 'function') void task.handler({ job: { id: job } } as unknown as TaskHandlerArgs<Output>)
  return () => finish()
}

/** A stand-in for a Payload instance: its autorun crons and whether it was destroyed. */
function fakePayload() {
  const cron = { stopped: false, stop() { this.stopped = true }, isBusy: () => false }
  const state = { destroyed: false }
  const payload = { crons: [cron], destroy: async () => void (state.destroyed = true) } as unknown as Payload
  return { payload, cron, state }
}

async function listeningServer() {
  const server = createServer((_, res) => res.end('ok'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

const cache = globalThis as { _payload?: unknown }

describe('graceful shutdown', () => {
  afterEach(() => {
    delete cache._payload
  })

  it('finds the Payload instances getPayload cached in this process, and none before Payload started', () => {
    expect(runningPayloads()).toEqual([])
    const { payload } = fakePayload()
    cache._payload = new Map([['default', { payload, promise: null }], ['starting', { payload: null, promise: null }]])
    expect(runningPayloads()).toEqual([payload])
  })

  it('stops the crons, waits for the running job while still serving, then stops listening, closes Payload and resolves 0', async () => {
    const { payload, cron, state } = fakePayload()
    const server = await listeningServer()
    const log: string[] = []
    const finish = runTask('notifyAppointmentRequest', 7)

    const stopped = shutDownGracefully({ signal: 'SIGTERM', server, payloads: [payload], jobsTimeoutMs: 10_000, log: (line) => log.push(line) })
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(cron.stopped).toBe(true)
    expect(payload.crons).toEqual([])
    expect(server.listening).toBe(true)
    expect(state.destroyed).toBe(false)

    finish()
    expect(await stopped).toBe(0)
    expect(server.listening).toBe(false)
    expect(state.destroyed).toBe(true)
    expect(log).toEqual([
      '› SIGTERM: shutting down. No new jobs are taken; /api/health answers 503 "stopping".',
      expect.stringMatching(/^› Waiting up to 10 s \(SHUTDOWN_TIMEOUT_MS\) for the jobs in progress: notifyAppointmentRequest \(job 7, running \d+ s\)\.$/),
      '› The jobs in progress finished.',
      '› No new connections; open requests get up to 10 s.',
      '› Open requests finished.',
      '› Stopped.',
    ])
  })

  // Last: the cut-off job stays "running" in this process's state.
  it('gives up on a job that outlasts the timeout, says which, and resolves 1', async () => {
    const { payload, state } = fakePayload()
    const log: string[] = []
    runTask('rebuildSite', 9)
    expect(await shutDownGracefully({ signal: 'SIGINT', payloads: [payload], jobsTimeoutMs: 200, log: (line) => log.push(line) })).toBe(1)
    expect(log.join('\n')).toMatch(/Jobs still running after 0\.2 s, cut off: rebuildSite \(job 9, running \d+ s\)/)
    expect(state.destroyed).toBe(true)
  })
})
