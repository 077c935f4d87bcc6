import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Brand, Media } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Search and social fields (`@payloadcms/plugin-seo`, src/seo/): the Auto-generate buttons'
 * endpoints through Payload's real REST handler, and what reaches the brand snapshot.
 */
describe.skipIf(skipDatabase)('search and social fields', () => {
  let cms: TestCms
  let payload: Payload
  let restRequest: typeof import('./helpers/rest').restRequest
  let buildBrandSnapshot: typeof import('../../src/snapshot/buildSnapshot').buildBrandSnapshot
  let own: Brand
  let other: Brand
  let people: Record<'editor' | 'stranger', Person>
  let ownImage: Media
  let foreignImage: Media
  let article: Article
  const context = { disableRebuild: true }

  const image = async (alt: string, brand: Brand, name: string) => {
    const data = await sharp({ create: { width: 120, height: 63, channels: 3, background: '#0f5f5a' } }).png().toBuffer()
    return (await payload.create({ collection: 'media', data: { alt, brands: [brand.id] } as never, file: { data, mimetype: 'image/png', name, size: data.length }, overrideAccess: true })) as Media
  }

  /** What the admin's Auto-generate button (or the search-result preview's address) asks for. */
  const generate = async (what: 'title' | 'description' | 'image' | 'url', who: keyof typeof people, body: { collectionSlug: string; id?: number | string; doc: Record<string, unknown> }) => {
    const response = await restRequest('POST', `/plugin-seo/generate-${what}`, { headers: apiKeyAuth(people[who]), body })
    return { status: response.status, result: response.ok ? ((await response.json()) as { result: unknown }).result : undefined }
  }

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    ;({ restRequest } = await import('./helpers/rest'))
    ;({ buildBrandSnapshot } = await import('../../src/snapshot/buildSnapshot'))
    ;({ brands: { own, other }, people } = await createBrandsAndPeople(payload, {
      domain: 'seo.example',
      context,
      brands: { own: 'Seo Own', other: 'Seo Other' },
      people: { editor: { role: 'editor', brands: ['own'] }, stranger: { role: 'editor', brands: ['other'] } },
    }))
    ownImage = await image('A runner stretching her calf', own, 'calf-stretch.png')
    foreignImage = await image('The other brand’s unannounced clinic', other, 'other-launch.png')
    article = (await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Knee pain at the desk', [own.id]), excerpt: 'Why knees ache after a day of sitting, and three things that help.', heroImage: ownImage.id, _status: 'published' } as never,
      overrideAccess: true,
      context,
    })) as Article
  })
  afterAll(async () => {
    await cms?.stop()
  })

  describe('Auto-generate', () => {
    it('fills the title with the page title and the brand’s name, the description with the lead, the image with the hero', async () => {
      const body = { collectionSlug: 'articles', id: article.id, doc: { title: 'Knee pain at the desk', excerpt: article.excerpt, heroImage: ownImage.id, brands: [own.id], slug: 'knee-pain-at-the-desk' } }
      expect(await generate('title', 'editor', body)).toEqual({ status: 200, result: 'Knee pain at the desk | Seo Own' })
      expect(await generate('description', 'editor', body)).toEqual({ status: 200, result: 'Why knees ache after a day of sitting, and three things that help.' })
      expect(await generate('image', 'editor', body)).toEqual({ status: 200, result: ownImage.id })
      expect(await generate('url', 'editor', body)).toEqual({ status: 200, result: 'https://www.seo-own.example/articles/knee-pain-at-the-desk/' })
    })

    it('works from what the form holds on pages of every kind, before the first save too', async () => {
      const clinic = { name: 'Seo Own Mesa', brand: own.id, slug: 'mesa', address: { street: '1 Main St', city: 'Mesa' } }
      expect((await generate('title', 'editor', { collectionSlug: 'clinics', doc: clinic })).result).toBe('Seo Own Mesa, Mesa | Seo Own')
      expect((await generate('description', 'editor', { collectionSlug: 'clinics', doc: clinic })).result).toBe(
        'Seo Own Mesa at 1 Main St, Mesa: opening hours, phone, the therapies offered there and how to book.',
      )
      expect((await generate('url', 'editor', { collectionSlug: 'clinics', doc: clinic })).result).toBe('https://www.seo-own.example/locations/mesa/')
      const provider = { name: 'Ana Ruiz', credentials: ['PT', 'DPT'], jobTitle: 'Physical therapist', brand: own.id, slug: 'ana-ruiz' }
      expect((await generate('title', 'editor', { collectionSlug: 'providers', doc: provider })).result).toBe('Ana Ruiz, PT, DPT | Seo Own')
      expect((await generate('url', 'editor', { collectionSlug: 'providers', doc: provider })).result).toBe('https://www.seo-own.example/team/ana-ruiz/')
      const therapy = { name: 'Dry needling', summary: 'Fine needles ease tight muscle bands.', brands: [own.id], slug: 'dry-needling' }
      expect((await generate('description', 'editor', { collectionSlug: 'therapies', doc: therapy })).result).toBe('Fine needles ease tight muscle bands.')
      // The brand's home page: its name alone, at the root of its domain.
      expect((await generate('title', 'editor', { collectionSlug: 'brands', id: own.id, doc: { name: own.name, tagline: own.tagline } })).result).toBe('Seo Own')
      expect((await generate('url', 'editor', { collectionSlug: 'brands', id: own.id, doc: { name: own.name } })).result).toBe('https://www.seo-own.example/')
    })

    it('leaves the brand out of a page several brands show, and out of a title it would make too long', async () => {
      const shared = { title: 'Shared knee guide', brands: [own.id, other.id] }
      expect((await generate('title', 'editor', { collectionSlug: 'articles', doc: shared })).result).toBe('Shared knee guide')
      const long = 'What to expect at your first physical therapy visit for lower back pain'
      const { result } = await generate('title', 'editor', { collectionSlug: 'articles', doc: { title: long, brands: [own.id] } })
      expect(typeof result === 'string' && result.length <= 70 && result.endsWith('…') && !result.includes('Seo Own')).toBe(true)
    })

    it('gives nothing from another brand: its document, its name, its domain or its image', async () => {
      const theirs = await payload.create({ collection: 'articles', data: minimalDocument('articles', 'Their plans', [other.id]) as never, draft: true, overrideAccess: true, context })
      expect((await generate('title', 'editor', { collectionSlug: 'articles', id: theirs.id, doc: { title: 'Their plans' } })).status).toBe(403)
      // Ids typed into the request name nothing the editor could not read.
      const forged = { title: 'Borrowed', brands: [other.id], slug: 'borrowed', heroImage: foreignImage.id }
      expect((await generate('title', 'editor', { collectionSlug: 'articles', doc: forged })).result).toBe('Borrowed')
      expect((await generate('url', 'editor', { collectionSlug: 'articles', doc: forged })).result).toBe('')
      expect((await generate('image', 'editor', { collectionSlug: 'articles', doc: forged })).result).toBe('')
    })
  })

  describe('in the snapshot', () => {
    it('carries what the editor set on every kind of page, and uses nothing when the fields are empty', async () => {
      const seo = { title: 'Dry needling in Mesa | Seo Own', description: 'What a first dry needling session is like.', image: ownImage.id }
      const therapy = await payload.create({ collection: 'therapies', data: { ...minimalDocument('therapies', 'Dry needling', [own.id]), seo, _status: 'published' } as never, overrideAccess: true, context })
      const condition = await payload.create({ collection: 'conditions', data: { ...minimalDocument('conditions', 'Neck pain', [own.id]), seo: { title: '  ', description: '' }, _status: 'published' } as never, overrideAccess: true, context })
      const clinic = await payload.create({ collection: 'clinics', data: { ...minimalDocument('clinics', 'Seo Own Mesa', [own.id]), seo: { description: 'Our Mesa clinic.' }, _status: 'published' } as never, overrideAccess: true, context })
      await payload.update({ collection: 'brands', id: own.id, data: { seo: { title: 'Seo Own: physical therapy in Mesa' } } as never, overrideAccess: true, context })
      await payload.update({ collection: 'articles', id: article.id, data: { seo: { description: 'Knees and desks.' } } as never, overrideAccess: true, context })

      const snapshot = await buildBrandSnapshot(payload, own.slug, { serverUrl: 'http://cms.test' })
      const ofTherapy = snapshot.therapies.find((doc) => doc.id === String(therapy.id))
      expect(ofTherapy?.seo).toMatchObject({ title: seo.title, description: seo.description, image: { id: String(ownImage.id), alt: 'A runner stretching her calf' } })
      expect(snapshot.conditions.find((doc) => doc.id === String(condition.id))?.seo).toEqual({ title: null, description: null, image: null })
      expect(snapshot.clinics.find((doc) => doc.id === String(clinic.id))?.seo).toEqual({ title: null, description: 'Our Mesa clinic.', image: null })
      expect(snapshot.brand.seo).toEqual({ title: 'Seo Own: physical therapy in Mesa', description: null, image: null })
      expect(snapshot.articles.find((doc) => doc.id === String(article.id))?.seo).toEqual({ title: null, description: 'Knees and desks.', image: null })
    })

    it('refuses another brand’s image as an editor’s share image, and leaves out one a script put there', async () => {
      const refused = await restRequest('PATCH', `/articles/${article.id}?draft=true`, { headers: apiKeyAuth(people.editor), body: { seo: { image: foreignImage.id } } })
      expect(refused.status).toBe(400)
      expect(JSON.stringify(await refused.json())).toContain('seo.image')

      const borrowed = await payload.create({
        collection: 'conditions',
        data: { ...minimalDocument('conditions', 'Heel pain', [own.id]), seo: { image: foreignImage.id }, _status: 'published' } as never,
        overrideAccess: true,
        context,
      })
      const snapshot = await buildBrandSnapshot(payload, own.slug, { serverUrl: 'http://cms.test' })
      expect(snapshot.conditions.find((doc) => doc.id === String(borrowed.id))?.seo.image).toBeNull()
      expect(JSON.stringify(snapshot)).not.toContain('other-launch')
    })
  })
})
