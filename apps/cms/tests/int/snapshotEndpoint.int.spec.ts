import { parseBrandSnapshot } from '@clinic/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoNetwork } from '../../src/seed/data'
import { type TestCms, startSeededCms } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

const BUILD_TOKEN = 'endpoint-test-build-token-0123456789abcdefgh'

describe.skipIf(skipDatabase)('snapshot REST endpoints', () => {
  let cms: TestCms
  let restGet: typeof import('./helpers/rest').restGet
  let editorKey: string
  beforeAll(async () => {
    cms = await startSeededCms({ BUILD_TOKEN })
    ;({ restGet } = await import('./helpers/rest'))
    const mesquite = (await cms.payload.find({ collection: 'brands', where: { slug: { equals: 'mesquite-ridge-pt' } }, overrideAccess: true })).docs[0]
    editorKey = 'editor-api-key-0123456789abcdef0123456789'
    await cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'editor@mesquite-ridge-pt.example', password: 'editor-password-1', name: 'Mesquite editor', role: 'editor', brands: [mesquite?.id as number], enableAPIKey: true, apiKey: editorKey },
    })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('answers 401 without credentials and with a wrong token', async () => {
    const anonymous = await restGet('/brands/mesquite-ridge-pt/snapshot')
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).error).toMatch(/Authorization: Bearer/)
    const wrong = await restGet('/brands/mesquite-ridge-pt/snapshot', { Authorization: `Bearer ${BUILD_TOKEN}x` })
    expect(wrong.status).toBe(401)
    expect((await restGet('/brands/snapshot-index')).status).toBe(401)
  })

  it('returns a snapshot that parses with the contract for the build token', async () => {
    const response = await restGet('/brands/wrenfield-pt/snapshot', { Authorization: `Bearer ${BUILD_TOKEN}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const snapshot = parseBrandSnapshot(await response.json())
    expect(snapshot.brand.slug).toBe('wrenfield-pt')
    expect(snapshot.clinics.length).toBeGreaterThanOrEqual(4)
  })

  it('lists the published brands for builds', async () => {
    const response = await restGet('/brands/snapshot-index', { Authorization: `Bearer ${BUILD_TOKEN}` })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { brands: { slug: string }[] }
    expect(body.brands.map((brand) => brand.slug)).toEqual(demoNetwork.brands.map((brand) => brand.slug).sort())
  })

  it('lets an editor\'s API key read only that editor\'s brands', async () => {
    const auth = { Authorization: `users API-Key ${editorKey}` }
    expect((await restGet('/brands/mesquite-ridge-pt/snapshot', auth)).status).toBe(200)
    const foreign = await restGet('/brands/cobblestone-spine/snapshot', auth)
    expect(foreign.status).toBe(403)
    const index = (await (await restGet('/brands/snapshot-index', auth)).json()) as { brands: { slug: string }[] }
    expect(index.brands.map((brand) => brand.slug)).toEqual(['mesquite-ridge-pt'])
  })

  it('answers 404 for a brand that does not exist', async () => {
    const response = await restGet('/brands/no-such-brand/snapshot', { Authorization: `Bearer ${BUILD_TOKEN}` })
    expect(response.status).toBe(404)
    expect((await response.json()).error).toContain('no-such-brand')
  })

  it('answers 422 with the problems when a document does not fit the contract', async () => {
    const clinic = (await cms.payload.find({ collection: 'clinics', where: { slug: { equals: 'mesquite-ridge-gilbert' } }, overrideAccess: true, depth: 0 })).docs[0]
    if (!clinic) throw new Error('seeded clinic missing')
    await cms.payload.db.updateOne({ collection: 'clinics', id: clinic.id, data: { address: { ...clinic.address, postalCode: 'ABCDE' } } })
    const response = await restGet('/brands/mesquite-ridge-pt/snapshot', { Authorization: `Bearer ${BUILD_TOKEN}` })
    expect(response.status).toBe(422)
    const body = (await response.json()) as { problems: { collection: string; documentId: string; field: string }[] }
    expect(body.problems).toContainEqual(expect.objectContaining({ collection: 'clinics', documentId: String(clinic.id), field: 'address.postalCode' }))
  })

  it('keeps content collections closed to the public REST API', async () => {
    for (const collection of ['articles', 'clinics', 'therapies', 'faqs', 'users']) {
      const response = await restGet(`/${collection}`)
      expect(response.status, collection).toBe(403)
      expect(await response.text(), collection).not.toContain('"docs"')
    }
  })
})
