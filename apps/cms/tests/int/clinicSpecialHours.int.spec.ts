import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, Clinic } from '../../src/payload-types'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { minimalDocument } from './helpers/contentDocuments'
import { createBrandWithEditor } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * A clinic's holiday closures and date-specific hours: an entry the site would reject is refused
 * on publish with an error on the row's own field (also when earlier rows are already over and
 * will be left out of the snapshot), and the snapshot carries the entries whose last day has not
 * passed on the brand's clocks.
 */

interface FieldError {
  path: string
  message: string
}

/** A day as the admin's day picker stores it. */
const day = (date: string) => `${date}T12:00:00.000Z`

describe.skipIf(skipDatabase)('clinic special hours', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let brand: Brand
  let auth: Record<string, string>
  let counter = 0

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    payload = cms.payload
    ;({ brand, auth } = await createBrandWithEditor(payload, 'Holiday Physio', 'holiday-physio.example'))
    brand = await payload.update({ collection: 'brands', id: brand.id, data: { timeZone: 'America/Phoenix' }, overrideAccess: true, context: { disableRebuild: true } })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** Publishes a new clinic through REST as the brand's editor. */
  async function publishClinic(specialHours: Record<string, unknown>[]) {
    counter += 1
    const body = { ...minimalDocument('clinics', `Holiday Clinic ${counter}`, [brand.id]), specialHours, _status: 'published' }
    const response = await cms.restRequest('POST', '/clinics', { headers: auth, body })
    const answer = (await response.json()) as { doc?: Clinic; errors?: { data?: { errors?: FieldError[] } }[] }
    return { status: response.status, doc: answer.doc, fieldErrors: (answer.errors ?? []).flatMap((error) => error.data?.errors ?? []) }
  }

  it('refuses two entries for the same day, on the later entry, naming the earlier one', async () => {
    const { status, fieldErrors } = await publishClinic([
      { from: day('2031-12-24'), through: day('2031-12-26'), closed: true },
      { from: day('2031-12-26'), closed: false, opens: '09:00', closes: '12:00' },
    ])
    expect(status).toBe(400)
    expect(fieldErrors).toContainEqual({ path: 'specialHours.1.from', message: expect.stringContaining('overlap special hours entry 1 (2031-12-24 to 2031-12-26)') })
  })

  it('refuses hours closing before they open on the row itself, even after a row that is already over', async () => {
    const { status, fieldErrors } = await publishClinic([
      { from: day('2020-01-01'), closed: true, note: 'Long past' },
      { from: day('2031-11-27'), closed: false, opens: '14:00', closes: '09:00' },
    ])
    expect(status).toBe(400)
    expect(fieldErrors).toContainEqual({ path: 'specialHours.1.closes', message: expect.stringContaining('closing time must be after opening time') })
  })

  it('refuses a last day before the first day, and a closure of more than 31 days', async () => {
    const backwards = await publishClinic([{ from: day('2031-12-26'), through: day('2031-12-24'), closed: true }])
    expect(backwards.status).toBe(400)
    expect(backwards.fieldErrors.map((error) => error.path)).toContain('specialHours.0.through')
    const tooLong = await publishClinic([{ from: day('2031-07-01'), through: day('2031-08-15'), closed: true }])
    expect(tooLong.status).toBe(400)
    expect(tooLong.fieldErrors.map((error) => error.path)).toContain('specialHours.0.through')
  })

  it('saves invalid entries in a draft, to be fixed before publishing', async () => {
    const body = { ...minimalDocument('clinics', 'Holiday Draft Clinic', [brand.id]), specialHours: [{ from: day('2031-12-26'), through: day('2031-12-24'), closed: true }], _status: 'draft' }
    const response = await cms.restRequest('POST', '/clinics?draft=true', { headers: auth, body })
    expect(response.status).toBe(201)
  })

  it('puts the entries not yet over into the snapshot, judged on the brand\'s clocks, and leaves the past ones out', async () => {
    // 05:00 UTC on July 4 is still July 3 in Phoenix: the July 3 entry is today there, not past.
    const now = new Date('2031-07-04T05:00:00.000Z')
    const { status, doc } = await publishClinic([
      { from: day('2031-07-01'), through: day('2031-07-02'), closed: true, note: 'Over' },
      { from: day('2031-07-03'), closed: false, opens: '08:00', closes: '12:00', note: 'Short day' },
      { from: day('2031-07-04'), through: day('2031-07-05'), closed: true, note: 'Independence Day' },
    ])
    expect(status).toBe(201)
    const snapshot = await buildBrandSnapshot(payload, brand.slug, { serverUrl: 'http://cms.test', now })
    const clinic = snapshot.clinics.find((candidate) => candidate.id === String(doc?.id))
    expect(clinic?.specialHours).toEqual([
      { from: '2031-07-03', through: '2031-07-03', closed: false, opens: '08:00', closes: '12:00', note: 'Short day' },
      { from: '2031-07-04', through: '2031-07-05', closed: true, note: 'Independence Day' },
    ])

    // A day later in Phoenix, the short day is over too.
    const later = await buildBrandSnapshot(payload, brand.slug, { serverUrl: 'http://cms.test', now: new Date('2031-07-04T08:00:00.000Z') })
    expect(later.clinics.find((candidate) => candidate.id === String(doc?.id))?.specialHours.map((entry) => entry.from)).toEqual(['2031-07-04'])
  })

  it('gives a clinic saved without special hours none in the snapshot', async () => {
    const { status, doc } = await publishClinic([])
    expect(status).toBe(201)
    const snapshot = await buildBrandSnapshot(payload, brand.slug, { serverUrl: 'http://cms.test' })
    expect(snapshot.clinics.find((candidate) => candidate.id === String(doc?.id))?.specialHours).toEqual([])
  })
})
