import fs from 'node:fs/promises'
import path from 'node:path'
import { type CollectionSlug, type Payload, createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refIds } from '../../src/access/userBrands'
import { brandFieldsOf, removeReferencesTo } from '../../src/collections/Brands/hooks/removeBrandReferences'
import type { Brand, Media, User } from '../../src/payload-types'
import { brandReferences, referencesTo } from './helpers/brandReferences'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Deleting a brand: what only it used is deleted (files included), what it shared stays for the
 * other brands, its people stay without it, and nothing of it turns into the network library.
 * Afterwards no document or version names it. The same on SQLite and MongoDB: SQLite's foreign
 * keys would empty the references by themselves, MongoDB keeps whatever the CMS leaves.
 */
type Id = number | string
const CONTEXT = { disableRebuild: true }

describe.skipIf(skipDatabase)('deleting a brand', () => {
  let cms: TestCms
  let payload: Payload
  let leaving: Brand
  let staying: Brand
  const ids = {} as Record<
    'ownArticle' | 'sharedArticle' | 'sharedDraft' | 'ownImage' | 'sharedImage' | 'libraryImage' | 'clinic' | 'request' | 'rebuild' | 'ownTherapy' | 'importRecord' | 'importedPost' | 'redirect',
    Id
  >
  const people = {} as Record<'admin' | 'leavingEditor' | 'bothEditor' | 'stayingEditor', User>
  let ownImageFile = ''

  const brandsOf = async (collection: CollectionSlug, id: Id) => refIds(((await payload.findByID({ collection, id, overrideAccess: true, depth: 0 })) as { brands?: unknown }).brands).map(String)
  const exists = async (collection: CollectionSlug, id: Id) => (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

  const create = (collection: 'articles' | 'therapies', title: string, brands: Id[]) =>
    payload.create({ collection, overrideAccess: true, data: { ...minimalDocument(collection, title, brands), _status: 'published' } as never, context: CONTEXT })
  /** A published article shared by `brands`, with a newer draft: the draft version names them too. */
  async function sharedWithDraft(title: string, brands: Id[]): Promise<Id> {
    const { id } = await create('articles', title, brands)
    await payload.update({ collection: 'articles', id, draft: true, overrideAccess: true, data: { title: `${title}, revised` }, context: CONTEXT })
    return id
  }
  const person = async (email: string, role: User['role'], brands: Brand[]) =>
    ({ ...(await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: 'a-long-password-1', name: email, role, brands: brands.map((brand) => brand.id) } })), collection: 'users' as const }) as User
  const rebuildRecord = async (brand: Id) =>
    (await payload.create({ collection: 'rebuilds', overrideAccess: true, data: { title: 'Earlier today', brand, status: 'succeeded', via: 'buildHook', reason: 'An article was published.', attempts: 1 } as never })).id
  async function importRecord(brand: Brand): Promise<Id> {
    const at = new Date().toISOString()
    const report = { brand: brand.slug, dryRun: false, startedAt: at, finishedAt: at, sources: ['export.xml'], documents: [], skipped: [], errors: [] }
    return (await payload.create({ collection: 'imports', overrideAccess: true, data: { title: 'Posts from the old site', brand: brand.id, status: 'succeeded', startedAt: at, report } as never })).id
  }
  /** The draft (newest version) of an article, as an editor opening it would see it. */
  const draftBrandsOf = async (id: Id) => refIds((await payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true, depth: 0 })).brands).map(String)

  async function image(name: string, brands: Id[] | null): Promise<Media> {
    const data = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#6b8f71' } }).png().toBuffer()
    return payload.create({ collection: 'media', overrideAccess: true, data: { alt: `Image ${name}`, brands } as never, file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length }, depth: 0 })
  }

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    payload.logger.level = 'silent'
    leaving = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Leaving Clinic'), context: CONTEXT })
    staying = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Staying Clinic'), context: CONTEXT })
    ids.ownArticle = (await create('articles', 'Only the leaving brand', [leaving.id])).id
    ids.sharedArticle = (await create('articles', 'Shared by both', [leaving.id, staying.id])).id
    ids.sharedDraft = await sharedWithDraft('Shared with a draft', [leaving.id, staying.id])
    ids.ownTherapy = (await create('therapies', 'Leaving therapy', [leaving.id])).id
    const ownImage = await image('leaving-only', [leaving.id])
    ownImageFile = ownImage.filename as string
    ids.ownImage = ownImage.id
    ids.sharedImage = (await image('shared-image', [leaving.id, staying.id])).id
    ids.libraryImage = (await image('library-image', null)).id
    ids.clinic = (await payload.create({ collection: 'clinics', overrideAccess: true, data: { ...minimalDocument('clinics', 'Leaving Clinic Mesa', [leaving.id]), _status: 'published' } as never, context: CONTEXT })).id
    ids.request = (
      await payload.create({
        collection: 'appointment-requests',
        overrideAccess: true,
        context: CONTEXT,
        data: { brand: leaving.id, clinic: ids.clinic, name: 'Ines Marrowby', phone: '(480) 555-0142', preferredDays: [], preferredTimes: [], message: '', consentAt: new Date().toISOString(), status: 'new', notification: { status: 'pending', attempts: 0 } } as never,
      })
    ).id
    ids.rebuild = await rebuildRecord(leaving.id)
    ids.importRecord = await importRecord(leaving)
    ids.importedPost = (await payload.create({ collection: 'imported-posts', overrideAccess: true, data: { brand: leaving.id, key: 'https://www.leaving-clinic.example/?p=7', article: ids.ownArticle } })).id
    ids.redirect = (
      await payload.create({ collection: 'redirects', overrideAccess: true, context: CONTEXT, data: { from: '/old-shared-post/', to: { type: 'reference', reference: { relationTo: 'articles', value: ids.sharedArticle } }, brand: leaving.id } as never })
    ).id
    people.admin = await person('admin@brand-delete.example', 'admin', [])
    people.leavingEditor = await person('leaving@brand-delete.example', 'editor', [leaving])
    people.bothEditor = await person('both@brand-delete.example', 'editor', [leaving, staying])
    people.stayingEditor = await person('staying@brand-delete.example', 'editor', [staying])

    await payload.delete({ collection: 'brands', id: leaving.id, overrideAccess: false, user: people.admin, context: CONTEXT })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('deletes what only that brand used, files included', async () => {
    for (const [collection, id] of [
      ['articles', ids.ownArticle],
      ['therapies', ids.ownTherapy],
      ['media', ids.ownImage],
      ['clinics', ids.clinic],
      ['appointment-requests', ids.request],
      ['imported-posts', ids.importedPost],
      ['redirects', ids.redirect],
    ] as const) {
      expect(await exists(collection, id), `${collection} ${id}`).toBe(false)
    }
    await expect(fs.access(path.join(cms.dir, 'media', ownImageFile))).rejects.toThrow()
  })

  it('keeps shared content for the other brand, without the deleted one, drafts included', async () => {
    expect(await brandsOf('articles', ids.sharedArticle)).toEqual([String(staying.id)])
    expect(await brandsOf('media', ids.sharedImage)).toEqual([String(staying.id)])
    expect(await draftBrandsOf(ids.sharedDraft)).toEqual([String(staying.id)])
    // Still the other brand's: its editor reads it (through the same access rules as the admin).
    const seen = await payload.find({ collection: 'articles', overrideAccess: false, user: people.stayingEditor, depth: 0, pagination: false, draft: true })
    expect(seen.docs.map((doc) => String(doc.id)).sort()).toEqual([String(ids.sharedArticle), String(ids.sharedDraft)].sort())
  })

  it('leaves no document or version that names it', async () => {
    const fields = brandReferences(payload).map((reference) => `${reference.collection}.${reference.path}`)
    // The walk finds the references this test is about (so an empty answer below means something).
    expect(fields).toEqual(expect.arrayContaining(['articles.brands', 'media.brands', 'clinics.brand', 'users.brands', 'rebuilds.brand', 'imports.brand', 'imported-posts.brand', 'redirects.brand']))
    expect(await referencesTo(payload, leaving.id)).toEqual([])
  })

  it('keeps its import records for network admins, with an empty brand', async () => {
    const record = await payload.findByID({ collection: 'imports', id: ids.importRecord, overrideAccess: true, depth: 0 })
    expect(record.brand ?? null).toBeNull()
  })

  it('does not turn any of its images into the network library that every brand’s staff see', async () => {
    const seen = await payload.find({ collection: 'media', overrideAccess: false, user: people.stayingEditor, depth: 0, pagination: false })
    expect(seen.docs.map((doc) => String(doc.id)).sort()).toEqual([String(ids.sharedImage), String(ids.libraryImage)].sort())
    const library = await payload.find({ collection: 'media', where: { brands: { exists: false } }, overrideAccess: true, depth: 0, pagination: false })
    expect(library.docs.map((doc) => String(doc.id))).toEqual([String(ids.libraryImage)])
  })

  it('keeps its people, without the brand', async () => {
    const brandsOfUser = async (user: User) => refIds((await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, depth: 0 })).brands).map(String)
    expect(await brandsOfUser(people.leavingEditor)).toEqual([])
    expect(await brandsOfUser(people.bothEditor)).toEqual([String(staying.id)])
    const asLeaving = { ...people.leavingEditor, brands: [] }
    // Someone with no brand left reads no content at all.
    await expect(payload.find({ collection: 'articles', overrideAccess: false, user: asLeaving, depth: 0 })).rejects.toMatchObject({ status: 403 })
    expect((await payload.find({ collection: 'media', overrideAccess: false, user: asLeaving, depth: 0 })).docs.map((doc) => String(doc.id))).toEqual([String(ids.libraryImage)])
  })

  it('keeps its rebuild history for network admins only, with an empty brand', async () => {
    const record = await payload.findByID({ collection: 'rebuilds', id: ids.rebuild, overrideAccess: true, depth: 0 })
    expect(record.brand ?? null).toBeNull()
    expect((await payload.find({ collection: 'rebuilds', overrideAccess: false, user: people.stayingEditor, depth: 0 })).totalDocs).toBe(0)
  })

  it('removes the brand from every field that can name one (none inside arrays or blocks, where it could not)', () => {
    const removed = payload.config.collections.flatMap((collection) => brandFieldsOf(collection).map((field) => `${collection.slug}.${field.path}`))
    expect(removed.sort()).toEqual(brandReferences(payload).map((reference) => `${reference.collection}.${reference.path}`).sort())
  })

  it('removes a brand id from every document and version that names it (what MongoDB needs after the delete)', async () => {
    // On SQLite the delete's foreign keys already did this, so the removal is tried on a brand
    // that still exists, with the references MongoDB would keep after its delete.
    const ghost = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Ghost Clinic'), context: CONTEXT })
    const article = await sharedWithDraft('Ghost and staying', [ghost.id, staying.id])
    const editor = await person('ghost@brand-delete.example', 'editor', [ghost, staying])
    const rebuild = await rebuildRecord(ghost.id)
    const imported = await importRecord(ghost)
    expect((await referencesTo(payload, ghost.id)).length).toBeGreaterThan(0)

    await removeReferencesTo(await createLocalReq({}, payload), ghost.id)

    expect(await referencesTo(payload, ghost.id)).toEqual([])
    expect(await brandsOf('articles', article)).toEqual([String(staying.id)])
    expect(await draftBrandsOf(article)).toEqual([String(staying.id)])
    expect(await brandsOf('users', editor.id)).toEqual([String(staying.id)])
    expect((await payload.findByID({ collection: 'rebuilds', id: rebuild, overrideAccess: true, depth: 0 })).brand ?? null).toBeNull()
    expect((await payload.findByID({ collection: 'imports', id: imported, overrideAccess: true, depth: 0 })).brand ?? null).toBeNull()
    // The draft's other content is unchanged.
    expect((await payload.findByID({ collection: 'articles', id: article, draft: true, overrideAccess: true, depth: 0 })).title).toBe('Ghost and staying, revised')
  })

  it('is for network admins only', async () => {
    await expect(payload.delete({ collection: 'brands', id: staying.id, overrideAccess: false, user: people.stayingEditor, context: CONTEXT })).rejects.toThrow()
    expect(await exists('brands', staying.id)).toBe(true)
  })
})
