import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand } from '../../src/payload-types'
import { brandData } from './helpers/contentDocuments'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Browser-facing security: which origins get CORS headers, and when a session cookie counts
 * (CSRF), through Payload's real REST handler. The admin origin is SERVER_URL (http://cms.test).
 */
const ADMIN_ORIGIN = 'http://cms.test'

describe.skipIf(skipDatabase)('CORS and CSRF', () => {
  let cms: TestCms
  let payload: Payload
  let restRequest: typeof import('./helpers/rest').restRequest
  let brand: Brand
  let cookie: string

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    ;({ restRequest } = await import('./helpers/rest'))
    brand = await payload.create({ collection: 'brands', data: brandData('Origin Test'), overrideAccess: true, context: { disableRebuild: true } })
    await payload.create({
      collection: 'users',
      data: { email: 'editor@security.example', password: 'editor-password-1', name: 'Editor', role: 'editor', brands: [brand.id] },
      overrideAccess: true,
    })
    const login = await restRequest('POST', '/users/login', {
      headers: { Origin: ADMIN_ORIGIN },
      body: { email: 'editor@security.example', password: 'editor-password-1' },
    })
    expect(login.status).toBe(200)
    const setCookie = login.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/payload-token=[^;]+/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    cookie = (setCookie.match(/payload-token=[^;]+/) as RegExpMatchArray)[0]
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const allowedOrigin = async (origin: string) => (await restRequest('GET', '/brands?limit=1', { headers: { Origin: origin } })).headers.get('access-control-allow-origin')
  const me = async (headers: Record<string, string>) => ((await (await restRequest('GET', '/users/me', { headers: { Cookie: cookie, ...headers } })).json()) as { user: unknown }).user

  it('answers CORS for the admin origin and the brand sites only', async () => {
    expect(await allowedOrigin(ADMIN_ORIGIN)).toBe(ADMIN_ORIGIN)
    expect(await allowedOrigin('https://www.origin-test.example')).toBe('https://www.origin-test.example')
    expect(await allowedOrigin('https://evil.example')).toBeNull()
    expect(await allowedOrigin('http://www.origin-test.example')).toBeNull()
  })

  it('answers preflights of brand sites with the headers their scripts send', async () => {
    const { REST_OPTIONS } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../src/payload.config')
    const preflight = await REST_OPTIONS(config)(
      new Request('http://cms.test/api/brands', {
        method: 'OPTIONS',
        headers: { Origin: 'https://www.origin-test.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
      }),
      { params: Promise.resolve({ slug: ['brands'] }) },
    )
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.origin-test.example')
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key')
  })

  it('follows a brand’s domain when it changes or the brand is deleted', async () => {
    await payload.update({ collection: 'brands', id: brand.id, data: { domain: 'clinic.origin-test.example' }, overrideAccess: true, context: { disableRebuild: true } })
    expect(await allowedOrigin('https://clinic.origin-test.example')).toBe('https://clinic.origin-test.example')
    expect(await allowedOrigin('https://www.origin-test.example')).toBeNull()

    const extra = await payload.create({ collection: 'brands', data: brandData('Short Lived'), overrideAccess: true, context: { disableRebuild: true } })
    expect(await allowedOrigin('https://www.short-lived.example')).toBe('https://www.short-lived.example')
    await payload.delete({ collection: 'brands', id: extra.id, overrideAccess: true, context: { disableRebuild: true } })
    expect(await allowedOrigin('https://www.short-lived.example')).toBeNull()
  })

  it('accepts the session cookie from the admin origin and same-origin navigations only', async () => {
    expect(await me({ Origin: ADMIN_ORIGIN })).not.toBeNull()
    expect(await me({ 'Sec-Fetch-Site': 'same-origin' })).not.toBeNull()
    // A page elsewhere, a brand site included, never acts with an editor's session.
    expect(await me({ Origin: 'https://evil.example' })).toBeNull()
    expect(await me({ Origin: 'https://clinic.origin-test.example' })).toBeNull()
    expect(await me({ 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
  })
})
