import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Brand, User } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Slugs are unique per brand, so a save whose slug is taken is refused. The refusal must not tell
 * an editor about documents they may not read: neither that another brand has a document (even a
 * draft) with that slug, nor its id or title. Brands the editor does not belong to are refused
 * before any slug is looked up, and a clash is named only when the editor may open the document.
 */

type Id = number | string

const statusOf = (error: unknown) => (error as { status?: number }).status
/** Everything a refusal says, the field errors included. */
const messagesOf = (error: unknown) => JSON.stringify({ message: (error as Error).message, data: (error as { data?: unknown }).data })

describe.skipIf(skipDatabase)('slug clashes name only what the editor may read', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let brandA: Brand
  let brandB: Brand
  let editorA: User
  let auth: Record<string, string>
  let restRequest: TestCmsWithApi['restRequest']
  let counter = 0

  /** An article written by a network admin: published, or a draft only. */
  const adminArticle = async (title: string, brands: Id[], status: 'draft' | 'published') =>
    (await payload.create({ collection: 'articles', overrideAccess: true, draft: status === 'draft', data: { ...minimalDocument('articles', title, brands), _status: status } as never })) as Article

  /** What editor A is told when saving `data` as a new draft, through the Local API and REST. */
  async function refusalsOfCreate(data: Record<string, unknown>) {
    const local = await payload.create({ collection: 'articles', data: data as never, draft: true, user: editorA, overrideAccess: false }).catch((error: unknown) => error)
    const response = await restRequest('POST', '/articles?draft=true', { headers: auth, body: data })
    return { local: { status: statusOf(local), said: messagesOf(local) }, rest: { status: response.status, said: JSON.stringify(await response.json()) } }
  }

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restRequest } = cms)
    ;({ brands: { a: brandA, b: brandB }, people: { editorA } } = await createBrandsAndPeople(payload, {
      domain: 'slug-oracle.example',
      brands: { a: 'Slug Brand A', b: 'Slug Brand B' },
      people: { editorA: { role: 'editor', brands: ['a'] } },
    }))
    auth = apiKeyAuth(editorA)
  })
  afterAll(async () => {
    await cms?.stop()
  })

  for (const [label, brands] of [
    ['brand B', () => [brandB.id]],
    ['brands A and B (shared)', () => [brandA.id, brandB.id]],
  ] as const) {
    it(`refuses brand B before looking at slugs when an editor of brand A saves a draft for ${label}`, async () => {
      const secret = await adminArticle(`Unannounced B plan ${++counter}`, [brandB.id], 'draft')
      const data = { ...minimalDocument('articles', `Probe ${counter}`, brands()), slug: secret.slug }
      const { local, rest } = await refusalsOfCreate(data)
      for (const [channel, { status, said }] of Object.entries({ local, rest })) {
        expect(status, channel).toBe(400)
        expect(said, channel).toMatch(/only assign brands you belong to/)
        expect(said, channel).not.toMatch(/already used/)
        expect(said, channel).not.toContain(`id ${String(secret.id)}`)
        expect(said, channel).not.toContain(secret.title)
      }
    })
  }

  it('refuses brand B before looking at slugs when an editor of brand A moves their own article to it', async () => {
    const secret = await adminArticle(`Hidden B page ${++counter}`, [brandB.id], 'draft')
    const own = await adminArticle(`Own A page ${counter}`, [brandA.id], 'published')
    const local = await payload
      .update({ collection: 'articles', id: own.id, data: { brands: [brandB.id], slug: secret.slug }, draft: true, user: editorA, overrideAccess: false })
      .catch((error: unknown) => error)
    const response = await restRequest('PATCH', `/articles/${own.id}?draft=true`, { headers: auth, body: { brands: [brandB.id], slug: secret.slug } })
    const said = { local: messagesOf(local), rest: JSON.stringify(await response.json()) }
    expect([statusOf(local), response.status]).toEqual([400, 400])
    for (const [channel, text] of Object.entries(said)) {
      expect(text, channel).toMatch(/only assign brands you belong to/)
      expect(text, channel).not.toMatch(/already used/)
      expect(text, channel).not.toContain(`id ${String(secret.id)}`)
    }
  })

  it('names the clashing article, by title and id, when the editor may open it', async () => {
    const taken = await adminArticle(`Knee pain basics ${++counter}`, [brandA.id], 'draft')
    const { local, rest } = await refusalsOfCreate({ ...minimalDocument('articles', `Second knee page ${counter}`, [brandA.id]), slug: taken.slug })
    for (const [channel, { status, said }] of Object.entries({ local, rest })) {
      expect(status, channel).toBe(400)
      expect(said, channel).toContain(`already used by another Article of this brand: \\"${taken.title}\\" (id ${String(taken.id)})`)
    }
  })

  it('refuses a clash with an article the editor may not open without naming it', async () => {
    // Published for brand B; a network admin's draft (not yet published) moves it to brand A.
    // Its latest draft takes the slug in brand A, but editor A cannot open the article yet.
    const moving = await adminArticle(`Moving page ${++counter}`, [brandB.id], 'published')
    await payload.update({ collection: 'articles', id: moving.id, draft: true, overrideAccess: true, data: { brands: [brandA.id] } })
    const hidden = await payload.findByID({ collection: 'articles', id: moving.id, user: editorA, overrideAccess: false, disableErrors: true })
    expect(hidden).toBeNull()

    const { local, rest } = await refusalsOfCreate({ ...minimalDocument('articles', `Clashing page ${counter}`, [brandA.id]), slug: moving.slug })
    for (const [channel, { status, said }] of Object.entries({ local, rest })) {
      expect(status, channel).toBe(400)
      expect(said, channel).toMatch(/already used by another Article of this brand/)
      expect(said, channel).not.toContain(`id ${String(moving.id)}`)
      expect(said, channel).not.toContain(moving.title)
    }
  })

  it('still saves an article whose slug only another brand uses', async () => {
    const elsewhere = await adminArticle(`Shoulder care ${++counter}`, [brandB.id], 'published')
    const saved = await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', `Shoulder care for A ${counter}`, [brandA.id]), slug: elsewhere.slug } as never,
      draft: true,
      user: editorA,
      overrideAccess: false,
    })
    expect(saved.slug).toBe(elsewhere.slug)
  })
})
