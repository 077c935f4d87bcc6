import { mkdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startMediaServer, startSiteServer } from './static-server'
import { makeTempDir } from '../../tests/helpers/snapshots'

/** Fetches without following redirects, as a test of the server's own answer. */
const get = (url: string, init: RequestInit = {}) => fetch(url, { redirect: 'manual', ...init })

describe('startSiteServer', () => {
  let dir: string
  let server: RunningServer

  beforeAll(async () => {
    dir = await makeTempDir('static-server')
    await mkdir(path.join(dir, 'brand-a', 'articles', 'first'), { recursive: true })
    await mkdir(path.join(dir, 'brand-a', '_astro'), { recursive: true })
    await mkdir(path.join(dir, 'brand-b'), { recursive: true })
    await mkdir(path.join(dir, '.cache', 'brand-a'), { recursive: true })
    await writeFile(path.join(dir, 'brand-a', 'index.html'), '<h1>Brand A</h1>')
    await writeFile(path.join(dir, 'brand-a', 'articles', 'first', 'index.html'), '<h1>First</h1>')
    await writeFile(path.join(dir, 'brand-a', '404.html'), '<h1>Brand A: not found</h1>')
    await writeFile(path.join(dir, 'brand-a', '_astro', 'site.abc123.css'), 'main{display:block}'.repeat(50))
    await writeFile(path.join(dir, 'brand-b', 'index.html'), '<h1>Brand B</h1>')
    await writeFile(path.join(dir, '.cache', 'brand-a', 'index.html'), 'cached build')
    server = await startSiteServer(dir)
  })

  afterAll(async () => {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  })

  it("serves a folder's index.html, and redirects a folder without its trailing slash", async () => {
    const page = await get(`${server.url}/brand-a/articles/first/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toBe('<h1>First</h1>')
    const redirect = await get(`${server.url}/brand-a/articles/first?x=1`)
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/brand-a/articles/first/?x=1')
  })

  it("answers a miss with the brand's own 404 page and status 404, plain text where a brand has none", async () => {
    const missing = await get(`${server.url}/brand-a/no-such-page/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe('<h1>Brand A: not found</h1>')
    const other = await get(`${server.url}/brand-b/no-such-page/`)
    expect(other.status).toBe(404)
    expect(await other.text()).toBe('Not found: /brand-b/no-such-page/')
  })

  it('hides dot-folders, refuses paths out of the folder and methods other than GET and HEAD', async () => {
    const cache = await get(`${server.url}/.cache/brand-a/`)
    expect(cache.status).toBe(404)
    expect(await cache.text()).not.toContain('cached build')
    expect((await get(`${server.url}/brand-a/..%2F..%2F/etc/passwd`)).status).toBe(403)
    const post = await get(`${server.url}/brand-a/`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })

  it('compresses text for clients that accept gzip and lets hashed assets be cached', async () => {
    const css = await get(`${server.url}/brand-a/_astro/site.abc123.css`, { headers: { 'accept-encoding': 'gzip' } })
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    // fetch decompresses the body; the header says what went over the wire.
    expect(css.headers.get('content-encoding')).toBe('gzip')
    expect(await css.text()).toBe('main{display:block}'.repeat(50))
    const page = await get(`${server.url}/brand-a/`, { headers: { 'accept-encoding': 'identity' } })
    expect(page.headers.get('content-encoding')).toBeNull()
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
  })

  it('serves one site at a base path, its root 404 page for any miss', async () => {
    const one = await startSiteServer(path.join(dir, 'brand-a'), { basePath: '/brand-a/' })
    try {
      expect(await (await get(`${one.url}/brand-a/articles/first/`)).text()).toBe('<h1>First</h1>')
      for (const miss of ['/brand-a/articles/none/', '/elsewhere/']) {
        const response = await get(`${one.url}${miss}`)
        expect(response.status).toBe(404)
        expect(await response.text()).toBe('<h1>Brand A: not found</h1>')
      }
    } finally {
      await one.close()
    }
  })
})

describe('startMediaServer', () => {
  it('serves the files of its folder at /api/media/file/<name>, and nothing else', async () => {
    const dir = await makeTempDir('media-server')
    await writeFile(path.join(dir, 'hero.jpg'), Buffer.from([0xff, 0xd8, 0xff]))
    const server = await startMediaServer(dir)
    try {
      const image = await get(`${server.url}/api/media/file/hero.jpg`)
      expect(image.status).toBe(200)
      expect(image.headers.get('content-type')).toBe('image/jpeg')
      expect(Buffer.from(await image.arrayBuffer())).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
      for (const miss of ['/hero.jpg', '/api/media/file/missing.jpg', '/api/media/file/..%2Fhero.jpg', '/api/media/file/']) {
        expect((await get(`${server.url}${miss}`)).status, miss).toBe(404)
      }
    } finally {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})

// The compressed body is what a visitor downloads: check it really is gzip of the file.
describe('sendFile', () => {
  it('sends a gzip body that decompresses to the file', async () => {
    const dir = await makeTempDir('static-gzip')
    await writeFile(path.join(dir, 'index.html'), '<p>hello</p>'.repeat(100))
    const server = await startSiteServer(dir)
    try {
      const body = await new Promise<Buffer>((resolve, reject) => {
        request(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject)
        })
          .on('error', reject)
          .end()
      })
      expect(gunzipSync(body).toString()).toBe('<p>hello</p>'.repeat(100))
    } finally {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
