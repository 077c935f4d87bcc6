import { SnapshotValidationError, parseBrandSnapshot } from '@clinic/schema'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoNetwork } from '../../src/seed/data'
import { BrandNotFoundError, buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { paragraphState } from './helpers/lexical'
import { type TestCms, startSeededCms } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

const serverUrl = 'http://cms.test'

async function brandId(payload: Payload, slug: string) {
  const { docs } = await payload.find({ collection: 'brands', where: { slug: { equals: slug } }, overrideAccess: true, depth: 0 })
  if (!docs[0]) throw new Error(`brand ${slug} missing`)
  return docs[0].id
}

describe.skipIf(skipDatabase)('brand snapshot contract', () => {
  let cms: TestCms
  let payload: Payload
  beforeAll(async () => {
    cms = await startSeededCms()
    payload = cms.payload
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it.each(demoNetwork.brands.map((brand) => brand.slug))('emits a snapshot of %s that parses with BrandSnapshotSchema', async (slug) => {
    const snapshot = await buildBrandSnapshot(payload, slug, { serverUrl })
    // Parse the JSON as a site would receive it, not the in-memory object.
    const parsed = parseBrandSnapshot(JSON.parse(JSON.stringify(snapshot)), slug)
    expect(parsed.brand.slug).toBe(slug)
    expect(parsed.articles.length).toBeGreaterThan(0)
    expect(parsed.clinics.length).toBeGreaterThan(0)
    expect(parsed.clinics.every((clinic) => clinic.brand === parsed.brand.id)).toBe(true)
    expect(parsed.articles.every((article) => article.readingTimeMinutes >= 1)).toBe(true)
    expect(parsed.brand.logo?.url).toMatch(/^http:\/\/cms\.test\/api\/media\/file\//)
  })

  it('carries ids as strings whatever the database gives', async () => {
    const snapshot = await buildBrandSnapshot(payload, 'wrenfield-pt', { serverUrl })
    const ids = [snapshot.brand.id, ...snapshot.articles.map((a) => a.id), ...snapshot.clinics.flatMap((c) => [c.id, c.brand, ...c.therapies])]
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true)
  })

  it('never includes drafts: not new drafts, and not the unpublished changes of a published article', async () => {
    const mesquite = await brandId(payload, 'mesquite-ridge-pt')
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      overrideAccess: true,
      data: { title: 'Unfinished notes on knee taping', excerpt: 'Still being written.', body: paragraphState('secret draft words'), brands: [mesquite], _status: 'draft' },
    })
    const { docs } = await payload.find({ collection: 'articles', where: { and: [{ brands: { in: [mesquite] } }, { _status: { equals: 'published' } }] }, overrideAccess: true, depth: 0, limit: 1 })
    const published = docs[0]
    if (!published) throw new Error('seed has no published article for mesquite')
    await payload.update({ collection: 'articles', id: published.id, draft: true, overrideAccess: true, data: { title: 'Edited title waiting for review', _status: 'draft' } })

    const snapshot = await buildBrandSnapshot(payload, 'mesquite-ridge-pt', { serverUrl })
    const json = JSON.stringify(snapshot)
    expect(snapshot.articles.map((a) => a.id)).not.toContain(String(draft.id))
    expect(json).not.toContain('secret draft words')
    expect(json).not.toContain('Edited title waiting for review')
    expect(snapshot.articles.find((a) => a.id === String(published.id))?.title).toBe(published.title)
    // The seeded draft article stays out as well.
    const seededDraft = demoNetwork.articles.find((article) => article.status === 'draft')
    expect(snapshot.articles.map((a) => a.slug)).not.toContain(seededDraft?.slug)
  })

  it('never includes another brand\'s documents', async () => {
    const mesquite = await brandId(payload, 'mesquite-ridge-pt')
    const snapshot = await buildBrandSnapshot(payload, 'mesquite-ridge-pt', { serverUrl })
    const shared = ['therapies', 'conditions', 'authors', 'faqs', 'articles', 'comparisons'] as const
    for (const collection of shared) {
      const { docs } = await payload.find({ collection, overrideAccess: true, depth: 0, pagination: false, draft: true })
      const others = docs.filter((doc) => !doc.brands.map((brand) => (typeof brand === 'object' ? brand.id : brand)).includes(mesquite))
      expect(others.length, `${collection} outside mesquite`).toBeGreaterThanOrEqual(collection === 'authors' || collection === 'therapies' || collection === 'comparisons' ? 0 : 1)
      const present = new Set(snapshot[collection].map((doc) => doc.id))
      const leaked = others.filter((doc) => present.has(String(doc.id)))
      expect(leaked, `${collection} of other brands in the mesquite snapshot`).toEqual([])
    }
    const { docs: otherClinics } = await payload.find({ collection: 'clinics', where: { brand: { not_equals: mesquite } }, overrideAccess: true, depth: 0, pagination: false })
    expect(otherClinics.length).toBeGreaterThan(0)
    const clinicIds = new Set(snapshot.clinics.map((clinic) => clinic.id))
    expect(otherClinics.filter((clinic) => clinicIds.has(String(clinic.id)))).toEqual([])
    // And the demo's brand-specific articles of other brands are really absent.
    const elsewhere = demoNetwork.articles.filter((a) => !a.brands.includes('mesquite-ridge-pt')).map((a) => a.slug)
    expect(elsewhere.length).toBeGreaterThan(0)
    expect(snapshot.articles.filter((a) => elsewhere.includes(a.slug))).toEqual([])
  })

  it('drops references to documents that are not published for the brand', async () => {
    const mesquite = await brandId(payload, 'mesquite-ridge-pt')
    const therapy = await payload.create({
      collection: 'therapies',
      draft: true,
      overrideAccess: true,
      data: { name: 'Cupping (not yet approved)', summary: 'Draft.', brands: [mesquite], sessionLength: { minMinutes: 10, maxMinutes: 20 }, cost: { minCents: 1000, maxCents: 2000 }, practitioners: ['Someone'], _status: 'draft' },
    })
    const clinic = (await payload.find({ collection: 'clinics', where: { brand: { equals: mesquite } }, overrideAccess: true, depth: 0 })).docs[0]
    if (!clinic) throw new Error('no clinic')
    await payload.update({ collection: 'clinics', id: clinic.id, overrideAccess: true, data: { therapies: [...(clinic.therapies ?? []), therapy.id] as number[] } })
    const snapshot = await buildBrandSnapshot(payload, 'mesquite-ridge-pt', { serverUrl })
    expect(snapshot.clinics.find((c) => c.id === String(clinic.id))?.therapies).not.toContain(String(therapy.id))
  })

  it('fails with brand, collection, document id and field path when a document does not fit', async () => {
    const clinic = (await payload.find({ collection: 'clinics', where: { slug: { exists: true } }, overrideAccess: true, depth: 1, limit: 1 })).docs[0]
    if (!clinic || typeof clinic.brand !== 'object') throw new Error('no clinic')
    // Written below the API's validation, as a bad import or an old record would be.
    await payload.db.updateOne({ collection: 'clinics', id: clinic.id, data: { phone: 'call us' }, req: undefined })
    const error = await buildBrandSnapshot(payload, clinic.brand.slug, { serverUrl }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(SnapshotValidationError)
    const problems = (error as SnapshotValidationError).problems
    expect(problems).toContainEqual(expect.objectContaining({ brand: clinic.brand.slug, collection: 'clinics', documentId: String(clinic.id), field: 'phone' }))
    expect((error as Error).message).toContain(`brand ${clinic.brand.slug}: clinics ${clinic.id} field phone:`)
  })

  it('reports rich text the sites cannot render with its path in the body', async () => {
    const mesquite = await brandId(payload, 'mesquite-ridge-pt')
    const body = paragraphState('Fine paragraph.')
    body.root.children.push({ type: 'unknown-widget', version: 1, direction: 'ltr', format: '', indent: 0, children: [] })
    const article = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: { title: 'Article with a foreign node', slug: 'article-with-a-foreign-node', excerpt: 'Has a node from an old editor.', body, brands: [mesquite], _status: 'published' },
    })
    const error = await buildBrandSnapshot(payload, 'mesquite-ridge-pt', { serverUrl }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect((error as SnapshotValidationError).problems).toContainEqual(
      expect.objectContaining({ collection: 'articles', documentId: String(article.id), field: 'body.1' }),
    )
    await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
  })

  it('refuses unknown and unpublished brands', async () => {
    await expect(buildBrandSnapshot(payload, 'no-such-brand', { serverUrl })).rejects.toBeInstanceOf(BrandNotFoundError)
    await payload.create({
      collection: 'brands',
      draft: true,
      overrideAccess: true,
      data: { name: 'Lakeshore Draft Brand', domain: 'www.lakeshore-draft.example', tagline: 'Not launched', medicalDisclaimer: 'Not medical advice.', _status: 'draft' },
    })
    await expect(buildBrandSnapshot(payload, 'lakeshore-draft-brand', { serverUrl })).rejects.toBeInstanceOf(BrandNotFoundError)
  })
})
