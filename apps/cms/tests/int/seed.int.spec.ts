import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoNetwork } from '../../src/seed/data'
import { demoEditorEmail, seedNetwork } from '../../src/seed/seedNetwork'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

const COUNTED: CollectionSlug[] = ['brands', 'clinics', 'providers', 'therapies', 'conditions', 'authors', 'faqs', 'articles', 'comparisons', 'media', 'users']
const admin = { email: 'seed-admin@demo-network.example', password: 'seed-admin-password' }

describe.skipIf(skipDatabase)('demo network seed', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startPayload()
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        COUNTED.map(async (collection) => [collection, (await cms.payload.count({ collection, overrideAccess: true })).totalDocs] as const),
      ),
    )

  it('creates the whole demo network with the minimum the platform promises', async () => {
    const result = await seedNetwork(cms.payload, demoNetwork, { admin })
    const after = await counts()
    expect(after.brands).toBe(3)
    expect(after.therapies).toBeGreaterThanOrEqual(4)
    expect(after.conditions).toBeGreaterThanOrEqual(10)
    expect(after.articles).toBeGreaterThanOrEqual(8)
    expect(after.comparisons).toBeGreaterThanOrEqual(2)
    expect(after.faqs).toBeGreaterThanOrEqual(12)
    expect(after.authors).toBeGreaterThanOrEqual(3)
    expect(after.providers).toBe(demoNetwork.providers.length)
    expect(after.users).toBe(1)
    expect(after.media).toBeGreaterThan(0)
    expect(result.created.brands).toBe(3)
  })

  it('has one brand of each kind the domain describes, with a multi-state group', async () => {
    const { docs: brands } = await cms.payload.find({ collection: 'brands', overrideAccess: true, depth: 0, pagination: false })
    expect(brands.map((brand) => brand.kind).sort()).toEqual(['clinic', 'group', 'spine-practice'])
    const group = brands.find((brand) => brand.kind === 'group')
    const { docs: clinics } = await cms.payload.find({ collection: 'clinics', where: { brand: { equals: group?.id } }, overrideAccess: true, depth: 0, pagination: false })
    const states = new Set(clinics.map((clinic) => clinic.address.state))
    expect(clinics.length).toBeGreaterThanOrEqual(4)
    expect(states.size).toBeGreaterThanOrEqual(3)
    const { docs: needling } = await cms.payload.find({ collection: 'therapies', where: { slug: { equals: 'dry-needling' } }, overrideAccess: true, depth: 0 })
    const notOffered = new Set(needling[0]?.notOfferedInStates ?? [])
    expect([...states].some((state) => notOffered.has(state))).toBe(true)
  })

  it('starts each brand\'s schedules in its own time zone: Arizona keeps no daylight saving time', async () => {
    const { docs: brands } = await cms.payload.find({ collection: 'brands', overrideAccess: true, depth: 0, pagination: false, sort: 'slug' })
    expect(Object.fromEntries(brands.map((brand) => [brand.kind, brand.timeZone]))).toEqual({
      clinic: 'America/Phoenix',
      group: 'America/Denver',
      'spine-practice': 'America/New_York',
    })
  })

  it('gives every brand two or three providers, at its own clinics, and reviews most health pages', async () => {
    const { docs: brands } = await cms.payload.find({ collection: 'brands', overrideAccess: true, depth: 0, pagination: false })
    for (const brand of brands) {
      const ofBrand = { brand: { equals: brand.id } }
      const { docs: providers } = await cms.payload.find({ collection: 'providers', where: ofBrand, overrideAccess: true, depth: 0, pagination: false })
      const { docs: clinics } = await cms.payload.find({ collection: 'clinics', where: ofBrand, overrideAccess: true, depth: 0, pagination: false })
      expect(providers.length, `providers of ${brand.slug}`).toBeGreaterThanOrEqual(2)
      expect(providers.length, `providers of ${brand.slug}`).toBeLessThanOrEqual(3)
      const ownClinics = new Set(clinics.map((clinic) => String(clinic.id)))
      for (const provider of providers) expect((provider.clinics ?? []).every((clinic) => ownClinics.has(String(clinic))), provider.slug).toBe(true)
    }
    const { docs: providers } = await cms.payload.find({ collection: 'providers', overrideAccess: true, depth: 0, pagination: false })
    expect(providers.some((provider) => provider.acceptingNewPatients === false)).toBe(true)
    expect(providers.some((provider) => provider.languages?.includes('es'))).toBe(true)
    expect(providers.filter((provider) => provider.npi).length).toBeGreaterThan(0)
    for (const collection of ['articles', 'therapies', 'conditions', 'comparisons'] as const) {
      const { docs } = await cms.payload.find({ collection, where: { _status: { equals: 'published' } }, overrideAccess: true, depth: 0, pagination: false })
      const reviewed = docs.filter((doc) => doc.review?.reviewedBy && doc.review.lastReviewed)
      expect(reviewed.length / docs.length, `share of reviewed ${collection}`).toBeGreaterThan(0.5)
    }
    const { docs: clinics } = await cms.payload.find({ collection: 'clinics', overrideAccess: true, depth: 0, pagination: false })
    expect(clinics.filter((clinic) => (clinic.insurancePlans ?? []).length === 0)).toHaveLength(1)
    expect(clinics.every((clinic) => (clinic.languages ?? []).includes('en'))).toBe(true)
  })

  it('is idempotent: a second run creates nothing and leaves every count unchanged', async () => {
    const before = await counts()
    const result = await seedNetwork(cms.payload, demoNetwork, { admin })
    expect(result.created).toEqual({})
    expect(await counts()).toEqual(before)
  })

  it('creates, when asked, one editor per brand who works for that brand only', async () => {
    const password = 'seed-test-editor-password'
    const result = await seedNetwork(cms.payload, demoNetwork, { admin, editors: { password } })
    expect(result.created.users).toBe(demoNetwork.brands.length)
    for (const brand of demoNetwork.brands) {
      const login = await cms.payload.login({ collection: 'users', data: { email: demoEditorEmail(brand.slug), password } })
      const user = login.user as { role?: string; collection?: string }
      expect(user.role).toBe('editor')
      const visible = await cms.payload.find({ collection: 'brands', overrideAccess: false, user: { ...login.user, collection: 'users' }, depth: 0, pagination: false })
      expect(visible.docs.map((doc) => doc.slug)).toEqual([brand.slug])
    }
    expect((await seedNetwork(cms.payload, demoNetwork, { admin, editors: { password } })).created).toEqual({})
  })

  it('creates an admin who can log in', async () => {
    const login = await cms.payload.login({ collection: 'users', data: admin })
    expect(login.user?.email).toBe(admin.email)
    expect((login.user as { role?: string }).role).toBe('admin')
    expect(login.token).toEqual(expect.any(String))
  })

  it('gives every image alternative text', async () => {
    const { docs } = await cms.payload.find({ collection: 'media', overrideAccess: true, pagination: false, depth: 0 })
    for (const image of docs) expect(image.alt.trim().length, `media ${image.id} (${image.filename})`).toBeGreaterThan(3)
    expect(docs.every((image) => (image.sizes?.thumbnail?.width ?? 0) > 0)).toBe(true)
  })
})
