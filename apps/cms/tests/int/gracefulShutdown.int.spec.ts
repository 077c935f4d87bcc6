import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppointmentRequest } from '../../src/payload-types'
import { type AppointmentTarget, createAppointmentTarget } from './helpers/appointmentTarget'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'
import { childEnv } from './helpers/testEnv'

/*
 * SIGTERM while a job runs: a second process (helpers/shutdownWorker.ts: Payload with its jobs
 * runner and the server's shutdown code) emails a clinic about an appointment request through a
 * local SMTP server that takes a few seconds to accept the message, and gets SIGTERM while the
 * email is being sent. The email is sent and recorded, a job that became due meanwhile is left
 * for another process, a request still open is answered, and the process exits 0.
 */
const WORKER = path.join(import.meta.dirname, 'helpers', 'shutdownWorker.ts')

/** An SMTP server on 127.0.0.1 that takes `delayMs` to accept each message; `receiving()` resolves when the next one arrives. */
async function startSlowSmtp() {
  const received: string[][] = []
  let delayMs = 0
  let arrived: () => void = () => undefined
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      received.push(session.envelope.rcptTo.map((recipient) => recipient.address))
      arrived()
      stream.resume()
      stream.on('end', () => setTimeout(() => callback(), delayMs))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Resolves when the next message arrives; it will be accepted `delay` ms after it was sent in full. */
    receiving(delay: number) {
      delayMs = delay
      return new Promise<void>((resolve) => (arrived = resolve))
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A started worker: its HTTP port, its exit, and what it printed. */
interface Worker {
  port: number
  exited: Promise<[number | null, NodeJS.Signals | null]>
  output(): string
  process: ChildProcess
}

async function startWorker(): Promise<Worker> {
  let output = ''
  const child = fork(WORKER, [], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    // This process's environment (its database and SMTP server); the worker runs due jobs every second.
    env: childEnv({ JOBS_AUTORUN: 'true', JOBS_CRON: '* * * * * *', SHUTDOWN_TIMEOUT_MS: '30000' }),
    execArgv: ['--import', 'tsx', '--no-deprecation'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  const failed = exited.then(([code]): never => {
    throw new Error(`The worker exited (${code}) before it was ready:\n${output}`)
  })
  const [ready] = (await Promise.race([once(child, 'message'), failed])) as [{ port: number }]
  return { port: ready.port, exited, output: () => output, process: child }
}

describe.skipIf(skipDatabase)('graceful shutdown with a job in flight', () => {
  let cms: TestCms
  let payload: Payload
  let smtp: Awaited<ReturnType<typeof startSlowSmtp>>
  const workers: Worker[] = []
  let target: AppointmentTarget
  const CLINIC_EMAIL = 'front@thornbury-rehab.example'

  beforeAll(async () => {
    smtp = await startSlowSmtp()
    // This process runs no jobs; the workers do.
    cms = await startPayload({ SMTP_URL: smtp.url, JOBS_AUTORUN: 'false', APPOINTMENT_NOTIFY_ATTEMPTS: '1' })
    payload = cms.payload
    target = await createAppointmentTarget(payload, 'Thornbury Rehab')
    await payload.update({ collection: 'clinics', id: target.clinic.id, overrideAccess: true, context: { disableRebuild: true }, data: { email: CLINIC_EMAIL } })
  })
  afterAll(async () => {
    for (const worker of workers) worker.process.kill('SIGKILL')
    await cms?.stop()
    await smtp?.close()
  })

  const request = (message: string) =>
    payload.create({
      collection: 'appointment-requests',
      overrideAccess: true,
      depth: 0,
      context: { disableRebuild: true },
      data: { brand: target.brand.id, clinic: target.clinic.id, name: 'Ines Calloway', phone: '(480) 555-0177', message, consentAt: new Date().toISOString(), status: 'new', notification: { status: 'pending', attempts: 0 } },
    })
  const queueEmail = (of: AppointmentRequest) => payload.jobs.queue({ task: 'notifyAppointmentRequest', input: { request: String(of.id) } })
  const notificationOf = async (of: AppointmentRequest) => (await payload.findByID({ collection: 'appointment-requests', id: of.id, overrideAccess: true, depth: 0 })).notification
  // Payload deletes a job once it has completed.
  const jobsWithId = async (id: number | string) => (await payload.find({ collection: 'payload-jobs', where: { id: { equals: id } }, overrideAccess: true, depth: 0 })).docs

  it('waits for the job in progress: the email is sent and recorded before the process exits 0', async () => {
    const first = await request('Mornings after nine, please.')
    const job = await queueEmail(first)
    const sending = smtp.receiving(4_000)
    const worker = await startWorker()
    workers.push(worker)

    await sending
    worker.process.kill('SIGTERM')
    const [code] = await worker.exited
    expect(code, worker.output()).toBe(0)

    expect(await notificationOf(first)).toMatchObject({ status: 'sent', attempts: 1, recipients: CLINIC_EMAIL })
    expect(await jobsWithId(job.id)).toEqual([])
    expect(worker.output()).toContain('SIGTERM: shutting down. No new jobs are taken')
    expect(worker.output()).toMatch(/Waiting up to 30 s \(SHUTDOWN_TIMEOUT_MS\) for the jobs in progress: notifyAppointmentRequest \(job \S+, running \d+ s\)/)
    expect(worker.output()).toContain('The jobs in progress finished.')
    expect(worker.output()).toContain('Stopped.')
  })

  it('takes no new job while it finishes, and answers a request that was still open', async () => {
    const first = await request('Tuesdays suit me.')
    const second = await request('Any afternoon works.')
    await queueEmail(first)
    const mailsBefore = smtp.received.length
    const sending = smtp.receiving(2_000)
    const worker = await startWorker()
    workers.push(worker)

    await sending
    // Due now, while the first job runs: only a runner that still takes jobs would run it.
    const secondJob = await queueEmail(second)
    // Open for longer than the first job runs, so the process lives on after the job, for several of the runner's seconds.
    const openRequest = fetch(`http://127.0.0.1:${worker.port}/slow?ms=6000`).then((response) => response.text())
    await new Promise((resolve) => setTimeout(resolve, 200))
    worker.process.kill('SIGTERM')

    const [code] = await worker.exited
    expect(code, worker.output()).toBe(0)
    expect(await openRequest).toBe('answered after 6000 ms')
    expect(worker.output()).toContain('Open requests finished.')

    expect(await notificationOf(first)).toMatchObject({ status: 'sent' })
    const [waiting] = await jobsWithId(secondJob.id)
    expect(waiting).toMatchObject({ processing: false, totalTried: 0 })
    expect(waiting?.completedAt ?? null).toBeNull()
    expect(await notificationOf(second)).toMatchObject({ status: 'pending', attempts: 0 })
    // One email: the first request's.
    expect(smtp.received.length).toBe(mailsBefore + 1)
  })
})
