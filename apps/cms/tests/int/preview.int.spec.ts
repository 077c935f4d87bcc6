import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Brand } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * "Preview this draft": the signed link the admin's Preview button opens, answered by Payload's
 * real REST handler and rendered by the site's own renderer (apps/site, about two seconds).
 */
const SECRET = 'integration-test-secret-0123456789abcdef'

describe.skipIf(skipDatabase)('draft preview', () => {
  let cms: TestCms
  let payload: Payload
  let restGet: typeof import('./helpers/rest').restGet
  let previewPath: typeof import('../../src/preview/token').previewPath
  let buildBrandSnapshot: typeof import('../../src/snapshot/buildSnapshot').buildBrandSnapshot
  let own: Brand
  let other: Brand
  let article: Article
  let people: Record<'editor' | 'contributor' | 'stranger' | 'admin', Person>
  const auth = (who: keyof typeof people) => apiKeyAuth(people[who])

  beforeAll(async () => {
    cms = await startPayload({ PAYLOAD_SECRET: SECRET })
    payload = cms.payload
    ;({ restGet } = await import('./helpers/rest'))
    ;({ previewPath } = await import('../../src/preview/token'))
    ;({ buildBrandSnapshot } = await import('../../src/snapshot/buildSnapshot'))
    const context = { disableRebuild: true }
    ;({ brands: { own, other }, people } = await createBrandsAndPeople(payload, {
      domain: 'preview.example',
      context,
      brands: { own: 'Preview Own', other: 'Preview Other' },
      people: { editor: { role: 'editor', brands: ['own'] }, contributor: { role: 'contributor', brands: ['own'] }, stranger: { role: 'editor', brands: ['other'] }, admin: { role: 'admin', brands: [] } },
    }))
    article = (await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Knee care basics', [own.id]), _status: 'published' } as never,
      overrideAccess: true,
      context,
    })) as Article
    // A later draft with a new title: the live version keeps the old one.
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Knee care basics, revised draft' }, draft: true, overrideAccess: true, context })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const link = (id = String(article.id), ttlMs = 60_000) => previewPath({ collection: 'articles', id }, SECRET, ttlMs).replace(/^\/api/, '')

  it('shows the brand’s staff the latest draft, rendered by the site, never cached or indexed', async () => {
    const response = await restGet(link(), auth('contributor'))
    const html = await response.text()
    expect(response.status, html.slice(0, 500)).toBe(200)
    expect(html).toMatch(/<h1[^>]*>Knee care basics, revised draft<\/h1>/)
    expect(html).toContain('Draft preview for Preview Own')
    // The site's layout and styles, not a CMS page.
    expect(html).toContain('<meta name="viewport"')
    expect(html).toMatch(/<style>[^<]+<\/style>/)
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")

    // The published snapshot still has the live title: the draft is nowhere in public output.
    const snapshot = await buildBrandSnapshot(payload, own.slug, { serverUrl: 'http://cms.test' })
    expect(snapshot.articles.map((doc) => doc.title)).toEqual(['Knee care basics'])
  }, 60_000)

  it('asks anonymous visitors to log in, and tells other brands’ staff there is nothing to see', async () => {
    const anonymous = await restGet(link())
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).toContain('/admin/login?redirect=')

    const stranger = await restGet(link(), auth('stranger'))
    expect(stranger.status).toBe(404)
    expect(await stranger.text()).not.toContain('Knee care basics')
  })

  it('refuses links that were altered, made for another document, or have expired', async () => {
    const good = new URL(link(), 'http://cms.test')
    const forged = `${good.pathname}?expires=${Number(good.searchParams.get('expires')) + 3_600_000}&sig=${good.searchParams.get('sig')}`
    expect((await restGet(forged, auth('editor'))).status).toBe(403)
    expect((await restGet(good.pathname, auth('editor'))).status).toBe(403)

    const otherArticle = await payload.create({ collection: 'articles', data: minimalDocument('articles', 'Second draft', [own.id]) as never, draft: true, overrideAccess: true })
    const moved = `/articles/${otherArticle.id}/preview${good.search}`
    expect((await restGet(moved, auth('editor'))).status).toBe(403)

    const expired = await restGet(link(String(article.id), -1), auth('editor'))
    expect(expired.status).toBe(410)
  })

  it('shows no image of another brand, even one a script put into the draft', async () => {
    const data = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#b45309' } }).png().toBuffer()
    const foreign = await payload.create({
      collection: 'media',
      data: { alt: 'Unannounced clinic of the other brand', brands: [other.id] } as never,
      file: { data, mimetype: 'image/png', name: 'other-brand-launch.png', size: data.length },
      overrideAccess: true,
    })
    const draft = await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Draft with a borrowed image', [own.id]), heroImage: foreign.id, seo: { image: foreign.id } } as never,
      draft: true,
      overrideAccess: true,
      context: { disableRebuild: true },
    })
    const response = await restGet(link(String(draft.id)), auth('editor'))
    const html = await response.text()
    expect(response.status, html.slice(0, 500)).toBe(200)
    expect(html).toMatch(/<h1[^>]*>Draft with a borrowed image<\/h1>/)
    expect(html).not.toContain('Unannounced clinic of the other brand')
    expect(html).not.toContain('other-brand-launch')
  }, 60_000)

  describe('in the live preview panel', () => {
    /** The panel's address for `who`, as the admin asks for it after loading or saving the article (the collection's own `livePreview.url`). */
    const panelUrl = async (who: keyof typeof people | null, doc: { id: number | string; updatedAt?: string } = article) => {
      const url = payload.collections.articles.config.admin.livePreview?.url
      if (typeof url !== 'function') throw new Error('articles have no live preview URL function')
      const user = who === null ? null : { ...people[who], collection: 'users' as const }
      return url({ data: doc, req: { user, payload } as never, payload, locale: { code: 'en', label: 'English' } })
    }
    const apiPath = (url: string) => {
      const parsed = new URL(url)
      expect(parsed.pathname.startsWith('/api/articles/')).toBe(true)
      return `${parsed.pathname.replace(/^\/api/, '')}${parsed.search}`
    }

    it('shows the brand’s staff the signed draft page, which the admin may frame and nobody else', async () => {
      const url = await panelUrl('contributor')
      expect(typeof url).toBe('string')
      const response = await restGet(apiPath(url as string), auth('contributor'))
      const html = await response.text()
      expect(response.status, html.slice(0, 500)).toBe(200)
      expect(html).toMatch(/<h1[^>]*>Knee care basics, revised draft<\/h1>/)
      // The admin frames it from the same origin; no other site may.
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    }, 60_000)

    it('changes with every saved version, so the admin reloads the panel after each autosave', async () => {
      const first = await panelUrl('editor', { id: article.id, updatedAt: '2026-03-01T10:00:00.000Z' })
      const second = await panelUrl('editor', { id: article.id, updatedAt: '2026-03-01T10:00:02.000Z' })
      expect(first).not.toBe(second)
      expect(new URL(second as string).searchParams.get('v')).toBe('2026-03-01T10:00:02.000Z')
    })

    it('has no address without a logged-in user, and refuses other brands’ staff, altered and expired links', async () => {
      expect(await panelUrl(null)).toBeNull()
      const path = apiPath((await panelUrl('editor')) as string)
      expect((await restGet(path)).status).toBe(401)
      const stranger = await restGet(path, auth('stranger'))
      expect(stranger.status).toBe(404)
      expect(await stranger.text()).not.toContain('Knee care basics')

      const signed = new URL(path, 'http://cms.test')
      const forged = new URL(signed)
      forged.searchParams.set('expires', String(Number(signed.searchParams.get('expires')) + 3_600_000))
      expect((await restGet(`${forged.pathname}${forged.search}`, auth('editor'))).status).toBe(403)
      const otherDoc = await payload.create({ collection: 'articles', data: minimalDocument('articles', 'Another draft', [own.id]) as never, draft: true, overrideAccess: true })
      expect((await restGet(`/articles/${otherDoc.id}/preview${signed.search}`, auth('editor'))).status).toBe(403)

      const { livePreviewUrl } = await import('../../src/preview/livePreview')
      const stale = livePreviewUrl('articles', { id: article.id }, true, Date.now() - 24 * 3_600_000)
      expect((await restGet(apiPath(stale as string), auth('editor'))).status).toBe(410)
    })
  })

  describe('of comparisons, therapies and conditions', () => {
    const context = { disableRebuild: true }
    type Page = 'comparisons' | 'therapies' | 'conditions'
    const drafts: Partial<Record<Page, string>> = {}
    const words: Record<Page, string> = {
      therapies: 'Dry needling, revised draft',
      comparisons: 'Needling or hands-on work, revised draft',
      conditions: 'Sciatica, a condition not yet published',
    }
    const pageLink = (collection: Page | 'articles' | 'clinics', id: string, ttlMs = 60_000) => previewPath({ collection, id }, SECRET, ttlMs).replace(/^\/api/, '')
    const draftId = (collection: Page) => {
      const id = drafts[collection]
      if (id === undefined) throw new Error(`no ${collection} draft was made`)
      return id
    }
    let unfinishedComparison: string
    let otherTherapy: string

    beforeAll(async () => {
      const publish = async (collection: 'therapies' | 'comparisons', data: Record<string, unknown>) =>
        (await payload.create({ collection, data: { ...data, _status: 'published' } as never, overrideAccess: true, context })).id
      const needling = await publish('therapies', minimalDocument('therapies', 'Dry needling', [own.id]))
      const manual = await publish('therapies', minimalDocument('therapies', 'Manual therapy', [own.id]))
      const comparison = await publish('comparisons', minimalDocument('comparisons', 'Needling or hands-on work', [own.id], [needling, manual]))
      // Later drafts over published pages, and a condition that was never published.
      await payload.update({ collection: 'therapies', id: needling, data: { name: words.therapies }, draft: true, overrideAccess: true, context })
      await payload.update({ collection: 'comparisons', id: comparison, data: { title: words.comparisons }, draft: true, overrideAccess: true, context })
      const condition = await payload.create({ collection: 'conditions', data: { ...minimalDocument('conditions', words.conditions, [own.id]), _status: 'draft' } as never, draft: true, overrideAccess: true, context })
      Object.assign(drafts, { therapies: String(needling), comparisons: String(comparison), conditions: String(condition.id) })
      otherTherapy = String(manual)

      // A comparison whose table has no value yet for the second therapy.
      const unfinished = minimalDocument('comparisons', 'Comparison with an empty cell', [own.id], [needling, manual])
      const grid = unfinished.grid as { rows: { cells: Record<string, unknown> }[] }
      for (const row of grid.rows) delete row.cells[String(manual)]
      unfinishedComparison = String((await payload.create({ collection: 'comparisons', data: { ...unfinished, _status: 'draft' } as never, draft: true, overrideAccess: true, context })).id)
    })

    it.each(['comparisons', 'therapies', 'conditions'] as const)('show the brand’s staff the latest draft of %s, as the site renders it', async (collection) => {
      const response = await restGet(pageLink(collection, draftId(collection)), auth('contributor'))
      const html = await response.text()
      expect(response.status, html.slice(0, 800)).toBe(200)
      expect(html).toMatch(new RegExp(`<h1[^>]*>${words[collection]}</h1>`))
      expect(html).toContain('Draft preview for Preview Own')
      expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    }, 60_000)

    it('leave the published pages as they are: the drafts are in no real snapshot', async () => {
      const snapshot = await buildBrandSnapshot(payload, own.slug, { serverUrl: 'http://cms.test' })
      expect(snapshot.therapies.map((doc) => doc.name)).toEqual(['Dry needling', 'Manual therapy'])
      expect(snapshot.comparisons.map((doc) => doc.title)).toEqual(['Needling or hands-on work'])
      expect(snapshot.conditions).toEqual([])
    })

    it('refuse anonymous visitors and other brands’ staff', async () => {
      for (const collection of ['comparisons', 'therapies', 'conditions'] as const) {
        const path = pageLink(collection, draftId(collection))
        expect((await restGet(path)).status, collection).toBe(401)
        const stranger = await restGet(path, auth('stranger'))
        expect(stranger.status, collection).toBe(404)
        expect(await stranger.text()).not.toContain(words[collection])
      }
    })

    it('refuse altered, expired and borrowed links', async () => {
      const good = new URL(pageLink('therapies', draftId('therapies')), 'http://cms.test')
      const forged = `${good.pathname}?expires=${Number(good.searchParams.get('expires')) + 3_600_000}&sig=${good.searchParams.get('sig')}`
      expect((await restGet(forged, auth('editor'))).status).toBe(403)
      // Signed for a therapy: not valid for another collection, or for another document.
      expect((await restGet(`/conditions/${draftId('therapies')}/preview${good.search}`, auth('editor'))).status).toBe(403)
      expect((await restGet(`/therapies/${otherTherapy}/preview${good.search}`, auth('editor'))).status).toBe(403)
      expect((await restGet(pageLink('comparisons', draftId('comparisons'), -1), auth('editor'))).status).toBe(410)
      expect((await restGet(pageLink('conditions', draftId('conditions'), -1), auth('editor'))).status).toBe(410)
    })

    it('name what is missing when the site cannot show the draft yet', async () => {
      const response = await restGet(pageLink('comparisons', unfinishedComparison), auth('editor'))
      const html = await response.text()
      expect(response.status, html.slice(0, 800)).toBe(422)
      expect(html).toContain('This draft cannot be shown yet')
      expect(html).toContain(`comparisons ${unfinishedComparison}`)
      expect(html).toContain('row &#34;Tool&#34; has no value for therapy')
    })

    it('show a clinic’s draft too, to its own brand’s staff only (clinics name one brand)', async () => {
      const clinic = await payload.create({ collection: 'clinics', data: { ...minimalDocument('clinics', 'Preview Own Mesa, opening soon', [own.id]), _status: 'draft' } as never, draft: true, overrideAccess: true, context })
      const path = pageLink('clinics', String(clinic.id))
      const response = await restGet(path, auth('editor'))
      const html = await response.text()
      expect(response.status, html.slice(0, 800)).toBe(200)
      expect(html).toMatch(/<h1[^>]*>Preview Own Mesa, opening soon<\/h1>/)
      expect((await restGet(path, auth('stranger'))).status).toBe(404)
    }, 60_000)

    it('have a Preview button and a live preview panel with their own signed address', async () => {
      for (const collection of ['comparisons', 'therapies', 'conditions'] as const) {
        const admin = payload.collections[collection].config.admin
        const user = { ...people.editor, collection: 'users' as const }
        const live = admin.livePreview?.url
        if (typeof live !== 'function') throw new Error(`${collection} have no live preview URL function`)
        const panel = await live({ data: { id: draftId(collection), updatedAt: '2026-03-01T10:00:00.000Z' }, req: { user, payload } as never, payload, locale: { code: 'en', label: 'English' } })
        const parsed = new URL(panel as string)
        expect(parsed.pathname).toBe(`/api/${collection}/${draftId(collection)}/preview`)
        expect(parsed.searchParams.get('v')).toBe('2026-03-01T10:00:00.000Z')
        const shown = await restGet(`${parsed.pathname.replace(/^\/api/, '')}${parsed.search}`, auth('editor'))
        expect(await shown.text()).toMatch(new RegExp(`<h1[^>]*>${words[collection]}</h1>`))
        expect(typeof admin.preview).toBe('function')
        const button = await (admin.preview as (doc: Record<string, unknown>, options: { req: unknown }) => Promise<string | null> | string | null)({ id: draftId(collection) }, { req: { user } })
        expect(new URL(button as string).pathname).toBe(`/api/${collection}/${draftId(collection)}/preview`)
      }
    }, 60_000)
  })

  it('previews as one of the user’s own brands only', async () => {
    expect((await restGet(`${link()}&brand=${other.slug}`, auth('admin'))).status).toBe(404)
    const unknown = await restGet(`${link()}&brand=${other.slug}`, auth('editor'))
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain(own.slug)
  })
})
