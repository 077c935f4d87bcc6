import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { type Media as SnapshotMedia, parseBrandSnapshot } from '@clinic/schema'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, Media as MediaDocument, User } from '../../src/payload-types'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type S3Server, startS3Server } from './helpers/s3Server'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'
import { childEnv } from './helpers/testEnv'

/*
 * Media in object storage (S3_*, src/media/storage.ts), against a local S3-compatible server:
 * uploads and their sizes go to the bucket, documents and snapshots carry the public object
 * URLs, deletes remove the objects, brand scoping of image documents is what it is with
 * MEDIA_DIR, and a brand's site is built from images that live in the bucket.
 */

type Id = number | string
type Who = 'north' | 'south'
/** An image with the storage plugin's folder field (`prefix`), which the storage plugin adds to the collection. */
type Media = MediaDocument & { prefix?: string | null }

/** 1600 px wide, so every image size (320, 640 and 1280 px wide) is made. */
const IMAGE = { width: 1600, height: 900 }
const SIZE_NAMES = ['thumbnail', 'card', 'wide'] as const
const png = (background: string) => sharp({ create: { ...IMAGE, channels: 3, background } }).png().toBuffer()
const serverUrl = 'http://cms.test'
/** The secret tests/int/helpers/startPayload.ts gives the CMS: it signs preview links. */
const PAYLOAD_SECRET = 'integration-test-secret-0123456789abcdef'

describe.skipIf(skipDatabase)('media in object storage', () => {
  let s3: S3Server
  let cms: TestCms
  let payload: Payload
  let north: Brand
  let south: Brand
  const users = {} as Record<Who, { user: User; apiKey: string }>
  let restGet: typeof import('./helpers/rest').restGet
  let restRequest: typeof import('./helpers/rest').restRequest
  let sendForm: (method: 'POST' | 'PATCH', pathname: string, who: Who, form: FormData) => Promise<Response>

  const headers = (who: Who) => ({ Authorization: `users API-Key ${users[who].apiKey}` })
  const filesOf = (doc: Media) => [doc.filename, ...SIZE_NAMES.map((name) => doc.sizes?.[name]?.filename)]
  const urlsOf = (doc: Media) => [doc.url, ...SIZE_NAMES.map((name) => doc.sizes?.[name]?.url)]
  /** The object keys of an image's files, from its public URLs. */
  const keysOf = (doc: Media) => urlsOf(doc).map((url) => decodeURIComponent(new URL(String(url)).pathname).slice(`/${s3.bucket}/`.length))
  const stored = (id: Id): Promise<Media> => payload.findByID({ collection: 'media', id, overrideAccess: true, depth: 0 })

  async function upload(name: string, brands: Id[], background = '#3b7a57'): Promise<Media> {
    const data = await png(background)
    return payload.create({ collection: 'media', data: { alt: `Image ${name}`, brands } as never, file: { data, mimetype: 'image/png', name, size: data.length }, depth: 0, overrideAccess: true })
  }

  /** A multipart upload form as the admin sends it: the file and the fields as JSON in `_payload`. */
  async function uploadForm(name: string, fields: Record<string, unknown>, background = '#b45309'): Promise<FormData> {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png(background))], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify(fields))
    return form
  }

  beforeAll(async () => {
    s3 = await startS3Server()
    cms = await startPayload(s3.env)
    payload = cms.payload
    payload.logger.level = 'silent'
    ;({ restGet, restRequest } = await import('./helpers/rest'))
    const { REST_PATCH, REST_POST } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../src/payload.config')
    const handlers = { POST: REST_POST(config), PATCH: REST_PATCH(config) }
    sendForm = (method, pathname, who, form) => {
      const request = new Request(`${serverUrl}/api${pathname}`, { method, headers: headers(who), body: form })
      return handlers[method](request, { params: Promise.resolve({ slug: pathname.split('/').filter(Boolean) }) })
    }

    north = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('North Storage Brand'), context: { disableRebuild: true } })
    south = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('South Storage Brand'), context: { disableRebuild: true } })
    for (const [who, brand] of [
      ['north', north],
      ['south', south],
    ] as const) {
      const apiKey = `storage-${who}-key-0123456789abcdef0123456789abcdef`
      const created = await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: `${who}@storage.example`, password: `${who}-password-1`, name: who, role: 'editor', brands: [brand.id], enableAPIKey: true, apiKey },
      })
      users[who] = { user: { ...created, collection: 'users' }, apiKey }
    }
  })
  afterAll(async () => {
    await cms?.stop()
    await s3?.close()
  })

  it('stores an upload and its sizes in the bucket, not in MEDIA_DIR, at public URLs on S3_PUBLIC_URL', async () => {
    const response = await sendForm('POST', '/media', 'north', await uploadForm('knee exercise.png', { alt: 'Knee exercise' }))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }

    // One folder per upload, its name random: `media/<32 hex digits>/<file>`.
    const folder = /^media\/[0-9a-f]{32}\//.exec(keysOf(doc)[0] ?? '')?.[0]
    expect(folder, `key of ${doc.url}`).toBeDefined()
    expect(filesOf(doc).every(Boolean)).toBe(true)
    expect(keysOf(doc)).toEqual(filesOf(doc).map((file) => `${folder}${file}`))
    expect(doc.url).toBe(`${s3.publicUrl}/${folder}knee%20exercise.png`)
    for (const url of urlsOf(doc)) expect(url?.startsWith(`${s3.publicUrl}/media/`), String(url)).toBe(true)
    // Read back (the afterRead URL) and as stored, the same public URLs.
    expect(urlsOf(await stored(doc.id))).toEqual(urlsOf(doc))
    const read = await restGet(`/media/${doc.id}?depth=0`, headers('north'))
    expect(urlsOf((await read.json()) as Media)).toEqual(urlsOf(doc))

    // The objects are in the bucket, readable at those URLs without credentials, and are the images.
    expect(await s3.keys()).toEqual(expect.arrayContaining(keysOf(doc)))
    for (const [index, url] of urlsOf(doc).entries()) {
      const file = await fetch(String(url))
      expect(file.status, String(url)).toBe(200)
      expect(file.headers.get('content-type')).toBe('image/png')
      const { width } = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
      expect(width).toBe(index === 0 ? IMAGE.width : doc.sizes?.[SIZE_NAMES[index - 1] as (typeof SIZE_NAMES)[number]]?.width)
    }
    // Nothing on the CMS's disk, and the CMS does not serve the file itself.
    const local = await fs.readdir(path.join(cms.dir, 'media')).catch(() => [])
    expect(local).toEqual([])
    expect((await restGet(`/media/file/${encodeURIComponent(doc.filename as string)}`)).status).not.toBe(200)
  })

  it('carries the public object URLs, of the image and each size, in the brand snapshot', async () => {
    const hero = await upload('snapshot-hero.png', [north.id])
    await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Storage Snapshot Article', [north.id]), heroImage: hero.id, _status: 'published' } as never,
      overrideAccess: true,
      context: { disableRebuild: true },
    })
    const snapshot = parseBrandSnapshot(JSON.parse(JSON.stringify(await buildBrandSnapshot(payload, north.slug, { serverUrl }))))
    const article = snapshot.articles.find((entry) => entry.title === 'Storage Snapshot Article')
    const image = article?.heroImage as SnapshotMedia
    expect(image.url).toBe(hero.url)
    expect(image.url.startsWith(`${s3.publicUrl}/media/`)).toBe(true)
    expect(image.sizes.map((size) => size.url)).toEqual(SIZE_NAMES.map((name) => hero.sizes?.[name]?.url))
    for (const url of [image.url, ...image.sizes.map((size) => size.url)]) expect((await fetch(url)).status, url).toBe(200)
  })

  it('shows a draft\'s image in its preview from the bucket, and keeps it out of the brand\'s snapshot while the article is a draft', async () => {
    const image = await upload('unannounced-clinic.png', [north.id])
    const draft = await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Storage Draft Article', [north.id]), heroImage: image.id, _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
      context: { disableRebuild: true },
    })
    const { previewPath } = await import('../../src/preview/token')
    const link = previewPath({ collection: 'articles', id: String(draft.id) }, PAYLOAD_SECRET, 60_000).replace(/^\/api/, '')
    const preview = await restGet(link, headers('north'))
    const html = await preview.text()
    expect(preview.status, html.slice(0, 500)).toBe(200)
    expect(html).toContain(String(image.url).replaceAll('&', '&amp;'))
    // The page may load the images from there, and nothing else from there.
    expect(preview.headers.get('content-security-policy')).toContain(`img-src 'self' ${serverUrl} ${new URL(s3.publicUrl).origin} data:;`)

    const snapshot = JSON.stringify(await buildBrandSnapshot(payload, north.slug, { serverUrl }))
    expect(snapshot).not.toContain(image.prefix as string)
  })

  it('keeps image documents within their brands: another brand\'s editor neither reads, changes nor deletes one, nor its files', async () => {
    const image = await upload('south-only.png', [south.id])
    expect((await restGet(`/media/${image.id}`, headers('north'))).status).toBe(404)
    const listed = (await (await restGet('/media?depth=0&limit=100', headers('north'))).json()) as { docs: Media[] }
    expect(listed.docs.map((doc) => String(doc.id))).not.toContain(String(image.id))
    expect([403, 404]).toContain((await restRequest('PATCH', `/media/${image.id}`, { headers: headers('north'), body: { alt: 'Changed by the north editor' } })).status)
    expect([403, 404]).toContain((await sendForm('PATCH', `/media/${image.id}`, 'north', await uploadForm('replaced.png', {}))).status)
    expect([403, 404]).toContain((await restRequest('DELETE', `/media/${image.id}`, { headers: headers('north') })).status)

    expect(await stored(image.id)).toMatchObject({ alt: image.alt, url: image.url })
    expect(await s3.keys()).toEqual(expect.arrayContaining(keysOf(image)))
    // Its own brand's editor reads it, at the same public URLs.
    const own = await restGet(`/media/${image.id}?depth=0`, headers('south'))
    expect(own.status).toBe(200)
    expect(urlsOf((await own.json()) as Media)).toEqual(urlsOf(image))
  })

  it('stores every upload in a folder of its own, whatever folder the uploader names, so no upload replaces another brand\'s files', async () => {
    const victim = await upload('south-launch.png', [south.id], '#1d4ed8')
    const victimFolder = victim.prefix as string
    const victimBytes = await Promise.all(urlsOf(victim).map(async (url) => Buffer.from(await (await fetch(String(url))).arrayBuffer())))
    const thumbnail = victim.sizes?.thumbnail?.filename as string

    // The same name as the other brand's thumbnail, in its folder, the folder written as stored and
    // in the spellings the storage plugin cleans up to it.
    const names: string[] = []
    for (const prefix of [victimFolder, `${victimFolder}/`, `./${victimFolder}`]) {
      const response = await sendForm('POST', '/media', 'north', await uploadForm(thumbnail, { alt: 'Borrowed folder', prefix }))
      expect(response.status, prefix).toBe(201)
      const { doc } = (await response.json()) as { doc: Media }
      expect(doc.prefix).not.toBe(victimFolder)
      expect(keysOf(doc).some((key) => key.startsWith(`${victimFolder}/`)), prefix).toBe(false)
      names.push(doc.filename as string)
    }
    // A repeated name is numbered, as in MEDIA_DIR.
    const base = thumbnail.replace(/\.png$/, '')
    expect(names).toEqual([thumbnail, `${base}-1.png`, `${base}-2.png`])
    // Pointing an own image at that folder afterwards is ignored as well, so deleting it deletes only its own files.
    const own = await upload(thumbnail, [north.id])
    expect((await restRequest('PATCH', `/media/${own.id}`, { headers: headers('north'), body: { prefix: victimFolder } })).status).toBe(200)
    expect((await stored(own.id)).prefix).toBe(own.prefix)
    expect((await restRequest('DELETE', `/media/${own.id}`, { headers: headers('north') })).status).toBe(200)

    const after = await Promise.all(urlsOf(victim).map(async (url) => Buffer.from(await (await fetch(String(url))).arrayBuffer())))
    expect(after.map((bytes, index) => bytes.equals(victimBytes[index] as Buffer))).toEqual(urlsOf(victim).map(() => true))
    expect(await s3.keys()).toEqual(expect.arrayContaining(keysOf(victim)))
  })

  it('moves a replaced file to a new folder and deletes the old objects', async () => {
    const image = await upload('replace-me.png', [north.id])
    const response = await sendForm('PATCH', `/media/${image.id}`, 'north', await uploadForm('replacement.png', {}))
    expect(response.status).toBe(200)
    const replaced = await stored(image.id)
    expect(replaced.filename).toBe('replacement.png')
    expect(replaced.prefix).not.toBe(image.prefix)
    const keys = await s3.keys()
    expect(keys).toEqual(expect.arrayContaining(keysOf(replaced)))
    expect(keys.filter((key) => keysOf(image).includes(key))).toEqual([])
    expect((await fetch(String(image.url))).status).toBe(404)
  })

  it('deletes the objects, the image and every size, with the image', async () => {
    const image = await upload('delete-me.png', [north.id])
    expect(await s3.keys()).toEqual(expect.arrayContaining(keysOf(image)))
    expect((await restRequest('DELETE', `/media/${image.id}`, { headers: headers('north') })).status).toBe(200)
    const keys = await s3.keys()
    expect(keys.filter((key) => keysOf(image).includes(key))).toEqual([])
    for (const url of urlsOf(image)) expect((await fetch(String(url))).status, String(url)).toBe(404)
  })

  it('builds the brand\'s site from images that live in the bucket', { timeout: 600_000 }, async () => {
    const logo = await upload('north-logo.png', [north.id], '#0f5f5a')
    const hero = await upload('site-hero.png', [north.id], '#b45309')
    await payload.update({ collection: 'brands', id: north.id, data: { logo: logo.id }, overrideAccess: true, context: { disableRebuild: true } })
    await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Storage Site Article', [north.id]), heroImage: hero.id, _status: 'published' } as never,
      overrideAccess: true,
      context: { disableRebuild: true },
    })
    const snapshot = await buildBrandSnapshot(payload, north.slug, { serverUrl })
    const snapshotDir = path.join(cms.dir, 'snapshots')
    await fs.mkdir(snapshotDir)
    await fs.writeFile(path.join(snapshotDir, `${north.slug}.json`), JSON.stringify(snapshot))
    const outDir = path.join(cms.dir, 'sites')
    const downloadsBefore = s3.downloads.length

    // The site's own build, as a deploy runs it; its variables only from here, none from the shell.
    const build = await promisify(execFile)('pnpm', ['--filter', 'site', 'build', '--snapshot-dir', snapshotDir, '--brand', north.slug], {
      env: childEnv({ SITE_OUT_DIR: outDir }, /^(CMS_|SNAPSHOT_DIR$|SITE_)/),
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`The site build failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`)
    })
    // Every image a page shows is a file of the build, none missing or left remote.
    expect(build.stdout).not.toMatch(/missing\)|remote\)/)

    // The build downloaded the originals from the bucket…
    const downloaded = s3.downloads.slice(downloadsBefore).map((url) => decodeURIComponent(new URL(url, s3.endpoint).pathname))
    for (const image of [logo, hero]) expect(downloaded, `${image.filename} downloaded`).toContain(`/${s3.bucket}/${keysOf(image)[0]}`)
    // …and the article page shows resized copies of the hero that are files of the site.
    const site = path.join(outDir, north.slug)
    const html = await fs.readFile(path.join(site, 'articles', 'storage-site-article', 'index.html'), 'utf8')
    expect(html).not.toContain(s3.publicUrl)
    const heroTag = /<img[^>]*alt="Image site-hero\.png"[^>]*>/.exec(html)?.[0]
    expect(heroTag, 'the hero image on the article page').toBeDefined()
    const srcset = /srcset="([^"]+)"/.exec(heroTag as string)?.[1] ?? ''
    const sources = srcset.split(',').map((entry) => entry.trim().split(/\s+/)[0] as string)
    expect(sources.length).toBeGreaterThan(1)
    for (const source of sources) {
      expect(source, 'a file of the site').toMatch(/^\/_astro\/[^/]+\.webp$/)
      const { width } = await sharp(path.join(site, source)).metadata()
      expect(width).toBeLessThanOrEqual(IMAGE.width)
    }
  })
})
