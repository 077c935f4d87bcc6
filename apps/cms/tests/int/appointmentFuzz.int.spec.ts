import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, Clinic, Therapy } from '../../src/payload-types'
import { type FuzzContext, fuzzCase, prng } from './helpers/appointmentFuzz'
import type * as AppointmentHelpers from './helpers/appointments'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'
import { testOnlyEnv } from './helpers/testEnv'

/*
 * 1,200 random, malformed requests against the endpoint (helpers/appointmentFuzz.ts): wrong
 * types, huge strings, unicode (right-to-left, emoji, NUL, lone surrogates), missing fields,
 * nested junk, arrays for scalars, invalid JSON and UTF-8, other content types, foreign origins.
 * Each must get a 4xx with a message, none a 5xx, and none may be stored. The seed is printed;
 * APPOINTMENT_FUZZ_SEED=<seed> replays a run. The rate limit is off here (APPOINTMENT_RATE_LIMIT=0).
 */
const CASES = 1_200
const seed = Number(testOnlyEnv.appointmentFuzzSeed ?? Math.floor(Math.random() * 2 ** 31))

describe.skipIf(skipDatabase)('appointment requests: fuzzing the endpoint', () => {
  let cms: TestCms
  let payload: Payload
  let api: typeof AppointmentHelpers
  let context: FuzzContext

  beforeAll(async () => {
    // A minimum fill time far above the "too fast" cases' 0–2.5 s, so that they stay too fast however slow the run.
    cms = await startPayload({ JOBS_AUTORUN: 'false', APPOINTMENT_RATE_LIMIT: '0', APPOINTMENT_MIN_FILL_MS: '60000' })
    payload = cms.payload
    api = await import('./helpers/appointments')
    const create = <T>(collection: 'brands' | 'clinics' | 'therapies', data: Record<string, unknown>) =>
      payload.create({ collection, overrideAccess: true, context: { disableRebuild: true }, data: data as never }) as Promise<T>
    const brand = await create<Brand>('brands', brandData('Fuzz Physio'))
    const other = await create<Brand>('brands', brandData('Other Physio'))
    const therapy = await create<Therapy>('therapies', { ...minimalDocument('therapies', 'Massage therapy', [brand.id]), _status: 'published' })
    const foreign = await create<Therapy>('therapies', { ...minimalDocument('therapies', 'Cupping', [other.id]), _status: 'published' })
    const clinic = await create<Clinic>('clinics', { ...minimalDocument('clinics', 'Fuzz Mesa', [brand.id]), therapies: [therapy.id], _status: 'published' })
    context = {
      origin: `https://${brand.domain}`,
      foreignTherapy: String(foreign.id),
      valid: {
        brand: brand.slug,
        name: 'Dana Whitfield',
        phone: '(480) 555-0199',
        email: 'dana@example.com',
        clinic: String(clinic.id),
        therapy: String(therapy.id),
        preferredDays: ['tue'],
        preferredTimes: ['morning'],
        message: 'Knee pain.',
        consent: 'on',
      },
    }
    // Refusals are the point here; keep the log to real problems.
    payload.logger.level = 'warn'
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('accepts the unchanged request, so that the cases below fail for what they change', async () => {
    const response = await api.submitJson({ ...context.valid, message: 'The control request.' }, context.origin)
    expect(response.status).toBe(201)
    await payload.delete({ collection: 'appointment-requests', where: { message: { equals: 'The control request.' } }, overrideAccess: true })
  })

  it(`answers ${CASES} malformed requests with a 4xx and a message, and stores none (seed ${seed})`, async () => {
    console.info(`Appointment fuzz seed: ${seed} (replay with APPOINTMENT_FUZZ_SEED=${seed})`)
    const random = prng(seed)
    const problems: string[] = []
    const statuses = new Map<number, number>()
    for (let index = 0; index < CASES; index += 1) {
      const fuzz = fuzzCase(random, context)
      const headers: Record<string, string> = {}
      if (fuzz.contentType !== null) headers['Content-Type'] = fuzz.contentType
      if (fuzz.origin !== null) headers.Origin = fuzz.origin
      if (fuzz.accept !== null) headers.Accept = fuzz.accept
      const response = await api.submitRaw(fuzz.body, { headers, from: null })
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      const text = await response.text()
      let message: string
      if (/json/.test(response.headers.get('content-type') ?? '')) {
        const body = JSON.parse(text) as { ok?: unknown; message?: unknown }
        message = body.ok === false && typeof body.message === 'string' ? body.message : ''
      } else {
        message = api.htmlErrorSummary(text)
      }
      if (response.status < 400 || response.status >= 500 || message.trim() === '' || response.headers.get('cache-control') !== 'no-store') {
        problems.push(`#${index} ${fuzz.description}: ${response.status} ${text.slice(0, 160)}`)
      }
    }
    console.info(`Appointment fuzz answers: ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status} × ${count}`).join(', ')}`)
    expect(problems, `seed ${seed}`).toEqual([])
    // Every kind of refusal was reached, not just the first check.
    expect([...statuses.keys()].sort()).toEqual([400, 403, 413, 415, 422])
    expect((await payload.count({ collection: 'appointment-requests', overrideAccess: true })).totalDocs).toBe(0)
  }, 120_000)
})
