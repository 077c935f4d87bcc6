import fs from 'node:fs/promises'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { HealthReport } from '../../src/health/endpoint'
import { stopTakingJobs } from '../../src/jobs/inFlight'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase, testDatabase } from './helpers/testDatabase'
import { cmsSetting } from './helpers/testEnv'

/*
 * `GET /api/health` through Payload's real REST handler, as a load balancer calls it: without
 * credentials. The database is made unavailable by failing or stalling its query, and on SQLite
 * by moving the database file away.
 */
describe.skipIf(skipDatabase)('GET /api/health', () => {
  let cms: TestCms
  let payload: Payload
  let restGet: typeof import('./helpers/rest').restGet

  beforeAll(async () => {
    // `cron: true`: the process runs due jobs, as the CMS server does.
    cms = await startPayload({ JOBS_AUTORUN: 'true' }, { cron: true })
    payload = cms.payload
    ;({ restGet } = await import('./helpers/rest'))
  })
  afterAll(async () => {
    await cms?.stop()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  async function health(): Promise<{ status: number; cacheControl: string | null; text: string; body: HealthReport }> {
    const response = await restGet('/health')
    const text = await response.text()
    return { status: response.status, cacheControl: response.headers.get('cache-control'), text, body: JSON.parse(text) as HealthReport }
  }

  it('answers 200 to an anonymous request when the database answers, with the jobs runner’s state and nothing secret', async () => {
    const { status, cacheControl, text, body } = await health()
    expect(status).toBe(200)
    expect(cacheControl).toBe('no-store')
    expect(body).toEqual({
      status: 'ok',
      database: { ok: true, latencyMs: expect.any(Number) },
      jobs: { autorun: true, stopping: false, running: 0 },
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    })
    for (const secret of [cmsSetting('PAYLOAD_SECRET'), cmsSetting('DATABASE_URI'), cms.dir, cmsSetting('BUILD_TOKEN')]) expect(text).not.toContain(secret)
  })

  it('answers 503 "unavailable" when the database query fails, without the error’s text', async () => {
    vi.spyOn(payload, 'count').mockRejectedValue(new Error('connect ECONNREFUSED 10.20.30.40:27017 (user cms-admin)'))
    const { status, cacheControl, text, body } = await health()
    expect(status).toBe(503)
    expect(cacheControl).toBe('no-store')
    expect(body).toMatchObject({ status: 'unavailable', database: { ok: false } })
    expect(text).not.toMatch(/ECONNREFUSED|10\.20\.30\.40|cms-admin/)
  })

  it('answers 503 when the database does not answer in time', async () => {
    vi.spyOn(payload, 'count').mockImplementation(() => new Promise(() => undefined))
    const { status, body } = await health()
    expect(status).toBe(503)
    expect(body).toMatchObject({ status: 'unavailable', database: { ok: false } })
  })

  it.skipIf(testDatabase !== 'sqlite')('answers 503 while the SQLite file is gone, and 200 again once it is back', async () => {
    const file = `${cms.dir}/test.db`
    await fs.rename(file, `${file}.moved`)
    try {
      const { status, body } = await health()
      expect(status).toBe(503)
      expect(body.database.ok).toBe(false)
    } finally {
      await fs.rename(`${file}.moved`, file)
    }
    expect((await health()).status).toBe(200)
  })

  // Last: a stopped jobs runner stays stopped for the rest of the process.
  it('answers 503 "stopping" once the process stops taking jobs (shutting down), so that a load balancer sends it nothing more', async () => {
    stopTakingJobs(payload)
    const { status, body } = await health()
    expect(status).toBe(503)
    expect(body).toMatchObject({ status: 'stopping', database: { ok: true }, jobs: { autorun: false, stopping: true, running: 0 } })
  })
})
