import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { AppointmentResponse } from '@clinic/schema'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type AppointmentTarget, createAppointmentTarget, requestFields } from './helpers/appointmentTarget'
import type * as AppointmentHelpers from './helpers/appointments'
import { holdWriteLock } from './helpers/sqliteLock'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase, testDatabase } from './helpers/testDatabase'

/*
 * SQLite lets one connection write at a time. Another connection holding the write lock for a
 * moment (a second CMS process, the import command, a backup tool) must make a write wait, up
 * to SQLITE_BUSY_TIMEOUT_MS, not fail at once. The lock is held by a separate process on the
 * same file (helpers/sqliteLock.ts). SQLite only: MongoDB has no file lock to wait for.
 */
const BUSY_TIMEOUT_MS = 2_500

/** The messages of an error and its causes. */
function messagesOf(error: unknown): string {
  const messages: string[] = []
  for (let current = error; current instanceof Error; current = current.cause) messages.push(current.message)
  return messages.join(' ← ')
}

describe.skipIf(skipDatabase || testDatabase !== 'sqlite')('SQLite: a write waits for another connection’s lock', () => {
  let cms: TestCms
  let payload: Payload
  let api: typeof AppointmentHelpers
  let target: AppointmentTarget
  let sent = 0

  beforeAll(async () => {
    cms = await startPayload({ SQLITE_BUSY_TIMEOUT_MS: String(BUSY_TIMEOUT_MS), JOBS_AUTORUN: 'false', APPOINTMENT_RATE_LIMIT: '0', APPOINTMENT_MIN_FILL_MS: '0' })
    payload = cms.payload
    api = await import('./helpers/appointments')
    target = await createAppointmentTarget(payload, 'Larkspur Physio')
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const file = () => `${cms.dir}/test.db`
  const client = () => (payload.db as unknown as SQLiteAdapter).client
  const busyTimeoutOf = async (connection: Pick<SQLiteAdapter['client'], 'execute'>) => Number((await connection.execute('PRAGMA busy_timeout')).rows[0]?.[0])
  const storedWith = async (message: string) =>
    (await payload.find({ collection: 'appointment-requests', where: { message: { equals: message } }, depth: 0, pagination: false, overrideAccess: true })).docs
  const submit = (message: string) => api.submitJson(requestFields(target, message), target.site)

  it('sets SQLITE_BUSY_TIMEOUT_MS on the first connection and on the one the client opens after a transaction took it', async () => {
    expect(await busyTimeoutOf(client())).toBe(BUSY_TIMEOUT_MS)
    // The libsql client hands its connection to a transaction and opens a new one for everything else.
    const transaction = await client().transaction('write')
    expect(await busyTimeoutOf(transaction)).toBe(BUSY_TIMEOUT_MS)
    expect(await busyTimeoutOf(client())).toBe(BUSY_TIMEOUT_MS)
    await transaction.commit()
    expect(await busyTimeoutOf(client())).toBe(BUSY_TIMEOUT_MS)
  })

  it.each(['immediate', 'exclusive', 'upgrade'] as const)('stores an appointment request sent while another process holds the write lock for a second (%s)', async (mode) => {
    const message = `Sent while the file was locked (${mode}, ${(sent += 1)}).`
    const lock = await holdWriteLock(file(), mode, 1_000)
    const response = await submit(message)
    await lock.released
    expect(response.status).toBe(201)
    expect(await storedWith(message)).toHaveLength(1)
  })

  it('answers 503 with the endpoint’s message, stores nothing and logs what to do, when the lock outlasts SQLITE_BUSY_TIMEOUT_MS', async () => {
    const logged = vi.spyOn(payload.logger, 'error')
    const message = 'Sent while the file stayed locked.'
    const lock = await holdWriteLock(file(), 'immediate', BUSY_TIMEOUT_MS * 3)
    try {
      const response = await submit(message)
      expect(response.status).toBe(503)
      const body = (await response.json()) as AppointmentResponse
      expect(body).toMatchObject({ ok: false, message: expect.stringContaining('We could not save your request just now') })
      // The logged error (the query's), through its causes, says what held up the write and what to do.
      const logs = logged.mock.calls.map(([entry]) => messagesOf((entry as { err?: unknown }).err)).join('\n')
      expect(logs).toContain(`locked by another connection for longer than SQLITE_BUSY_TIMEOUT_MS (${BUSY_TIMEOUT_MS} ms)`)
    } finally {
      lock.kill()
      logged.mockRestore()
    }
    expect(await storedWith(message)).toHaveLength(0)
  })
})
