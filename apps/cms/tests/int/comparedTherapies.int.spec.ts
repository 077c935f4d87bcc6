import { BrandSnapshotSchema } from '@clinic/schema'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, Comparison, Therapy } from '../../src/payload-types'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { settledJob } from './helpers/jobs'
import { type Person, createBrandWithEditor } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * A published comparison's columns are therapy pages: the therapies it compares stay published
 * for its brands (src/publishing/comparedTherapies.ts). Unpublishing, deleting or taking a brand
 * off such a therapy is refused naming the comparison, so the brand's snapshot keeps building.
 */

type Id = number | string

describe.skipIf(skipDatabase)('a therapy a published comparison compares stays live', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let restRequest: TestCmsWithApi['restRequest']
  let brand: Brand
  let other: Brand
  let auth: Record<string, string>
  let editor: Person
  let counter = 0

  const therapy = async (brands: Id[]) =>
    (await payload.create({ collection: 'therapies', overrideAccess: true, data: { ...minimalDocument('therapies', `Compared Therapy ${(counter += 1)}`, brands), _status: 'published' } as never })) as Therapy
  const comparison = async (title: string, brands: Id[], therapies: Id[]) =>
    (await payload.create({ collection: 'comparisons', overrideAccess: true, data: { ...minimalDocument('comparisons', title, brands, therapies), _status: 'published' } as never })) as Comparison
  const messageOf = async (response: Response) => JSON.stringify(await response.json())
  const snapshotParses = async (of: Brand) => BrandSnapshotSchema.safeParse(await buildBrandSnapshot(payload, of.slug, { serverUrl: 'http://cms.test' })).success

  beforeAll(async () => {
    cms = await startPayloadWithApi({ JOBS_CRON: '* * * * * *' }, { cron: true })
    ;({ payload, restRequest } = cms)
    const created = await createBrandWithEditor(payload, 'Column Physio', 'column-physio.example')
    ;({ brand, auth, editor } = created)
    other = (await payload.create({ collection: 'brands', data: brandData('Other Column Physio'), overrideAccess: true, context: { disableRebuild: true } })) as Brand
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('refuses to unpublish it through the API, naming the comparison, and the snapshot still parses', async () => {
    const [needling, massage] = [await therapy([brand.id]), await therapy([brand.id])]
    await comparison('Needles or hands', [brand.id], [needling.id, massage.id])
    const response = await restRequest('PATCH', `/therapies/${needling.id}`, { headers: auth, body: { _status: 'draft' } })
    expect(response.status).toBe(409)
    const message = await messageOf(response)
    expect(message).toContain('cannot be unpublished')
    expect(message).toContain('\\"Needles or hands\\" (Column Physio)')
    const stored = await payload.findByID({ collection: 'therapies', id: needling.id, overrideAccess: true })
    expect(stored._status).toBe('published')
    expect(await snapshotParses(brand)).toBe(true)
  })

  it('lets a draft be saved over it: the published therapy stays as it was', async () => {
    const [needling, massage] = [await therapy([brand.id]), await therapy([brand.id])]
    await comparison('Draft over a column', [brand.id], [needling.id, massage.id])
    const response = await restRequest('PATCH', `/therapies/${needling.id}?draft=true`, { headers: auth, body: { summary: 'A newer summary, not live yet.', _status: 'draft' } })
    expect(response.status).toBe(200)
    const live = await payload.findByID({ collection: 'therapies', id: needling.id, overrideAccess: true, draft: false })
    expect(live._status).toBe('published')
  })

  it('refuses to delete it, one by id or many by a query', async () => {
    const [needling, massage] = [await therapy([brand.id]), await therapy([brand.id])]
    await comparison('Deleted column', [brand.id], [needling.id, massage.id])
    const byId = await restRequest('DELETE', `/therapies/${massage.id}`, { headers: auth })
    expect(byId.status).toBe(409)
    expect(await messageOf(byId)).toContain('cannot be deleted')
    await expect(payload.delete({ collection: 'therapies', where: { id: { in: [needling.id, massage.id] } }, overrideAccess: true })).rejects.toThrow(/Deleted column/)
    const left = await payload.find({ collection: 'therapies', where: { id: { in: [needling.id, massage.id] } }, overrideAccess: true })
    expect(left.totalDocs).toBe(2)
  })

  it('refuses to take off a brand whose published comparison compares it, and allows taking off another', async () => {
    const [needling, massage] = [await therapy([brand.id, other.id]), await therapy([brand.id, other.id])]
    await comparison('Shared columns', [other.id], [needling.id, massage.id])
    await expect(payload.update({ collection: 'therapies', id: needling.id, data: { brands: [brand.id] }, overrideAccess: true })).rejects.toThrow(/taken off these brands.*Shared columns.*Other Column Physio/)
    const kept = await payload.update({ collection: 'therapies', id: needling.id, data: { brands: [other.id] }, overrideAccess: true })
    expect(kept.brands).toHaveLength(1)
    expect(await snapshotParses(other)).toBe(true)
  })

  it('allows it once the comparison is unpublished', async () => {
    const [needling, massage] = [await therapy([brand.id]), await therapy([brand.id])]
    const table = await comparison('Retired table', [brand.id], [needling.id, massage.id])
    await payload.update({ collection: 'comparisons', id: table.id, data: { _status: 'draft' }, overrideAccess: true })
    const response = await restRequest('PATCH', `/therapies/${needling.id}`, { headers: auth, body: { _status: 'draft' } })
    expect(response.status).toBe(200)
    expect(await snapshotParses(brand)).toBe(true)
  })

  it('fails a scheduled unpublish, and the job records why', async () => {
    const [needling, massage] = [await therapy([brand.id]), await therapy([brand.id])]
    await comparison('Scheduled column', [brand.id], [needling.id, massage.id])
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'therapies', value: needling.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 1_000),
    })
    const stored = await settledJob(payload, job.id)
    expect(stored?.hasError, 'the scheduled unpublish should have failed').toBe(true)
    expect(JSON.stringify([stored?.error, stored?.log])).toContain('Scheduled column')
    const live = await payload.findByID({ collection: 'therapies', id: needling.id, overrideAccess: true, draft: false })
    expect(live._status).toBe('published')
  }, 40_000)
})
