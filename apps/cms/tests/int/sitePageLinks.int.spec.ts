import type { Article } from '@clinic/schema'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand } from '../../src/payload-types'
import { richTextToLexical } from '../../src/seed/richTextToLexical'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { paragraphWithLink } from './helpers/lexical'
import { createBrandWithEditor } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Links to a brand site's own pages that are not documents (request an appointment, the
 * locations and other indexes, the FAQ page): what the link drawer saves, as Payload validates
 * it on publish through the REST handler the admin uses, and what the snapshot makes of it.
 */

describe.skipIf(skipDatabase)('links to the site’s own pages', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let brand: Brand
  let restRequest: TestCmsWithApi['restRequest']
  let auth: Record<string, string>
  let counter = 0

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restRequest } = cms)
    ;({ brand, auth } = await createBrandWithEditor(payload, 'Page Links Physio', 'page-links.example'))
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** Publishes an article with `body` as the editor, through the REST handler. */
  async function publishArticle(body: unknown): Promise<Response> {
    counter += 1
    return restRequest('POST', '/articles?depth=0', {
      headers: auth,
      body: { title: `Page links ${counter}`, brands: [brand.id], excerpt: 'A lead.', body, _status: 'published' },
    })
  }

  async function publishedBody(slug: string): Promise<Article['body']> {
    const snapshot = await buildBrandSnapshot(payload, brand.slug, { serverUrl: 'http://cms.test' })
    const article = snapshot.articles.find((candidate) => candidate.slug === slug)
    if (!article) throw new Error(`article ${slug} is not in the snapshot`)
    return article.body
  }

  it('publishes a link to the appointment page without a URL, and the snapshot carries the page, not an address', async () => {
    const response = await publishArticle(paragraphWithLink('Ready when you are: ', { linkType: 'page', page: 'request-appointment', newTab: false }, 'book a visit'))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { slug: string } }
    expect(await publishedBody(doc.slug)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Ready when you are: ' },
          { type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: [{ type: 'text', text: 'book a visit' }] },
        ],
      },
    ])
  })

  it('does not keep the address a link had before it was switched to a page', async () => {
    const response = await publishArticle(paragraphWithLink('Ready when you are: ', { linkType: 'page', page: 'locations', newTab: false, url: 'https://old-clinic.example/find-us' }, 'book a visit'))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number | string; slug: string } }
    const stored = await payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: true, depth: 0 })
    expect(JSON.stringify(stored.body)).not.toContain('old-clinic.example')
    expect(await publishedBody(doc.slug)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Ready when you are: ' },
          { type: 'link', target: { kind: 'page', page: 'locations' }, children: [{ type: 'text', text: 'book a visit' }] },
        ],
      },
    ])
  })

  it('refuses to publish a page link without a page', async () => {
    const response = await publishArticle(paragraphWithLink('Ready when you are: ', { linkType: 'page', newTab: false }, 'book a visit'))
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('The following fields are invalid: page')
  })

  it('still checks the URL of an ordinary link', async () => {
    const response = await publishArticle(paragraphWithLink('Ready when you are: ', { linkType: 'custom', url: 'not a url', newTab: false }, 'book a visit'))
    expect(response.status).toBe(400)
  })

  it('writes the seed’s page links in the shape the admin validates and the snapshot reads', async () => {
    const body = richTextToLexical(
      [{ type: 'paragraph', children: [{ type: 'text', text: 'See ' }, { type: 'link', target: { kind: 'page', page: 'locations' }, children: [{ type: 'text', text: 'our clinics' }] }] }],
      { media: () => 0, doc: () => null },
    )
    const response = await publishArticle(body)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { slug: string } }
    expect(await publishedBody(doc.slug)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'See ' }, { type: 'link', target: { kind: 'page', page: 'locations' }, children: [{ type: 'text', text: 'our clinics' }] }] },
    ])
  })
})
