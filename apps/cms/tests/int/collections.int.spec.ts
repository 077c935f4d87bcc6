import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, User } from '../../src/payload-types'
import { paragraphState } from './helpers/lexical'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'


/**
 * Create data that leaves the slug out on purpose: the slug field derives it from the title,
 * which the generated types (slug is required on the stored document) cannot express.
 */
const withoutSlug = <T extends object>(data: T) => data as T & { slug: string }

const brandData = (name: string, domain: string) => withoutSlug({
  name,
  domain,
  kind: 'clinic' as const,
  tagline: 'Physical therapy close to home',
  theme: { primary: '#0f5f5a', accent: '#b45309', background: '#ffffff', text: '#1f2933' },
  medicalDisclaimer: 'General information, not medical advice.',
  privacyNotice: 'We use what you send only to contact you.',
  _status: 'published' as const,
})

const errorPaths = (error: unknown) => (error instanceof ValidationError ? error.data.errors.map((entry) => entry.path) : [])

describe.skipIf(skipDatabase)('collections', () => {
  let cms: TestCms
  let payload: Payload
  let north: Brand
  let south: Brand
  let editor: User

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    north = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Northgate Physio', 'www.northgate-physio.example') })
    south = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Southbank Rehab', 'www.southbank-rehab.example') })
    editor = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'editor@northgate-physio.example', password: 'north-editor-pw', name: 'North editor', role: 'editor', brands: [north.id] },
    })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const article = (title: string, brands: (number | string)[], extra: Record<string, unknown> = {}) => withoutSlug({
    title,
    excerpt: 'A short lead.',
    body: paragraphState('Body text.'),
    brands: brands as number[],
    ...extra,
  })

  describe('slugs', () => {
    it('derives a slug from the title when none is given', async () => {
      const doc = await payload.create({ collection: 'articles', overrideAccess: true, data: article('Dry Needling & Your Knees: A Guide!', [north.id]) })
      expect(doc.slug).toBe('dry-needling-and-your-knees-a-guide')
    })

    it('normalises a slug the editor typed', async () => {
      const doc = await payload.create({ collection: 'articles', overrideAccess: true, data: article('Whatever', [north.id], { slug: '  Heel Pain, Explained ' }) })
      expect(doc.slug).toBe('heel-pain-explained')
    })

    it('rejects a slug already used in the same brand, naming the slug field', async () => {
      await payload.create({ collection: 'therapies', overrideAccess: true, data: withoutSlug({ name: 'Cupping', brands: [north.id], summary: 'x', sessionLength: { minMinutes: 10, maxMinutes: 20 }, cost: { minCents: 0, maxCents: 100 }, practitioners: ['LMT'] }) })
      const error = await payload
        .create({ collection: 'therapies', overrideAccess: true, data: withoutSlug({ name: 'Cupping', brands: [north.id], summary: 'y', sessionLength: { minMinutes: 10, maxMinutes: 20 }, cost: { minCents: 0, maxCents: 100 }, practitioners: ['LMT'] }) })
        .catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ValidationError)
      expect(errorPaths(error)).toEqual(['slug'])
    })

    it('allows the same slug in another brand', async () => {
      const a = await payload.create({ collection: 'articles', overrideAccess: true, data: article('Opening hours over the holidays', [north.id]) })
      const b = await payload.create({ collection: 'articles', overrideAccess: true, data: article('Opening hours over the holidays', [south.id]) })
      expect(a.slug).toBe(b.slug)
    })

    it('checks uniqueness against every brand a shared document is in', async () => {
      await payload.create({ collection: 'faqs', overrideAccess: true, data: withoutSlug({ question: 'Does it hurt?', answer: paragraphState('A little.'), topic: 'Basics', brands: [south.id] }) })
      const error = await payload
        .create({ collection: 'faqs', overrideAccess: true, data: withoutSlug({ question: 'Does it hurt?', answer: paragraphState('Rarely.'), topic: 'Basics', brands: [north.id, south.id] }) })
        .catch((caught: unknown) => caught)
      expect(errorPaths(error)).toEqual(['slug'])
    })

    it('keeps brand slugs globally unique', async () => {
      const error = await payload
        .create({ collection: 'brands', overrideAccess: true, data: { ...brandData('Northgate Physio', 'www.other-northgate.example'), slug: north.slug } })
        .catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(Error)
    })
  })

  describe('field rules', () => {
    it('rejects a theme colour that is not #rrggbb', async () => {
      const error = await payload
        .create({ collection: 'brands', overrideAccess: true, data: { ...brandData('Bad Colours', 'www.bad-colours.example'), theme: { primary: 'teal', accent: '#000000', background: '#ffffff', text: '#111111' } } })
        .catch((caught: unknown) => caught)
      expect(errorPaths(error)).toEqual(['theme.primary'])
    })

    it('rejects a domain with a scheme', async () => {
      const error = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Schemed', 'https://schemed.example') }).catch((caught: unknown) => caught)
      expect(errorPaths(error)).toEqual(['domain'])
    })

    it('requires opening and closing times on open days only', async () => {
      const clinic = withoutSlug({
        name: 'North Clinic',
        brand: north.id,
        address: { street: '1 Main St', city: 'Mesa', state: 'AZ' as const, postalCode: '85201' },
        geo: { lat: 33.4, lng: -111.8 },
        phone: '(480) 555-0100',
        booking: { method: 'form' as const },
      })
      const ok = await payload.create({ collection: 'clinics', overrideAccess: true, data: clinic })
      expect(ok.openingHours).toHaveLength(7)
      expect(ok.openingHours?.[6]).toMatchObject({ day: 'sunday', closed: true })
      const hours = [{ day: 'monday' as const, closed: false, opens: '8am', closes: '17:00' }, ...(ok.openingHours ?? []).slice(1).map(({ id: _id, ...day }) => day)]
      const error = await payload.create({ collection: 'clinics', overrideAccess: true, data: { ...clinic, name: 'North Clinic Two', openingHours: hours } }).catch((caught: unknown) => caught)
      expect(errorPaths(error)).toEqual(['openingHours.0.opens'])
    })

    it('requires a booking address when booking is online', async () => {
      const error = await payload
        .create({
          collection: 'clinics',
          overrideAccess: true,
          data: withoutSlug({ name: 'Booking Clinic', brand: north.id, address: { street: '2 Main St', city: 'Mesa', state: 'AZ' as const, postalCode: '85201' }, geo: { lat: 33.4, lng: -111.8 }, phone: '(480) 555-0101', booking: { method: 'url' as const, url: 'not a url' } }),
        })
        .catch((caught: unknown) => caught)
      expect(errorPaths(error)).toEqual(['booking.url'])
    })

    it('stamps publishedAt on first publication', async () => {
      const doc = await payload.create({ collection: 'articles', overrideAccess: true, data: article('Freshly published', [north.id], { _status: 'published' }) })
      expect(Date.parse(doc.publishedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)
      const draft = await payload.create({ collection: 'articles', overrideAccess: true, draft: true, data: article('Still a draft', [north.id], { _status: 'draft' }) })
      expect(draft.publishedAt ?? null).toBeNull()
    })
  })

  describe('brand scoping', () => {
    it('shows an editor only their brands\' documents', async () => {
      await payload.create({ collection: 'articles', overrideAccess: true, data: article('South only news', [south.id]) })
      const seen = await payload.find({ collection: 'articles', user: editor, overrideAccess: false, depth: 0, pagination: false, draft: true })
      expect(seen.docs.length).toBeGreaterThan(0)
      for (const doc of seen.docs) expect(doc.brands).toContain(north.id)
      expect(seen.docs.map((doc) => doc.title)).not.toContain('South only news')
      const brands = await payload.find({ collection: 'brands', user: editor, overrideAccess: false, depth: 0 })
      expect(brands.docs.map((brand) => brand.id)).toEqual([north.id])
    })

    it('does not let an editor put a document into another brand', async () => {
      const error = await payload
        .create({ collection: 'articles', user: editor, overrideAccess: false, data: article('Sneaky', [south.id]) })
        .catch((caught: unknown) => caught)
      expect(errorPaths(error)).toEqual(['brands'])
      const own = await payload.create({ collection: 'articles', user: editor, overrideAccess: false, data: article('Allowed', [north.id]) })
      const moved = await payload
        .update({ collection: 'articles', id: own.id, user: editor, overrideAccess: false, data: { brands: [north.id, south.id] } })
        .catch((caught: unknown) => caught)
      expect(errorPaths(moved)).toEqual(['brands'])
    })

    it('does not let an editor change or delete another brand\'s document', async () => {
      const foreign = await payload.create({ collection: 'articles', overrideAccess: true, data: article('South internal', [south.id]) })
      await expect(payload.update({ collection: 'articles', id: foreign.id, user: editor, overrideAccess: false, data: { title: 'Hijacked' } })).rejects.toThrow()
      await expect(payload.delete({ collection: 'articles', id: foreign.id, user: editor, overrideAccess: false })).rejects.toThrow()
      const still = await payload.findByID({ collection: 'articles', id: foreign.id, overrideAccess: true })
      expect(still.title).toBe('South internal')
    })

    it('does not let an editor make themselves an admin or join a brand', async () => {
      const updated = await payload.update({ collection: 'users', id: editor.id, user: editor, overrideAccess: false, data: { role: 'admin', brands: [north.id, south.id] } })
      expect(updated.role).toBe('editor')
      expect(updated.brands?.map((brand) => (typeof brand === 'object' ? brand.id : brand))).toEqual([north.id])
    })

    it('shows the public nothing (media files are downloadable, media documents are not)', async () => {
      for (const collection of ['articles', 'brands', 'clinics', 'therapies', 'conditions', 'faqs', 'comparisons', 'authors', 'media', 'users', 'rebuilds', 'appointment-requests', 'payload-jobs'] as const) {
        await expect(payload.find({ collection, overrideAccess: false }), collection).rejects.toThrow()
      }
    })
  })
})
