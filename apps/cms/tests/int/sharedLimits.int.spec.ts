import type { AppointmentResponse } from '@clinic/schema'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AppointmentRequest, Brand, Clinic, Therapy } from '../../src/payload-types'
import { LIMIT_COUNTERS_SLUG } from '../../src/limits/collections'
import { PRUNE_EVERY_MS, sharedCounters } from '../../src/limits/counterStore'
import { PEER_ADDRESS_HEADER } from '../../src/security/peerAddress'
import { RateLimiter } from '../../src/security/rateLimiter'
import type * as AppointmentHelpers from './helpers/appointments'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type OtherCms, startOtherCms } from './helpers/otherCms'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Two CMS processes on one database behave as one: the appointment endpoint's rate limit, its
 * idempotency keys and duplicate window, and the login throttle are kept in the database, so a
 * client gets one limit and one stored request whichever process answers it.
 */
const APPOINTMENT_RATE_LIMIT = 5
const LOGIN_RATE_LIMIT = 4
const PASSWORD = 'a-long-password-1'
const SUBMIT = '/appointment-requests/submit'

describe.skipIf(skipDatabase)('shared limits: two CMS processes on one database', () => {
  let cms: TestCms
  let other: OtherCms
  let payload: Payload
  let api: typeof AppointmentHelpers
  let restRequest: typeof import('./helpers/rest').restRequest
  let brand: Brand
  let clinic: Clinic
  let therapy: Therapy
  let site: string
  let sent = 0

  beforeAll(async () => {
    cms = await startPayload({
      JOBS_AUTORUN: 'false',
      APPOINTMENT_RATE_LIMIT: String(APPOINTMENT_RATE_LIMIT),
      APPOINTMENT_MIN_FILL_MS: '0',
      LOGIN_RATE_LIMIT: String(LOGIN_RATE_LIMIT),
      TRUSTED_PROXY_HOPS: '0',
    })
    payload = cms.payload
    payload.logger.level = 'silent'
    api = await import('./helpers/appointments')
    ;({ restRequest } = await import('./helpers/rest'))
    const create = <T>(collection: 'brands' | 'clinics' | 'therapies', data: Record<string, unknown>) =>
      payload.create({ collection, overrideAccess: true, context: { disableRebuild: true }, data: data as never }) as Promise<T>
    brand = await create<Brand>('brands', brandData('Quillwood Physio'))
    therapy = await create<Therapy>('therapies', { ...minimalDocument('therapies', 'Massage therapy', [brand.id]), _status: 'published' })
    clinic = await create<Clinic>('clinics', { ...minimalDocument('clinics', 'Quillwood Mesa', [brand.id]), therapies: [therapy.id], _status: 'published' })
    for (const email of ['editor@quillwood.example', 'other-editor@quillwood.example']) {
      await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: PASSWORD, name: email, role: 'editor', brands: [brand.id] } })
    }
    site = `https://${brand.domain}`
    // Started last: it shares this database and these settings (the environment is passed on).
    other = await startOtherCms()
  })
  afterAll(async () => {
    await other?.stop()
    await cms?.stop()
  })

  /** A valid request; each call differs (message), so no two are duplicates. */
  function validForm(extra: Record<string, string> = {}): Record<string, unknown> {
    sent += 1
    return {
      brand: brand.slug,
      name: 'Dana Whitfield',
      phone: '(480) 555-0199',
      clinic: String(clinic.id),
      therapy: String(therapy.id),
      preferredDays: ['tue'],
      message: `My knee (request ${sent}).`,
      consent: true,
      ...extra,
    }
  }
  const jsonHeaders = (from: string, extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', Accept: 'application/json', Origin: site, [PEER_ADDRESS_HEADER]: from, ...extra })
  /** Sends a request as the form's script does, to this process (`here`) or the other one (`there`). */
  const submit = (where: 'here' | 'there', form: Record<string, unknown>, from: string, headers: Record<string, string> = {}) =>
    where === 'here'
      ? api.submitJson(form, site, { from, headers })
      : other.request('POST', SUBMIT, { headers: jsonHeaders(from, headers), body: JSON.stringify(form) })
  const login = (where: 'here' | 'there', email: string, password: string, from: string) =>
    where === 'here'
      ? restRequest('POST', '/users/login', { headers: { [PEER_ADDRESS_HEADER]: from }, body: { email, password } })
      : other.request('POST', '/users/login', { headers: { 'Content-Type': 'application/json', [PEER_ADDRESS_HEADER]: from }, body: JSON.stringify({ email, password }) })
  const byMessage = async (message: unknown) =>
    (await payload.find({ collection: 'appointment-requests', where: { message: { equals: message } }, depth: 0, pagination: false, overrideAccess: true })).docs as AppointmentRequest[]
  const statusesOf = (responses: Response[]) => responses.map((response) => response.status)

  describe('the appointment endpoint', () => {
    it('enforces one rate limit per client address, whichever process answers', async () => {
      const from = '203.0.113.21'
      const answers: number[] = []
      for (let count = 1; count <= APPOINTMENT_RATE_LIMIT + 2; count += 1) answers.push((await submit(count % 2 === 0 ? 'here' : 'there', validForm(), from)).status)
      expect(answers).toEqual([...Array<number>(APPOINTMENT_RATE_LIMIT).fill(201), 429, 429])
      const limited = await submit('here', validForm(), from)
      expect(((await limited.json()) as AppointmentResponse).message).toMatch(/Too many requests/)
    })

    it('counts requests sent to both processes at the same moment exactly once each', async () => {
      const from = '203.0.113.22'
      const answers = await Promise.all(Array.from({ length: APPOINTMENT_RATE_LIMIT + 3 }, (_, index) => submit(index % 2 === 0 ? 'here' : 'there', validForm(), from)))
      expect(statusesOf(answers).sort()).toEqual([...Array<number>(APPOINTMENT_RATE_LIMIT).fill(201), 429, 429, 429])
    })

    it('stores one request for one idempotency key sent to both processes at the same moment', async () => {
      for (let round = 1; round <= 4; round += 1) {
        const form = validForm()
        const key = `quillwood-${Date.now()}-${round}`
        const answers = await Promise.all([submit('here', form, `198.51.100.${round}`, { 'Idempotency-Key': key }), submit('there', form, `198.51.100.${round + 10}`, { 'Idempotency-Key': key })])
        expect(statusesOf(answers), `round ${round}`).toEqual([201, 201])
        expect(await byMessage(form.message), `round ${round}`).toMatchObject([{ idempotencyKey: key }])
      }
    })

    it('stores one of two different requests sent with one key to both processes at the same moment, and refuses the other', async () => {
      for (let round = 1; round <= 3; round += 1) {
        const [one, two] = [validForm(), validForm()]
        const key = `quillwood-other-${Date.now()}-${round}`
        const answers = await Promise.all([submit('here', one, `198.51.100.${round + 20}`, { 'Idempotency-Key': key }), submit('there', two, `198.51.100.${round + 30}`, { 'Idempotency-Key': key })])
        expect(statusesOf(answers).sort(), `round ${round}`).toEqual([201, 422])
        expect([...(await byMessage(one.message)), ...(await byMessage(two.message))], `round ${round}`).toHaveLength(1)
      }
    })

    it('stores the same content sent to both processes at the same moment once', async () => {
      for (let round = 1; round <= 4; round += 1) {
        const form = validForm()
        const answers = await Promise.all([submit('here', form, `198.51.100.${round + 40}`), submit('there', form, `198.51.100.${round + 50}`)])
        expect(statusesOf(answers), `round ${round}`).toEqual([201, 201])
        expect(await byMessage(form.message), `round ${round}`).toHaveLength(1)
      }
    })
  })

  describe('the login throttle', () => {
    it(`counts failed logins of a client address once across both processes (${LOGIN_RATE_LIMIT} allowed)`, async () => {
      const from = '203.0.113.31'
      const answers: number[] = []
      for (let count = 1; count <= LOGIN_RATE_LIMIT + 1; count += 1) answers.push((await login(count % 2 === 0 ? 'here' : 'there', 'editor@quillwood.example', 'wrong-password-1', from)).status)
      expect(answers).toEqual([...Array<number>(LOGIN_RATE_LIMIT).fill(401), 429])
      // The right password from that address is refused too, by either process.
      expect((await login('here', 'editor@quillwood.example', PASSWORD, from)).status).toBe(429)
    })

    it('takes back the count of a successful login, whichever process counted it', async () => {
      const from = '203.0.113.32'
      for (const where of ['here', 'there', 'here'] as const) expect((await login(where, 'nobody@quillwood.example', 'wrong-password-1', from)).status).toBe(401)
      expect((await login('there', 'other-editor@quillwood.example', PASSWORD, from)).status).toBe(200)
      // 3 failures counted, the success taken back: one more failure is allowed, then none.
      expect((await login('there', 'nobody@quillwood.example', 'wrong-password-1', from)).status).toBe(401)
      expect((await login('here', 'nobody@quillwood.example', 'wrong-password-1', from)).status).toBe(429)
    })
  })
  describe('the shared counters', () => {
    /** Whether the store holds a window for `key` of `limiter`. */
    const stored = async (key: string) =>
      (await payload.find({ collection: LIMIT_COUNTERS_SLUG as CollectionSlug, where: { key: { equals: key } }, overrideAccess: true, pagination: false })).docs.length > 0

    it('allow `limit` requests per key and window, then say how long to wait', async () => {
      const limiter = new RateLimiter('test-limit', 3, 60_000)
      const start = Date.now()
      const allowed = []
      for (const second of [1, 2, 3]) allowed.push((await limiter.hit(payload, 'a', start + second * 1000)).allowed)
      expect(allowed).toEqual([true, true, true])
      // The window started with the first request, at 1 s: it ends at 61 s.
      expect(await limiter.hit(payload, 'a', start + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 51 })
      // Other keys, and the same key under another limit's name, have their own count.
      expect(await limiter.hit(payload, 'b', start + 10_000)).toEqual({ allowed: true })
      expect(await new RateLimiter('test-other-limit', 3, 60_000).hit(payload, 'a', start + 10_000)).toEqual({ allowed: true })
    })

    it('start a new window once the old one has ended, and never ask to wait less than a second', async () => {
      const limiter = new RateLimiter('test-window', 1, 1_000)
      const start = Date.now()
      expect(await limiter.hit(payload, 'a', start)).toEqual({ allowed: true })
      expect(await limiter.hit(payload, 'a', start + 999)).toEqual({ allowed: false, retryAfterSeconds: 1 })
      expect(await limiter.hit(payload, 'a', start + 1_000)).toEqual({ allowed: true })
      expect((await limiter.hit(payload, 'a', start + 1_500)).allowed).toBe(false)
    })

    it('allow everything with a limit of 0, and store nothing for it', async () => {
      const limiter = new RateLimiter('test-unlimited', 0, 1_000)
      for (let count = 0; count < 20; count += 1) expect((await limiter.hit(payload, 'a')).allowed).toBe(true)
      expect(await stored('test-unlimited:a')).toBe(false)
    })

    it('count each of many requests at the same moment once', async () => {
      const limiter = new RateLimiter('test-burst', 3, 60_000)
      const decisions = await Promise.all(Array.from({ length: 10 }, () => limiter.hit(payload, 'a')))
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(3)
    })

    it('take back a refunded request within its window only, and never below 0', async () => {
      const limiter = new RateLimiter('test-refund', 2, 1_000)
      const start = Date.now()
      await limiter.hit(payload, 'a', start)
      await limiter.hit(payload, 'a', start + 10)
      await limiter.refund(payload, 'a', start + 20)
      expect((await limiter.hit(payload, 'a', start + 30)).allowed).toBe(true)
      expect((await limiter.hit(payload, 'a', start + 40)).allowed).toBe(false)
      // A refund after the window ended, or of an unknown key, changes nothing.
      await limiter.refund(payload, 'a', start + 1_000)
      await limiter.refund(payload, 'unknown', start + 50)
      expect((await limiter.hit(payload, 'a', start + 60)).allowed).toBe(false)
      expect(await stored('test-refund:unknown')).toBe(false)

      const single = new RateLimiter('test-refund-floor', 1, 60_000)
      await single.hit(payload, 'a', start)
      await single.refund(payload, 'a', start + 1)
      await single.refund(payload, 'a', start + 2)
      expect((await single.hit(payload, 'a', start + 3)).allowed).toBe(true)
      expect((await single.hit(payload, 'a', start + 4)).allowed).toBe(false)
    })

    it(`delete ended windows, at most every ${PRUNE_EVERY_MS / 60_000} minutes per process, and keep live ones`, async () => {
      const short = new RateLimiter('test-prune', 1, 1_000)
      const minute = 60_000
      // Far ahead of every window so far: this count is due to prune (and sets when the next one is).
      const later = Date.now() + 24 * 60 * minute
      await short.hit(payload, 'ended', later)
      await new RateLimiter('test-prune', 1, 60 * minute).hit(payload, 'live', later)

      // The next pruning is due 15 minutes after the last one.
      const due = later + PRUNE_EVERY_MS
      await short.hit(payload, 'first', due - minute)
      expect(await stored('test-prune:ended')).toBe(true)
      await short.hit(payload, 'second', due)
      expect(await stored('test-prune:ended')).toBe(false)
      expect(await stored('test-prune:first')).toBe(false)
      expect(await stored('test-prune:second')).toBe(true)
      expect(await stored('test-prune:live')).toBe(true)

      // On demand (every window ended by then).
      expect(await sharedCounters(payload).prune(later + 61 * minute)).toBeGreaterThanOrEqual(2)
      expect(await stored('test-prune:second')).toBe(false)
      expect(await stored('test-prune:live')).toBe(false)
    })

    it('are closed to everyone over the API', async () => {
      await new RateLimiter('test-api', 5, 60_000).hit(payload, 'a')
      const admin = await payload.create({ collection: 'users', overrideAccess: true, data: { email: 'admin@quillwood.example', password: PASSWORD, name: 'Quillwood Admin', role: 'admin', enableAPIKey: true, apiKey: 'quillwood-admin-key-0123456789abcdef0123' } })
      const auth = { Authorization: `users API-Key ${String(admin.apiKey)}` }
      expect((await restRequest('GET', `/${LIMIT_COUNTERS_SLUG}`, { headers: auth })).status).toBe(403)
      expect((await restRequest('POST', `/${LIMIT_COUNTERS_SLUG}`, { headers: auth, body: { key: 'x', count: 0, resetAt: new Date().toISOString() } })).status).toBe(403)
      expect((await restRequest('DELETE', `/${LIMIT_COUNTERS_SLUG}?where[key][equals]=test-api:a`, { headers: auth })).status).toBe(403)
      expect(await stored('test-api:a')).toBe(true)
    })
  })

  describe('when the shared counters cannot be reached', () => {
    afterEach(() => {
      vi.restoreAllMocks()
    })
    const failCounters = () => {
      vi.spyOn(sharedCounters(payload), 'increment').mockRejectedValue(new Error('SQLITE_BUSY: database is locked'))
      return vi.spyOn(payload.logger, 'error')
    }

    it('the appointment endpoint stores the request (fail open) and logs the error', async () => {
      const logged = failCounters()
      const form = validForm()
      const response = await submit('here', form, '203.0.113.41')
      expect(response.status).toBe(201)
      expect(await byMessage(form.message)).toHaveLength(1)
      expect(logged.mock.calls.map(([entry]) => String((entry as { msg?: unknown }).msg))).toEqual(
        expect.arrayContaining([expect.stringMatching(/rate limit could not be checked/), expect.stringMatching(/duplicate window could not be checked/)]),
      )
    })

    it('a login is refused with 503 and a message (fail closed)', async () => {
      failCounters()
      const response = await login('here', 'editor@quillwood.example', PASSWORD, '203.0.113.42')
      expect(response.status).toBe(503)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Logins cannot be checked just now/)
    })
  })

  describe('idempotency keys in the database', () => {
    const request = (idempotencyKey: string | null) =>
      payload.create({
        collection: 'appointment-requests',
        overrideAccess: true,
        context: { disableRebuild: true },
        data: { brand: brand.id, clinic: clinic.id, name: 'Lee Park', phone: '4805550123', consentAt: new Date().toISOString(), message: `direct ${(sent += 1)}`, status: 'new', notification: { status: 'pending', attempts: 0 }, idempotencyKey },
      })

    it('are unique per brand, while any number of requests have none', async () => {
      await request('quillwood-direct-key-1')
      await expect(request('quillwood-direct-key-1')).rejects.toThrow()
      const withoutKey = await Promise.all([request(null), request(null), request(null)])
      expect(withoutKey.map((doc) => doc.idempotencyKey ?? null)).toEqual([null, null, null])
      const stored = await payload.count({ collection: 'appointment-requests', where: { idempotencyKey: { equals: 'quillwood-direct-key-1' } }, overrideAccess: true })
      expect(stored.totalDocs).toBe(1)
    })
  })
})
