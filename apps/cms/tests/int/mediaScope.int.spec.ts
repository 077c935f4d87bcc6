import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Article, Brand, Media } from '../../src/payload-types'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { paragraphState } from './helpers/lexical'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Images stay within their brands on every save and in every snapshot. Payload validates
 * upload fields (`filterOptions`) only on published saves, so drafts and autosaves are checked by
 * the fields' own hooks; and a brand's snapshot (the site build and the draft preview) loads only
 * images of that brand or of the network library, whatever an older or shared document points at.
 */

type Id = number | string
type Who = 'editor' | 'admin'
interface FieldError {
  path: string
  message: string
}

const serverUrl = 'http://cms.test'

const png = () => sharp({ create: { width: 400, height: 300, channels: 3, background: '#3b7a57' } }).png().toBuffer()
const imageNode = (id: Id) => ({ type: 'upload', version: 3, format: '', id: `node-${id}`, fields: null, relationTo: 'media', value: id })
/** A body of one paragraph followed by the given images, as the admin's editor saves it. */
function bodyWith(...ids: Id[]) {
  const body = paragraphState('Body text.')
  ;(body.root.children as unknown[]).push(...ids.map(imageNode))
  return body
}

describe.skipIf(skipDatabase)('images of other brands', () => {
  let cms: TestCms
  let payload: Payload
  let restRequest: typeof import('./helpers/rest').restRequest
  let north: Brand
  let south: Brand
  /** Uploaded by a script: north's, south's (with a telling alt text), shared by both, and the network library. */
  const images = {} as Record<'north' | 'south' | 'shared' | 'library', Media>
  let users: Record<Who, Person>
  /** An image id that exists on no database. */
  let missingId: Id
  let counter = 0

  const auth = (who: Who) => apiKeyAuth(users[who])
  const asUser = (who: Who) => ({ overrideAccess: false, user: users[who] })
  const context = { disableRebuild: true }
  const title = (label: string) => `${label} ${++counter}`
  const article = (label: string, extra: Record<string, unknown> = {}) => ({ title: title(label), brands: [north.id], excerpt: 'Lead.', body: bodyWith(), ...extra })

  async function upload(name: string, brands: Id[] | null, alt: string): Promise<Media> {
    const data = await png()
    return payload.create({ collection: 'media', data: { alt, brands } as never, file: { data, mimetype: 'image/png', name, size: data.length }, depth: 0, overrideAccess: true })
  }

  /** The field errors of a refused REST save. */
  async function restErrors(response: Response): Promise<FieldError[]> {
    const body = (await response.json()) as { errors?: { data?: { errors?: FieldError[] } }[] }
    return body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []
  }
  /** The field errors of a refused Local API save. */
  const localErrors = (error: unknown): FieldError[] => (error as { data?: { errors?: FieldError[] } }).data?.errors ?? []
  const statusOf = (error: unknown) => (error as { status?: number }).status ?? 500

  const draftTitles = async (label: string) =>
    (await payload.find({ collection: 'articles', where: { title: { like: label } }, draft: true, overrideAccess: true, depth: 0, pagination: false })).docs.map((doc) => doc.title)
  const latestDraft = async (id: Id) => (await payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true, depth: 0 })) as Article
  const idOf = (ref: unknown) => (ref === null || ref === undefined ? null : String(typeof ref === 'object' ? (ref as { id: Id }).id : ref))

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    payload.logger.level = 'silent'
    ;({ restRequest } = await import('./helpers/rest'))
    ;({ brands: { north, south }, people: users } = await createBrandsAndPeople(payload, {
      domain: 'scope.example',
      context,
      brands: { north: 'North Scope Brand', south: 'South Scope Brand' },
      people: { editor: { role: 'editor', brands: ['north'] }, admin: { role: 'admin', brands: [] } },
    }))
    images.north = await upload('north-scope.png', [north.id], 'North clinic waiting room')
    images.south = await upload('south-secret-launch.png', [south.id], 'Unannounced south clinic opening')
    images.shared = await upload('shared-scope.png', [north.id, south.id], 'Shared stretching class')
    images.library = await upload('library-scope.png', null, 'Network library knee model')
    missingId = typeof images.north.id === 'number' ? 999_999 : '0123456789abcdef01234567'
  })
  afterAll(async () => {
    await cms?.stop()
  })

  describe('saving a draft', () => {
    it('refuses another brand\'s hero image in a new draft, over REST and the Local API, and saves nothing', async () => {
      const rest = await restRequest('POST', '/articles?draft=true', { headers: auth('editor'), body: article('Borrowed hero REST', { heroImage: images.south.id, _status: 'draft' }) })
      expect(rest.status).toBe(400)
      expect((await restErrors(rest)).map((error) => error.path)).toEqual(['heroImage'])

      const local = await payload
        .create({ collection: 'articles', data: article('Borrowed hero local', { heroImage: images.south.id, _status: 'draft' }) as never, draft: true, ...asUser('editor'), context })
        .catch((error: unknown) => error)
      expect(statusOf(local)).toBe(400)
      expect(localErrors(local).map((error) => error.path)).toEqual(['heroImage'])

      expect(await draftTitles('Borrowed hero')).toEqual([])
    })

    it('refuses another brand\'s image as the hero and social image of an existing draft, autosaves included, and keeps the draft as it was', async () => {
      const own = await payload.create({ collection: 'articles', data: article('Own draft', { heroImage: images.north.id, _status: 'draft' }) as never, draft: true, ...asUser('editor'), context })
      const attempts: { path: string; send: () => Promise<FieldError[]> }[] = [
        {
          path: 'heroImage',
          send: async () => {
            const response = await restRequest('PATCH', `/articles/${own.id}?draft=true`, { headers: auth('editor'), body: { heroImage: images.south.id } })
            expect(response.status).toBe(400)
            return restErrors(response)
          },
        },
        {
          path: 'seo.image',
          send: async () => {
            const response = await restRequest('PATCH', `/articles/${own.id}?draft=true&autosave=true`, { headers: auth('editor'), body: { seo: { image: images.south.id } } })
            expect(response.status).toBe(400)
            return restErrors(response)
          },
        },
        {
          path: 'seo.image',
          send: async () => {
            const error = await payload
              .update({ collection: 'articles', id: own.id, data: { seo: { image: images.south.id } }, draft: true, ...asUser('editor'), context })
              .catch((caught: unknown) => caught)
            expect(statusOf(error)).toBe(400)
            return localErrors(error)
          },
        },
        {
          path: 'body',
          send: async () => {
            const response = await restRequest('PATCH', `/articles/${own.id}?draft=true&autosave=true`, { headers: auth('editor'), body: { body: bodyWith(images.north.id, images.south.id) } })
            expect(response.status).toBe(400)
            return restErrors(response)
          },
        },
      ]
      for (const attempt of attempts) expect((await attempt.send()).map((error) => error.path)).toEqual([attempt.path])

      const kept = await latestDraft(own.id)
      expect(idOf(kept.heroImage)).toBe(String(images.north.id))
      expect(idOf(kept.seo?.image)).toBeNull()
      expect(JSON.stringify(kept.body)).not.toContain(`node-${images.south.id}`)
    })

    it('refuses another brand\'s image as a brand logo and an author photo', async () => {
      const logo = await payload.update({ collection: 'brands', id: north.id, data: { logo: images.south.id }, draft: true, ...asUser('editor'), context }).catch((error: unknown) => error)
      expect(statusOf(logo)).toBe(400)
      expect(localErrors(logo).map((error) => error.path)).toEqual(['logo'])
      const photo = await restRequest('POST', '/authors', { headers: auth('editor'), body: { name: title('Borrowed photo'), brands: [north.id], photo: images.south.id } })
      expect(photo.status).toBe(400)
      expect((await restErrors(photo)).map((error) => error.path)).toEqual(['photo'])
    })

    it('gives the same answer for an image that does not exist, and says nothing about the other brand\'s image', async () => {
      const messages: string[] = []
      for (const id of [images.south.id, missingId]) {
        const response = await restRequest('POST', '/articles?draft=true', { headers: auth('editor'), body: article('Unknown hero', { heroImage: id, _status: 'draft' }) })
        expect(response.status, `image ${id}`).toBe(400)
        const errors = await restErrors(response)
        expect(errors.map((error) => error.path)).toEqual(['heroImage'])
        messages.push(...errors.map((error) => error.message))
        const local = await payload
          .create({ collection: 'articles', data: article('Unknown social image', { seo: { image: id }, _status: 'draft' }) as never, draft: true, ...asUser('editor'), context })
          .catch((error: unknown) => error)
        expect(localErrors(local).map((error) => error.path)).toEqual(['seo.image'])
        messages.push(...localErrors(local).map((error) => error.message))
      }
      expect(messages).toHaveLength(4)
      expect(new Set(messages).size).toBe(1)
      for (const secret of [images.south.alt, images.south.filename as string, south.name, south.slug]) expect(messages[0]).not.toContain(secret)
      expect(await draftTitles('Unknown')).toEqual([])
    })

    it('accepts the brand\'s own, shared and network-library images in drafts, and anything from a network admin or a script', async () => {
      for (const image of [images.north, images.shared, images.library]) {
        const rest = await restRequest('POST', '/articles?draft=true', {
          headers: auth('editor'),
          body: article('Usable image REST', { heroImage: image.id, seo: { image: image.id }, body: bodyWith(image.id), _status: 'draft' }),
        })
        expect(rest.status, `${image.filename}: ${JSON.stringify(await rest.clone().json())}`).toBe(201)
        const local = await payload.create({
          collection: 'articles',
          data: article('Usable image local', { heroImage: image.id, seo: { image: image.id }, _status: 'draft' }) as never,
          draft: true,
          ...asUser('editor'),
          context,
        })
        expect(idOf((await latestDraft(local.id)).seo?.image)).toBe(String(image.id))
      }
      const admin = await restRequest('POST', '/articles?draft=true', { headers: auth('admin'), body: article('Admin hero', { heroImage: images.south.id, _status: 'draft' }) })
      expect(admin.status).toBe(201)
      const script = await payload.create({ collection: 'articles', data: article('Script hero', { heroImage: images.south.id, _status: 'draft' }) as never, draft: true, overrideAccess: true, context })
      expect(idOf((await latestDraft(script.id)).heroImage)).toBe(String(images.south.id))
    })
  })

  describe('snapshots', () => {
    /** Every image id and alt text anywhere in a snapshot. */
    const imagesIn = (value: unknown, found: string[] = []): string[] => {
      if (Array.isArray(value)) value.forEach((entry) => imagesIn(entry, found))
      else if (typeof value === 'object' && value !== null) {
        if ('mimeType' in value && 'id' in value) found.push(String(value.id))
        Object.values(value).forEach((entry) => imagesIn(entry, found))
      }
      return found
    }

    it('leave out another brand\'s images that a script saved, keep the field empty and log where they were', async () => {
      const foreign = await payload.create({
        collection: 'articles',
        data: article('Saved by an import', { heroImage: images.south.id, seo: { image: images.south.id }, body: bodyWith(images.north.id, images.south.id, images.library.id), _status: 'published' }) as never,
        overrideAccess: true,
        context,
      })
      const fine = await payload.create({
        collection: 'articles',
        data: article('Own images only', { heroImage: images.shared.id, seo: { image: images.library.id }, body: bodyWith(images.north.id), _status: 'published' }) as never,
        overrideAccess: true,
        context,
      })
      const warn = vi.spyOn(payload.logger, 'warn')
      try {
        const snapshot = await buildBrandSnapshot(payload, north.slug, { serverUrl })
        const json = JSON.stringify(snapshot)
        expect(json).not.toContain(images.south.alt)
        expect(json).not.toContain(images.south.filename as string)
        expect(imagesIn(snapshot)).not.toContain(String(images.south.id))

        const leftOut = snapshot.articles.find((doc) => doc.id === String(foreign.id))
        expect(leftOut?.heroImage).toBeNull()
        expect(leftOut?.seo.image).toBeNull()
        expect(leftOut?.body.filter((node) => node.type === 'image').map((node) => (node.type === 'image' ? node.media.id : null))).toEqual([String(images.north.id), String(images.library.id)])
        const kept = snapshot.articles.find((doc) => doc.id === String(fine.id))
        expect(kept?.heroImage).toMatchObject({ id: String(images.shared.id), alt: images.shared.alt })
        expect(kept?.seo.image).toMatchObject({ id: String(images.library.id), alt: images.library.alt })

        const logged = warn.mock.calls.map((call) => call.map(String).join(' ')).join('\n')
        for (const field of ['heroImage', 'seo.image', 'body']) {
          expect(logged).toMatch(new RegExp(`${north.slug}\\b.*\\barticles ${foreign.id}\\b.*\\b${field.replace('.', '\\.')}\\b`))
        }
      } finally {
        warn.mockRestore()
      }
    })

    it('show a shared document\'s image only to the brands the image belongs to', async () => {
      const shared = await payload.create({
        collection: 'articles',
        data: { ...article('Shared with a south image'), brands: [north.id, south.id], heroImage: images.south.id, _status: 'published' } as never,
        overrideAccess: true,
        context,
      })
      const inNorth = (await buildBrandSnapshot(payload, north.slug, { serverUrl })).articles.find((doc) => doc.id === String(shared.id))
      const inSouth = (await buildBrandSnapshot(payload, south.slug, { serverUrl })).articles.find((doc) => doc.id === String(shared.id))
      expect(inNorth?.heroImage).toBeNull()
      expect(inSouth?.heroImage).toMatchObject({ id: String(images.south.id), alt: images.south.alt })
    })

    it('leave out another brand\'s image as the brand logo or an author photo', async () => {
      await payload.update({ collection: 'brands', id: north.id, data: { logo: images.south.id, _status: 'published' }, overrideAccess: true, context })
      const author = await payload.create({ collection: 'authors', data: { name: title('Imported author'), brands: [north.id], photo: images.south.id } as never, overrideAccess: true, context })
      try {
        const snapshot = await buildBrandSnapshot(payload, north.slug, { serverUrl })
        expect(snapshot.brand.logo).toBeNull()
        expect(snapshot.authors.find((doc) => doc.id === String(author.id))?.photo).toBeNull()
        expect(imagesIn(snapshot)).not.toContain(String(images.south.id))
      } finally {
        await payload.update({ collection: 'brands', id: north.id, data: { logo: null, _status: 'published' }, overrideAccess: true, context })
        await payload.delete({ collection: 'authors', id: author.id, overrideAccess: true, context })
      }
    })

    it('keep another brand\'s images out of a draft preview', async () => {
      const created = await payload.create({
        collection: 'articles',
        data: article('Draft with a borrowed image', { heroImage: images.south.id, seo: { image: images.south.id }, body: bodyWith(images.south.id), _status: 'draft' }) as never,
        draft: true,
        overrideAccess: true,
        context,
      })
      // Read as the preview endpoint reads it.
      const draft = (await payload.findByID({ collection: 'articles', id: created.id, draft: true, depth: 0, ...asUser('editor') })) as Article
      const snapshot = await buildBrandSnapshot(payload, north.slug, { serverUrl, draft: { collection: 'articles', doc: draft } })
      const previewed = snapshot.articles.find((doc) => doc.id === String(created.id))
      expect(previewed?.title).toBe(draft.title)
      expect(previewed?.heroImage).toBeNull()
      expect(previewed?.seo.image).toBeNull()
      expect(previewed?.body.some((node) => node.type === 'image')).toBe(false)
      expect(JSON.stringify(snapshot)).not.toContain(images.south.alt)
    })
  })
})
