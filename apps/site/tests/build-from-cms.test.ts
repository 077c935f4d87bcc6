import { readFile, readdir, rm } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCmsSource } from '../scripts/lib/cms-source'
import { type RunningServer, listen } from '../scripts/lib/static-server'
import { testJpeg, withMediaAt } from './helpers/mediaServer'
import { runBuild } from './helpers/runBuild'
import { makeTempDir, makeValidSnapshot } from './helpers/snapshots'

const TOKEN = 'test-build-token-0123456789abcdef0123456789'
const HARBOR = 'harbor-lane-physio'
/** The CMS serves the snapshot's images too (the build downloads them to optimise them). */
const JPEG = await testJpeg

/**
 * A stand-in for the CMS's two build endpoints, plus a few misbehaving ones: an API with
 * tokens and failures, not a file server, so only its listener is the shared one.
 */
function handle(request: IncomingMessage, response: ServerResponse): void {
  const send = (status: number, body: string, type = 'application/json') => {
    response.writeHead(status, { 'content-type': type })
    response.end(body)
  }
  const url = new URL(request.url ?? '/', 'http://cms.test')
  const route = url.pathname.replace(/^\/prefix\//, '/')
  if (route === '/api/brands/slow/snapshot') return // never answers
  if (route.startsWith('/media/') && route.endsWith('.jpg')) {
    response.writeHead(200, { 'content-type': 'image/jpeg' })
    response.end(JPEG)
    return
  }
  if (request.headers.authorization !== `Bearer ${TOKEN}`) return send(401, JSON.stringify({ errors: [{ message: 'Unauthorized' }] }))
  if (route === '/api/brands/snapshot-index') {
    return send(200, JSON.stringify({ brands: [{ slug: HARBOR, name: 'Harbor Lane Physio' }] }))
  }
  if (route === `/api/brands/${HARBOR}/snapshot`) return send(200, JSON.stringify(withMediaAt(makeValidSnapshot(), `http://${request.headers.host}/media`)))
  if (route === '/api/brands/html-page/snapshot') return send(200, '<!doctype html><title>Login</title>', 'text/html')
  if (route === '/api/brands/crash/snapshot') return send(500, 'database is locked', 'text/plain')
  if (route === '/api/brands/misfit/snapshot') {
    // What the CMS sends when the snapshot it assembled does not fit the contract.
    const problem = { brand: 'misfit', collection: 'clinics', documentId: '102', field: 'openingHours.2.closes', message: 'closing time must be after opening time' }
    return send(422, JSON.stringify({ error: 'The snapshot of brand "misfit" does not fit the contract; fix the documents listed.', problems: [problem] }))
  }
  send(404, JSON.stringify({ errors: [{ message: 'Not Found' }] }))
}

describe('build-brands.ts with the CMS as source', () => {
  let server: RunningServer
  let cmsUrl: string
  let tmp: string

  beforeAll(async () => {
    server = await listen('fake CMS', handle)
    cmsUrl = server.url
    tmp = await makeTempDir('cms')
  })

  afterAll(async () => {
    await server.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('builds the brands of the snapshot index with a valid token', async () => {
    const outDir = path.join(tmp, 'valid')
    const result = await runBuild([], { CMS_URL: cmsUrl, CMS_BUILD_TOKEN: TOKEN, SITE_OUT_DIR: outDir })

    // The fixture's accent fails AA contrast; the build corrects it and says so, nothing else.
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      '  harbor-lane-physio │ Theme colour corrected for WCAG AA contrast: accent #f2a541 → #c28434: contrast on background 1.96 → 3.02',
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`Snapshot source: CMS at ${cmsUrl}/`)
    expect(result.stdout).toMatch(/^\[1\/1\] harbor-lane-physio: built \d+ pages in \d+\.\d s/m)
    const html = await readFile(path.join(outDir, HARBOR, 'index.html'), 'utf8')
    expect(html).toContain('Harbor Lane Physio</h1>')
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i)
  })

  it('reports a wrong token as a 401 that names CMS_BUILD_TOKEN, and builds nothing', async () => {
    const outDir = path.join(tmp, 'wrong-token')
    const result = await runBuild([], { CMS_URL: cmsUrl, CMS_BUILD_TOKEN: 'not-the-token', SITE_OUT_DIR: outDir })

    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`The CMS refused the build token (HTTP 401) for GET ${cmsUrl}/api/brands/snapshot-index`)
    expect(result.stderr).toContain('CMS_BUILD_TOKEN')
    expect(result.stderr).not.toContain('not-the-token')
    await expect(readdir(outDir)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('reports a CMS that is not running as unreachable, for the index and for a requested brand', async () => {
    // A port that was free a moment ago: nothing listens on it any more.
    const down = await listen('stopped CMS', () => undefined)
    const downUrl = down.url
    await down.close()
    const outDir = path.join(tmp, 'down')

    const all = await runBuild([], { CMS_URL: downUrl, CMS_BUILD_TOKEN: TOKEN, SITE_OUT_DIR: outDir })
    expect(all.code).toBe(1)
    expect(all.stderr).toContain(`Cannot reach CMS at ${downUrl}/`)
    expect(all.stderr).toContain('ECONNREFUSED')
    expect(all.stderr).toContain('Check CMS_URL and that the CMS is running')

    const one = await runBuild(['--brand', HARBOR], { CMS_URL: downUrl, CMS_BUILD_TOKEN: TOKEN, SITE_OUT_DIR: outDir })
    expect(one.code).toBe(1)
    expect(one.stderr).toMatch(/✗ \[1\/1\] harbor-lane-physio: Cannot reach CMS at/)
    await expect(readdir(outDir)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('requires CMS_BUILD_TOKEN with CMS_URL', async () => {
    const result = await runBuild([], { CMS_URL: cmsUrl, SITE_OUT_DIR: path.join(tmp, 'no-token') })

    expect(result.code).toBe(2)
    expect(result.stderr).toContain('CMS_BUILD_TOKEN: CMS_BUILD_TOKEN is required when CMS_URL is set')
  })
})

describe('createCmsSource', () => {
  let server: RunningServer
  let cmsUrl: string

  beforeAll(async () => {
    server = await listen('fake CMS', handle)
    cmsUrl = `${server.url}/`
  })

  afterAll(async () => {
    await server.close()
  })

  const source = (options: { token?: string; base?: string; timeoutMs?: number } = {}) =>
    createCmsSource({
      cmsUrl: options.base ?? cmsUrl,
      token: options.token ?? TOKEN,
      timeoutMs: { index: options.timeoutMs ?? 5_000, snapshot: options.timeoutMs ?? 5_000 },
    })

  it('lists brands and returns a snapshot as sent', async () => {
    expect(await source().listBrands()).toEqual([HARBOR])
    expect(await source().readSnapshot(HARBOR)).toEqual(withMediaAt(makeValidSnapshot(), `${cmsUrl.replace(/\/$/, '')}/media`))
  })

  it('keeps a path prefix of CMS_URL', async () => {
    expect(await source({ base: `${cmsUrl}prefix/` }).listBrands()).toEqual([HARBOR])
  })

  it('says which brand has no snapshot on a 404', async () => {
    await expect(source().readSnapshot('closed-brand')).rejects.toThrow('The CMS has no snapshot for brand "closed-brand" (HTTP 404)')
  })

  it('says when the answer is not JSON, with its content type and a short excerpt', async () => {
    await expect(source().readSnapshot('html-page')).rejects.toThrow(
      `The CMS answered GET ${cmsUrl}api/brands/html-page/snapshot with something that is not JSON (text/html): "<!doctype html><title>Login</title>"`,
    )
  })

  it('passes on the status and body of a server error', async () => {
    await expect(source().readSnapshot('crash')).rejects.toThrow('with HTTP 500 Internal Server Error: "database is locked"')
  })

  it('passes on the problems the CMS found in its own snapshot (HTTP 422)', async () => {
    await expect(source().readSnapshot('misfit')).rejects.toThrow(
      'HTTP 422 Unprocessable Entity: The snapshot of brand "misfit" does not fit the contract; fix the documents listed.\n' +
        'brand misfit: clinics 102 field openingHours.2.closes: closing time must be after opening time',
    )
  })

  it('gives up on a CMS that does not answer in time', async () => {
    await expect(source({ timeoutMs: 300 }).readSnapshot('slow')).rejects.toThrow(`The CMS at ${cmsUrl} did not answer GET ${cmsUrl}api/brands/slow/snapshot within 0.3 s.`)
  })
})
