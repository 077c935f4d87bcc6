import { type Payload, createLocalReq, docAccessOperation } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Brand, Faq, User } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Contributors write drafts; editors publish them. The isolation matrix covers publishing and
 * deleting; these are the other ways a save could reach the live document.
 */
describe.skipIf(skipDatabase)('contributors write drafts only', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let brand: Brand
  let editor: User
  let contributor: User
  let auth: Record<string, string>
  let restRequest: TestCmsWithApi['restRequest']
  let graphql: TestCmsWithApi['graphql']
  let counter = 0

  const statusOf = (error: unknown) => (error as { status?: number }).status
  const publishedArticle = async () =>
    (await payload.create({ collection: 'articles', overrideAccess: true, data: { ...minimalDocument('articles', `Live article ${++counter}`, [brand.id]), _status: 'published' } as never })) as Article
  const liveTitle = async (collection: 'articles' | 'faqs', id: number | string) => {
    const doc = (await payload.findByID({ collection, id, draft: false, overrideAccess: true, depth: 0 })) as Article | Faq
    return 'title' in doc ? doc.title : doc.question
  }

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restRequest, graphql } = cms)
    ;({ brands: { brand }, people: { editor, contributor } } = await createBrandsAndPeople(payload, {
      domain: 'drafting.example',
      brands: { brand: 'Drafting Brand' },
      people: { editor: { role: 'editor', brands: ['brand'], apiKey: false }, contributor: { role: 'contributor', brands: ['brand'] } },
    }))
    auth = apiKeyAuth(contributor)
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('offers "Publish" in the admin to editors but not to contributors, who may still save and not delete', async () => {
    const { id } = await publishedArticle()
    // The admin asks update access with `_status: 'published'` to decide whether to offer "Publish".
    const may = async (user: User, op: 'update' | 'delete', status: 'draft' | 'published') => {
      const permissions = await docAccessOperation({ id, collection: payload.collections.articles, data: { _status: status }, req: await createLocalReq({ user }, payload) })
      // Typed `true | undefined`, but docAccessOperation answers `{ permission, where }` for a document.
      const entry: unknown = permissions[op]
      return entry === true || (entry as { permission?: unknown } | undefined)?.permission === true
    }
    expect(await may(editor, 'update', 'published')).toBe(true)
    expect(await may(contributor, 'update', 'published')).toBe(false)
    expect(await may(contributor, 'update', 'draft')).toBe(true)
    expect(await may(contributor, 'delete', 'draft')).toBe(false)
  })

  it('refuses a contributor\'s save without draft: true on every channel, leaving the live article as it was', async () => {
    const { id, title } = await publishedArticle()
    const local = await payload.update({ collection: 'articles', id, data: { title: 'Live edit (local)' }, user: contributor, overrideAccess: false }).catch((error: unknown) => error)
    expect(statusOf(local)).toBe(403)
    expect((local as Error).message).toMatch(/only save drafts of articles/)
    expect((await restRequest('PATCH', `/articles/${id}`, { headers: auth, body: { title: 'Live edit (REST)' } })).status).toBe(403)
    const overGraphql = await graphql(`mutation { updateArticle(id: ${JSON.stringify(id)}, data: { title: "Live edit (GraphQL)" }) { id } }`, auth)
    expect(overGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await liveTitle('articles', id)).toBe(title)
  })

  it('keeps the published version while a contributor drafts, until an editor publishes the draft', async () => {
    const { id, title } = await publishedArticle()
    await payload.update({ collection: 'articles', id, draft: true, data: { title: 'A contributor\'s draft' }, user: contributor, overrideAccess: false })
    expect(await liveTitle('articles', id)).toBe(title)
    const latest = await payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true })
    expect(latest.title).toBe('A contributor\'s draft')
    const published = await payload.update({ collection: 'articles', id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    expect(published.title).toBe('A contributor\'s draft')
  })

  it('refuses a contributor\'s restore of a draft version over the live document', async () => {
    const faq = await payload.create({ collection: 'faqs', overrideAccess: true, data: { ...minimalDocument('faqs', 'Restored question', [brand.id]), _status: 'published' } as never })
    await payload.update({ collection: 'faqs', id: faq.id, draft: true, data: { question: 'Draft question' }, user: contributor, overrideAccess: false })
    const drafts = await payload.findVersions({ collection: 'faqs', where: { and: [{ parent: { equals: faq.id } }, { 'version._status': { equals: 'draft' } }] }, limit: 1, overrideAccess: true, depth: 0 })
    const draftVersion = drafts.docs[0]
    if (!draftVersion) throw new Error(`faq ${String(faq.id)} has no draft version`)
    // Restoring without draft: true would replace (and unpublish) the live document.
    const error = await payload.restoreVersion({ collection: 'faqs', id: draftVersion.id, user: contributor, overrideAccess: false }).catch((caught: unknown) => caught)
    expect(statusOf(error)).toBe(403)
    expect(await liveTitle('faqs', faq.id)).toBe('Restored question')
    // Restored as a draft it is just another draft. (Payload's Local API restoreVersion does not pass `draft` on; REST does.)
    expect((await restRequest('POST', `/faqs/versions/${draftVersion.id}?draft=true`, { headers: auth })).status).toBe(200)
    expect(await liveTitle('faqs', faq.id)).toBe('Restored question')
  })
})
