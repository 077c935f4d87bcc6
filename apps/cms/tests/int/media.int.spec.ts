import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refIds } from '../../src/access/userBrands'
import type { Brand, Media } from '../../src/payload-types'
import { demoNetwork } from '../../src/seed/data'
import { seedNetwork } from '../../src/seed/seedNetwork'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * The media library is scoped by brand like content (src/collections/Media/access.ts): staff read
 * their brands' images, images shared with their brands and the network library (no brand);
 * brand admins and editors change and delete images whose brands are all theirs; contributors
 * upload into their brands but change nothing; the public reads no image document but downloads
 * every file, because the static sites are built from the file URLs.
 */

type Id = number | string
/** `editor` and `contributor` work for the north brand, `south` edits for the south brand, `multi` edits for both. */
type Who = 'admin' | 'editor' | 'contributor' | 'south' | 'multi' | 'anonymous'

const IMAGE_SIZE = { width: 400, height: 300 }

/** A small PNG of one colour; 400 px wide, so the 320 px thumbnail size is generated too. */
const png = (background: string) => sharp({ create: { ...IMAGE_SIZE, channels: 3, background } }).png().toBuffer()

describe.skipIf(skipDatabase)('brand-scoped media library', () => {
  let cms: TestCms
  let payload: Payload
  let north: Brand
  let south: Brand
  let users: Record<Exclude<Who, 'anonymous'>, Person>
  /** Images uploaded by a script: of the north brand, of the south brand, shared by both, and the network library. */
  const fixtures = {} as Record<'north' | 'south' | 'shared' | 'library', Media>
  let counter = 0
  let restRequest: typeof import('./helpers/rest').restRequest
  let restGet: typeof import('./helpers/rest').restGet
  let graphql: typeof import('./helpers/graphql').graphql
  let restPost: (request: Request) => Promise<Response>

  const statusOf = (error: unknown) => (error as { status?: number }).status ?? 500
  const headers = (who: Who): Record<string, string> => (who === 'anonymous' ? {} : apiKeyAuth(users[who]))
  const asUser = (who: Who) => (who === 'anonymous' ? {} : { user: users[who] })
  const brandsOf = (doc: unknown) => refIds((doc as { brands?: unknown }).brands).map(String).sort()
  const nextName = (label: string) => `${label}-${++counter}.png`

  /** Uploads through the Local API as `who` (overrideAccess: false), or as a script when `who` is omitted. */
  async function upload(name: string, brands: Id[] | null | undefined, who?: Who): Promise<Media> {
    const data = await png('#3b7a57')
    return payload.create({
      collection: 'media',
      data: { alt: `Image ${name}`, ...(brands === undefined ? {} : { brands }) } as never,
      file: { data, mimetype: 'image/png', name, size: data.length },
      depth: 0,
      ...(who === undefined ? { overrideAccess: true } : { overrideAccess: false, ...asUser(who) }),
    })
  }

  /** Uploads through Payload's REST handler as the admin does: multipart, the fields as JSON in `_payload`. */
  async function restUpload(who: Who, name: string, fields: Record<string, unknown>): Promise<Response> {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png('#b45309'))], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: `Image ${name}`, ...fields }))
    return restPost(new Request('http://cms.test/api/media', { method: 'POST', headers: headers(who), body: form }))
  }

  const findByFilename = async (filename: string) =>
    (await payload.find({ collection: 'media', where: { filename: { equals: filename } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0]
  const altOf = async (id: Id) => (await payload.findByID({ collection: 'media', id, overrideAccess: true, depth: 0 })).alt
  const exists = async (id: Id) => (await payload.count({ collection: 'media', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
  const onDisk = (filename: string) =>
    fs.access(path.join(cms.dir, 'media', filename)).then(
      () => true,
      () => false,
    )

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    payload.logger.level = 'silent'
    ;({ restRequest, restGet } = await import('./helpers/rest'))
    ;({ graphql } = await import('./helpers/graphql'))
    const { REST_POST } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../src/payload.config')
    const post = REST_POST(config)
    restPost = (request) => post(request, { params: Promise.resolve({ slug: new URL(request.url).pathname.split('/').filter(Boolean).slice(1) }) })

    ;({ brands: { north, south }, people: users } = await createBrandsAndPeople(payload, {
      domain: 'media.example',
      brands: { north: 'North Media Brand', south: 'South Media Brand' },
      people: {
        admin: { role: 'admin', brands: [] },
        editor: { role: 'editor', brands: ['north'] },
        contributor: { role: 'contributor', brands: ['north'] },
        south: { role: 'editor', brands: ['south'] },
        multi: { role: 'editor', brands: ['north', 'south'] },
      },
    }))

    fixtures.north = await upload('north.png', [north.id])
    fixtures.south = await upload('south.png', [south.id])
    fixtures.shared = await upload('shared.png', [north.id, south.id])
    fixtures.library = await upload('library.png', null)
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('lists only their brands\' images, the shared ones and the network library to brand staff, on every API', async () => {
    const visible = [fixtures.north.id, fixtures.shared.id, fixtures.library.id].map(String).sort()
    for (const who of ['editor', 'contributor'] as const) {
      const local = await payload.find({ collection: 'media', overrideAccess: false, user: users[who], depth: 0, pagination: false })
      expect(local.docs.map((doc) => String(doc.id)).sort(), `${who} via Local API`).toEqual(visible)
      const rest = await restGet('/media?depth=0&limit=100', headers(who))
      expect(rest.status).toBe(200)
      const body = (await rest.json()) as { docs: Media[] }
      expect(body.docs.map((doc) => String(doc.id)).sort(), `${who} via REST`).toEqual(visible)
      const overGraphql = await graphql('{ allMedia(limit: 100) { docs { id } } }', headers(who))
      const docs = (overGraphql.data?.allMedia as { docs: { id: Id }[] } | undefined)?.docs ?? []
      expect(docs.map((doc) => String(doc.id)).sort(), `${who} via GraphQL ${JSON.stringify(overGraphql.errors)}`).toEqual(visible)
    }
    const southList = await payload.find({ collection: 'media', overrideAccess: false, user: users.south, depth: 0, pagination: false })
    expect(southList.docs.map((doc) => String(doc.id)).sort()).toEqual([fixtures.south.id, fixtures.shared.id, fixtures.library.id].map(String).sort())
    // The editor of both brands sees every image here.
    const multi = await payload.find({ collection: 'media', overrideAccess: false, user: users.multi, depth: 0, pagination: false })
    expect(multi.totalDocs).toBe(4)
    const admin = await payload.find({ collection: 'media', overrideAccess: false, user: users.admin, depth: 0, pagination: false })
    expect(admin.totalDocs).toBe(4)
  })

  it('hides another brand\'s image from an editor by id, and refuses to change or delete it', async () => {
    const { id, alt } = fixtures.south
    const read = await payload.findByID({ collection: 'media', id, overrideAccess: false, user: users.editor }).catch((error: unknown) => error)
    expect(statusOf(read)).toBe(404)
    expect((await restGet(`/media/${id}`, headers('editor'))).status).toBe(404)
    // GraphQL names come from the slug: `Media(id)` for one image, `allMedia` for the list.
    const byId = (imageId: Id) => graphql(`{ Media(id: ${JSON.stringify(imageId)}) { id } }`, headers('editor'))
    expect((await byId(fixtures.north.id)).data?.Media).toEqual({ id: fixtures.north.id })
    const overGraphql = await byId(id)
    expect(overGraphql.data?.Media ?? null).toBeNull()
    expect(overGraphql.errors?.[0]?.extensions?.statusCode).toBe(404)

    const update = await payload.update({ collection: 'media', id, data: { alt: 'Hijacked (local)' }, overrideAccess: false, user: users.editor }).catch((error: unknown) => error)
    expect([403, 404]).toContain(statusOf(update))
    expect([403, 404]).toContain((await restRequest('PATCH', `/media/${id}`, { headers: headers('editor'), body: { alt: 'Hijacked (REST)' } })).status)
    const remove = await payload.delete({ collection: 'media', id, overrideAccess: false, user: users.editor }).catch((error: unknown) => error)
    expect([403, 404]).toContain(statusOf(remove))
    expect([403, 404]).toContain((await restRequest('DELETE', `/media/${id}`, { headers: headers('editor') })).status)

    expect(await altOf(id)).toBe(alt)
    expect(await onDisk(fixtures.south.filename as string)).toBe(true)
  })

  it('lets brand staff read shared and library images but leaves changing them to network admins', async () => {
    for (const fixture of [fixtures.shared, fixtures.library]) {
      const read = await payload.findByID({ collection: 'media', id: fixture.id, overrideAccess: false, user: users.editor, depth: 0 })
      expect(read.filename).toBe(fixture.filename)
      // Read as stored: a one-brand editor's default brand is not shown on a library image.
      expect(brandsOf(read)).toEqual(brandsOf(fixture))
      expect((await restRequest('PATCH', `/media/${fixture.id}`, { headers: headers('editor'), body: { alt: 'Edited by a brand editor' } })).status).toBe(403)
      expect((await restRequest('DELETE', `/media/${fixture.id}`, { headers: headers('editor') })).status).toBe(403)
      expect(await altOf(fixture.id)).toBe(fixture.alt)
    }
    const edited = await payload.update({ collection: 'media', id: fixtures.library.id, data: { alt: 'Edited by a network admin' }, overrideAccess: false, user: users.admin })
    expect(edited.alt).toBe('Edited by a network admin')
  })

  it('lets an editor change and delete their brand\'s image, but not move it to another brand or into the library', async () => {
    const own = await upload(nextName('own'), [north.id])
    const response = await restRequest('PATCH', `/media/${own.id}`, { headers: headers('editor'), body: { alt: 'A runner stretching' } })
    expect(response.status).toBe(200)
    expect(await altOf(own.id)).toBe('A runner stretching')

    for (const brands of [[south.id], [north.id, south.id], []]) {
      const moved = await payload.update({ collection: 'media', id: own.id, data: { brands } as never, overrideAccess: false, user: users.editor }).catch((error: unknown) => error)
      expect(statusOf(moved), `brands ${JSON.stringify(brands)}`).toBe(400)
    }
    expect(brandsOf(await payload.findByID({ collection: 'media', id: own.id, overrideAccess: true, depth: 0 }))).toEqual([String(north.id)])

    expect((await restRequest('DELETE', `/media/${own.id}`, { headers: headers('editor') })).status).toBe(200)
    expect(await exists(own.id)).toBe(false)
  })

  it('lets editors use only images they may read: in upload fields, and in the body, drafts included', async () => {
    const imageNode = (id: Id) => ({ type: 'upload', version: 3, format: '', id: `node-${id}`, fields: null, relationTo: 'media', value: id })
    const bodyWith = (...ids: Id[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: ids.map(imageNode) } })
    const article = (title: string, extra: Record<string, unknown>) => ({ title, brands: [north.id], excerpt: 'Lead.', body: bodyWith(), ...extra }) as never
    const save = (data: never, status: 'draft' | 'published') =>
      payload.create({ collection: 'articles', data, draft: status === 'draft', overrideAccess: false, user: users.editor, context: { disableRebuild: true } })

    // Their brand's image and the library: fine, in a draft and when published.
    await expect(save(article('Own images', { body: bodyWith(fixtures.north.id, fixtures.library.id), _status: 'published' }), 'published')).resolves.toMatchObject({ title: 'Own images' })
    // Another brand's image, embedded in the body: refused even in a draft (Payload skips validation on drafts).
    await expect(save(article('Borrowed body image', { body: bodyWith(fixtures.north.id, fixtures.south.id), _status: 'draft' }), 'draft')).rejects.toMatchObject({ status: 400 })
    // …and as the hero image of a published article.
    await expect(save(article('Borrowed hero', { heroImage: fixtures.south.id, _status: 'published' }), 'published')).rejects.toMatchObject({ status: 400 })
    const titles = (await payload.find({ collection: 'articles', where: { title: { like: 'Borrowed' } }, draft: true, overrideAccess: true, depth: 0 })).docs
    expect(titles).toEqual([])
  })

  it('shows the public no image documents on any API', async () => {
    expect((await restGet('/media')).status).toBe(403)
    expect((await restGet(`/media/${fixtures.north.id}`)).status).toBe(403)
    expect((await restGet('/media/count')).status).toBe(403)
    const overGraphql = await graphql('{ allMedia { docs { id filename } } }')
    expect(overGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(JSON.stringify(overGraphql.data ?? {})).not.toContain('north.png')
    const one = await graphql(`{ Media(id: ${JSON.stringify(fixtures.library.id)}) { id filename } }`)
    expect(one.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(one.data?.Media ?? null).toBeNull()
    await expect(payload.find({ collection: 'media', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(payload.findByID({ collection: 'media', id: fixtures.library.id, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('serves every image file, and its sizes, to anyone: the brand sites are built from these URLs', async () => {
    for (const who of ['anonymous', 'editor'] as const) {
      for (const fixture of Object.values(fixtures)) {
        const filenames = [fixture.filename, fixture.sizes?.thumbnail?.filename]
        expect(filenames.every(Boolean), `${fixture.filename} has a thumbnail`).toBe(true)
        for (const filename of filenames as string[]) {
          const response = await restGet(`/media/file/${encodeURIComponent(filename)}`, headers(who))
          expect(response.status, `${who} GET /api/media/file/${filename}`).toBe(200)
          expect(response.headers.get('content-type')).toMatch(/^image\//)
          const bytes = Buffer.from(await response.arrayBuffer())
          expect(bytes.equals(await fs.readFile(path.join(cms.dir, 'media', filename)))).toBe(true)
        }
      }
    }
    // The URLs Payload gives (and snapshots carry) are these routes.
    expect(new URL(fixtures.north.url as string).pathname).toBe(`/api/media/file/${fixtures.north.filename}`)
  })

  it('gives an upload its uploader\'s brand when they work for exactly one', async () => {
    const local = await upload(nextName('default-local'), undefined, 'editor')
    expect(brandsOf(local)).toEqual([String(north.id)])
    const name = nextName('default-rest')
    const response = await restUpload('editor', name, {})
    expect(response.status).toBe(201)
    expect(brandsOf(await findByFilename(name))).toEqual([String(north.id)])
  })

  it('makes an editor of several brands choose, among their own brands', async () => {
    const unchosen = nextName('unchosen')
    const refused = await upload(unchosen, undefined, 'multi').catch((error: unknown) => error)
    expect(statusOf(refused)).toBe(400)
    expect((refused as Error & { data?: unknown }).data).toMatchObject({ errors: [{ path: 'brands' }] })
    expect(await findByFilename(unchosen)).toBeUndefined()
    const both = await upload(nextName('both'), [north.id, south.id], 'multi')
    expect(brandsOf(both)).toEqual([north.id, south.id].map(String).sort())
    // Their brands are all theirs, so the shared image stays theirs to change.
    const edited = await payload.update({ collection: 'media', id: both.id, data: { alt: 'Edited by the editor of both' }, overrideAccess: false, user: users.multi })
    expect(edited.alt).toBe('Edited by the editor of both')
  })

  it('refuses an upload into another brand or into the network library from brand staff, on every channel, and writes no file', async () => {
    for (const who of ['editor', 'contributor'] as const) {
      for (const brands of [[south.id], [north.id, south.id], []]) {
        const localName = nextName(`foreign-local-${who}`)
        const local = await upload(localName, brands, who).catch((error: unknown) => error)
        expect(statusOf(local), `${who} Local API brands ${JSON.stringify(brands)}`).toBe(400)
        const restName = nextName(`foreign-rest-${who}`)
        const rest = await restUpload(who, restName, { brands })
        expect(rest.status, `${who} REST brands ${JSON.stringify(brands)}`).toBe(400)
        for (const name of [localName, restName]) {
          expect(await findByFilename(name)).toBeUndefined()
          expect(await onDisk(name)).toBe(false)
        }
      }
    }
    const anonymous = nextName('anonymous')
    expect((await restUpload('anonymous', anonymous, { brands: [north.id] })).status).toBe(403)
    expect(await findByFilename(anonymous)).toBeUndefined()
  })

  it('lets a contributor upload into their brand, but not change or delete images, their own uploads included', async () => {
    const name = nextName('contributed')
    const response = await restUpload('contributor', name, {})
    expect(response.status).toBe(201)
    const contributed = await findByFilename(name)
    expect(brandsOf(contributed)).toEqual([String(north.id)])
    for (const fixture of [contributed as Media, fixtures.north]) {
      const update = await payload.update({ collection: 'media', id: fixture.id, data: { alt: 'Changed by a contributor' }, overrideAccess: false, user: users.contributor }).catch((error: unknown) => error)
      expect(statusOf(update)).toBe(403)
      expect((await restRequest('PATCH', `/media/${fixture.id}`, { headers: headers('contributor'), body: { alt: 'Changed by a contributor' } })).status).toBe(403)
      expect((await restRequest('DELETE', `/media/${fixture.id}`, { headers: headers('contributor') })).status).toBe(403)
      expect(await altOf(fixture.id)).toBe(fixture.alt)
    }
  })

  it('puts a network admin\'s upload without brands in the library, which every brand\'s staff read', async () => {
    for (const fields of [{}, { brands: [] }]) {
      const name = nextName('library-rest')
      expect((await restUpload('admin', name, fields)).status).toBe(201)
      expect(brandsOf(await findByFilename(name))).toEqual([])
      const seen = await payload.find({ collection: 'media', where: { filename: { equals: name } }, overrideAccess: false, user: users.editor, depth: 0 })
      expect(seen.totalDocs).toBe(1)
    }
    // Moving a brand's image into the library makes it every brand's, readable by the south brand's staff as well.
    const moved = await upload(nextName('to-library'), [north.id])
    const southSees = async () => (await payload.find({ collection: 'media', where: { id: { equals: moved.id } }, overrideAccess: false, user: users.south, depth: 0 })).totalDocs
    expect(await southSees()).toBe(0)
    await payload.update({ collection: 'media', id: moved.id, data: { brands: [] } as never, overrideAccess: false, user: users.admin })
    expect(await southSees()).toBe(1)
  })

  describe('the demo network seed', () => {
    const seedAdmin = { email: 'seed-admin@media.example', password: 'seed-admin-password' }
    const seededImages = async () =>
      (await payload.find({ collection: 'media', where: { filename: { like: '.jpg' } }, overrideAccess: true, depth: 0, pagination: false })).docs
    /** The ids of every image a snapshot shows (its media objects are the ones with a MIME type). */
    const imagesIn = (value: unknown, found = new Set<string>()): Set<string> => {
      if (Array.isArray(value)) value.forEach((entry) => imagesIn(entry, found))
      else if (typeof value === 'object' && value !== null) {
        if ('mimeType' in value && 'id' in value) found.add(String(value.id))
        Object.values(value).forEach((entry) => imagesIn(entry, found))
      }
      return found
    }

    beforeAll(async () => {
      await seedNetwork(payload, demoNetwork, { admin: seedAdmin })
    })

    it('gives every image the brands that use it, so each brand\'s editor finds exactly what its site shows', async () => {
      const images = await seededImages()
      expect(images.length).toBeGreaterThan(0)
      expect(images.filter((image) => brandsOf(image).length === 0).map((image) => image.filename)).toEqual([])
      expect(images.some((image) => brandsOf(image).length > 1), 'some image is shared by several brands').toBe(true)
      const { docs: brands } = await payload.find({ collection: 'brands', where: { slug: { in: demoNetwork.brands.map((brand) => brand.slug) } }, overrideAccess: true, depth: 0 })
      for (const brand of brands) {
        const editor = await payload.create({
          collection: 'users',
          overrideAccess: true,
          data: { email: `editor@${brand.slug}.example`, password: 'seeded-editor-password', name: `${brand.name} editor`, role: 'editor', brands: [brand.id] },
        })
        const picker = await payload.find({ collection: 'media', overrideAccess: false, user: { ...editor, collection: 'users' }, depth: 0, pagination: false })
        const visible = new Set(picker.docs.map((doc) => String(doc.id)))
        const shown = imagesIn(await buildBrandSnapshot(payload, brand.slug, { serverUrl: 'http://cms.test' }))
        expect(shown.size, `${brand.slug} shows images`).toBeGreaterThan(0)
        expect([...shown].filter((id) => !visible.has(id)), `${brand.slug}: images its site shows that its editor cannot pick`).toEqual([])
        const seededVisible = images.filter((image) => visible.has(String(image.id)))
        expect(seededVisible.every((image) => brandsOf(image).includes(String(brand.id)))).toBe(true)
        // Only its own logo among the logos.
        expect(seededVisible.filter((image) => image.filename?.startsWith('logo-')).map((image) => image.filename)).toEqual([`logo-${brand.slug}.jpg`])
      }
    })

    it('stays idempotent, and gives brands back to a seeded image that has none', async () => {
      const before = await seededImages()
      const again = await seedNetwork(payload, demoNetwork, { admin: seedAdmin })
      expect(again.created).toEqual({})
      expect(again.scoped).toEqual({})
      const logo = before.find((image) => image.filename === `logo-${demoNetwork.brands[0]?.slug}.jpg`) as Media
      // As in a database seeded before images had brands.
      await payload.update({ collection: 'media', id: logo.id, data: { brands: [] } as never, overrideAccess: true })
      const healed = await seedNetwork(payload, demoNetwork, { admin: seedAdmin })
      expect(healed.created).toEqual({})
      expect(healed.scoped).toEqual({ media: 1 })
      const after = await seededImages()
      expect(after.map((image) => [image.filename, brandsOf(image)])).toEqual(before.map((image) => [image.filename, brandsOf(image)]))
    })
  })
})
