import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as AppointmentHelpers from './helpers/appointments'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Client addresses behind proxies (TRUSTED_PROXY_HOPS=2: a CDN, then a load balancer that is the
 * CMS's peer), through the appointment endpoint's rate limit, which counts before reading the
 * body. The client is exactly the second entry from the right of X-Forwarded-For: entries further
 * left are whatever the client sent, and must neither dodge its own limit nor use up another's.
 */
const LOAD_BALANCER = '10.0.0.2'
const CDN = '10.0.0.1'
const LIMIT = 3

describe.skipIf(skipDatabase)('client addresses behind two proxies', () => {
  let cms: TestCms
  let api: typeof AppointmentHelpers

  beforeAll(async () => {
    cms = await startPayload({ JOBS_AUTORUN: 'false', APPOINTMENT_RATE_LIMIT: String(LIMIT), TRUSTED_PROXY_HOPS: '2' })
    cms.payload.logger.level = 'silent'
    api = await import('./helpers/appointments')
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** A request as it reaches the CMS: the CDN appended the client, the load balancer the CDN. */
  const viaProxies = (client: string, forged: string[] = []) =>
    api.submitRaw('{}', { from: LOAD_BALANCER, headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': [...forged, client, CDN].join(', ') } })
  const limited = async (response: Promise<Response>) => (await response).status === 429

  it('counts a client by the entry the first proxy wrote, whatever it put before it', async () => {
    const attacker = '198.51.100.10'
    for (let count = 1; count <= LIMIT; count += 1) expect(await limited(viaProxies(attacker, [`203.0.113.${count}`]))).toBe(false)
    expect(await limited(viaProxies(attacker, ['203.0.113.99']))).toBe(true)
    expect(await limited(viaProxies(attacker))).toBe(true)
  })

  it('does not let a client use up another client’s allowance by naming it', async () => {
    const attacker = '198.51.100.20'
    const victim = '198.51.100.21'
    for (let count = 1; count <= LIMIT + 2; count += 1) await viaProxies(attacker, [victim])
    expect(await limited(viaProxies(victim))).toBe(false)
  })

  it('falls back to the connection for a request that did not pass both proxies', async () => {
    const direct = (forwardedFor: string) => api.submitRaw('{}', { from: '192.0.2.50', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor } })
    for (let count = 1; count <= LIMIT; count += 1) expect(await limited(direct(`203.0.113.${count + 10}`))).toBe(false)
    expect(await limited(direct('203.0.113.50'))).toBe(true)
  })
})
