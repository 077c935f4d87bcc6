import type { Payload, Where } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, User } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Brand staff filter lists by brand (the admin's list filter, or `where[brands][in]=` over REST).
 * The filter and the read access rule both name the `brands` relationship; on SQL databases
 * Payload matches every condition on a has-many relationship against one joined brand row, so a
 * document shared by the user's brand and another one must still be found when filtering by
 * either of its brands, and a document of only another brand never.
 */

type Id = number | string
type Scope = 'own' | 'other' | 'shared'
type Listed = 'articles' | 'media'

describe.skipIf(skipDatabase)('filtering lists by brand', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let own: Brand
  let other: Brand
  let editor: User
  let auth: Record<string, string>
  let restGet: TestCmsWithApi['restGet']
  /** Ids of the fixtures, by collection and by whose they are; the media library has no brand. */
  const ids = {} as Record<Listed, Record<Scope, Id>> & { library: Id }

  const brandIds = (scope: Scope): Id[] => (scope === 'own' ? [own.id] : scope === 'other' ? [other.id] : [own.id, other.id])
  const nameOf = (collection: Listed, id: Id) => (Object.entries(ids[collection]).find(([, each]) => String(each) === String(id))?.[0] ?? (String(id) === String(ids.library) ? 'library' : `unknown ${String(id)}`))
  const names = (collection: Listed, docs: { id: Id }[]) => docs.map((doc) => nameOf(collection, doc.id)).sort()

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restGet } = cms)
    ;({ brands: { own, other }, people: { editor } } = await createBrandsAndPeople(payload, {
      domain: 'filter-own.example',
      brands: { own: 'Filter Own Brand', other: 'Filter Other Brand' },
      people: { editor: { role: 'editor', brands: ['own'] } },
    }))
    auth = apiKeyAuth(editor)
    const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0f5f5a' } }).png().toBuffer()
    const upload = async (name: string, brands: Id[] | null) =>
      (await payload.create({ collection: 'media', overrideAccess: true, data: { alt: `Image ${name}`, brands } as never, file: { data: image, mimetype: 'image/png', name: `${name}.png`, size: image.length } })).id
    ids.articles = {} as Record<Scope, Id>
    ids.media = {} as Record<Scope, Id>
    for (const scope of ['own', 'other', 'shared'] as const) {
      const data = { ...minimalDocument('articles', `Filtered ${scope} article`, brandIds(scope)), _status: 'published' }
      ids.articles[scope] = (await payload.create({ collection: 'articles', overrideAccess: true, data: data as never })).id
      ids.media[scope] = await upload(`filtered-${scope}`, brandIds(scope))
    }
    ids.library = await upload('filtered-library', null)
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** What the editor lists through REST with `query`, and through the Local API with `where`. */
  async function listed(collection: Listed, query: string, where: Where, draft = false) {
    const response = await restGet(`/${collection}?depth=0&limit=50${draft ? '&draft=true' : ''}&${query}`, auth)
    expect(response.status).toBe(200)
    const rest = (await response.json()) as { docs: { id: Id }[]; totalDocs: number }
    const local = await payload.find({ collection, where, draft, user: editor, overrideAccess: false, depth: 0, limit: 50 })
    return { rest: names(collection, rest.docs), local: names(collection, local.docs), counted: [rest.totalDocs, local.totalDocs] }
  }

  for (const collection of ['articles', 'media'] as const) {
    for (const draft of collection === 'articles' ? [false, true] : [false]) {
      const lists = `${collection}${draft ? ' (drafts, as the admin lists them)' : ''}`

      it(`lists the ${lists} of the editor's own brand, those shared with another brand included`, async () => {
        const found = await listed(collection, `where[brands][in]=${own.id}`, { brands: { in: [own.id] } }, draft)
        expect(found).toEqual({ rest: ['own', 'shared'], local: ['own', 'shared'], counted: [2, 2] })
      })

      it(`lists the ${lists} shared with another brand when filtering by that brand, and none of its own`, async () => {
        const found = await listed(collection, `where[brands][in]=${other.id}`, { brands: { in: [other.id] } }, draft)
        expect(found).toEqual({ rest: ['shared'], local: ['shared'], counted: [1, 1] })
      })

      it(`applies the admin list filter's shape to ${lists} (or / and / in)`, async () => {
        const found = await listed(collection, `where[or][0][and][0][brands][in][0]=${other.id}`, { or: [{ and: [{ brands: { in: [other.id] } }] }] }, draft)
        expect(found).toEqual({ rest: ['shared'], local: ['shared'], counted: [1, 1] })
      })
    }
  }

  it('still lists the network library to brand staff, unfiltered and as "no brand"', async () => {
    expect(await listed('media', '', {})).toEqual({ rest: ['library', 'own', 'shared'], local: ['library', 'own', 'shared'], counted: [3, 3] })
    expect(await listed('media', 'where[brands][exists]=false', { brands: { exists: false } })).toEqual({ rest: ['library'], local: ['library'], counted: [1, 1] })
  })

  it('never lists or opens another brand\'s documents, whatever the filter', async () => {
    for (const collection of ['articles', 'media'] as const) {
      const found = await listed(collection, `where[id][equals]=${ids[collection].other}`, { id: { equals: ids[collection].other } })
      expect(found, collection).toEqual({ rest: [], local: [], counted: [0, 0] })
      expect((await restGet(`/${collection}/${ids[collection].other}`, auth)).status, collection).toBe(404)
    }
  })
})
