import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Brand } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { type Person as PersonDoc, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Version history and restoring an earlier version, of articles (standing in for every content
 * collection) and of brands' settings. Payload asks `readVersions` access to list and open
 * versions, applied to the versions collection, and `update` access (with the status the restore
 * writes) to restore one, so the brand rules must hold for both, on every channel. A contributor
 * restoring a draft over the live document through the Local API, or restoring one as a draft
 * over REST, is covered by contributors.int.spec.ts.
 */

type Id = number | string
type Person = 'admin' | 'brandAdminA' | 'editorA' | 'contributorA' | 'editorB'
/** What a version of the articles below changes: the title and the lead paragraph. */
type Content = Pick<Article, 'title' | 'excerpt'>

const statusOf = (error: unknown) => (error as { status?: number }).status

describe.skipIf(skipDatabase)('versions and restore', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let brandA: Brand
  let brandB: Brand
  let people: Record<Person, PersonDoc>
  const auth = (who: Person) => apiKeyAuth(people[who])
  let restRequest: TestCmsWithApi['restRequest']
  let graphql: TestCmsWithApi['graphql']
  let counter = 0

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restRequest, graphql } = cms)
    ;({ brands: { a: brandA, b: brandB }, people } = await createBrandsAndPeople(payload, {
      domain: 'versions.example',
      brands: { a: 'Versions Brand A', b: 'Versions Brand B' },
      people: {
        admin: { role: 'admin', brands: [] },
        brandAdminA: { role: 'brand-admin', brands: ['a'] },
        editorA: { role: 'editor', brands: ['a'] },
        contributorA: { role: 'contributor', brands: ['a'] },
        editorB: { role: 'editor', brands: ['b'] },
      },
    }))
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const contentOf = (label: string, step: string): Content => ({ title: `Knee pain ${label} ${step}`, excerpt: `The ${step} lead of ${label}.` })

  /**
   * An article of brand A that its editor published, published again with changes and then
   * changed in a draft: three versions, newest last.
   */
  async function editedArticle() {
    const label = `article ${++counter}`
    const first = contentOf(label, 'first')
    const second = contentOf(label, 'second')
    const draft = contentOf(label, 'draft')
    const asEditor = { user: people.editorA, overrideAccess: false, depth: 0 } as const
    const { id } = await payload.create({ collection: 'articles', data: { ...minimalDocument('articles', first.title, [brandA.id]), ...first, _status: 'published' } as never, ...asEditor })
    await payload.update({ collection: 'articles', id, data: { ...second, _status: 'published' }, ...asEditor })
    await payload.update({ collection: 'articles', id, data: draft, draft: true, ...asEditor })
    const { docs } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, overrideAccess: true, depth: 0, pagination: false })
    const versionWith = (content: Content): Id => {
      const version = docs.find((doc) => doc.version.title === content.title)
      if (!version) throw new Error(`article ${String(id)} has no version titled "${content.title}"`)
      return version.id
    }
    return { id, content: { first, second, draft }, versions: { first: versionWith(first), second: versionWith(second), draft: versionWith(draft) } }
  }

  /** The live article, the newest draft and the number of versions, as the database has them. */
  async function stateOf(id: Id) {
    const read = async (draft: boolean) => {
      const doc = await payload.findByID({ collection: 'articles', id, draft, overrideAccess: true, depth: 0 })
      return { title: doc.title, excerpt: doc.excerpt, _status: doc._status }
    }
    const { totalDocs } = await payload.countVersions({ collection: 'articles', where: { parent: { equals: id } }, overrideAccess: true })
    return { live: await read(false), latest: await read(true), versions: totalDocs }
  }

  /** The versions of article `id` that `who` may list (Local API, overrideAccess: false), as id → [title, status]. */
  async function listedBy(who: Person, id: Id) {
    const { docs } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, user: people[who], overrideAccess: false, depth: 0, pagination: false })
    return Object.fromEntries(docs.map((doc) => [doc.id, [doc.version.title, doc.version._status]]))
  }

  /** Tries to restore `version` as `who` through the Local API, REST and GraphQL; answers the status each refusal carried. */
  async function refusedRestores(who: Person, version: Id) {
    const local = await payload.restoreVersion({ collection: 'articles', id: String(version), user: people[who], overrideAccess: false, depth: 0 }).catch((error: unknown) => error)
    const rest = await restRequest('POST', `/articles/versions/${version}`, { headers: auth(who) })
    const overGraphql = await graphql(`mutation { restoreVersionArticle(id: ${JSON.stringify(version)}) { id } }`, auth(who))
    return { local: statusOf(local), rest: rest.status, graphql: overGraphql.errors?.[0]?.extensions?.statusCode }
  }

  describe('an article of one brand', () => {
    it('lists its versions to an editor of its brand, through the Local API and REST', async () => {
      const { id, content, versions } = await editedArticle()
      const expected = {
        [versions.first]: [content.first.title, 'published'],
        [versions.second]: [content.second.title, 'published'],
        [versions.draft]: [content.draft.title, 'draft'],
      }
      expect(await listedBy('editorA', id)).toEqual(expected)
      const response = await restRequest('GET', `/articles/versions?where[parent][equals]=${id}&depth=0&limit=10`, { headers: auth('editorA') })
      expect(response.status).toBe(200)
      const listed = (await response.json()) as { docs: { id: Id; version: Content }[] }
      expect(Object.fromEntries(listed.docs.map((doc) => [doc.id, doc.version.title]))).toEqual({
        [versions.first]: content.first.title,
        [versions.second]: content.second.title,
        [versions.draft]: content.draft.title,
      })
      const opened = await payload.findVersionByID({ collection: 'articles', id: String(versions.first), user: people.editorA, overrideAccess: false, depth: 0 })
      expect(opened.version).toMatchObject(content.first)
    })

    it('hides them from an editor of another brand, who still lists their own brand\'s versions', async () => {
      const { id, versions } = await editedArticle()
      const theirs = await payload.create({ collection: 'articles', overrideAccess: true, data: { ...minimalDocument('articles', `Brand B article ${++counter}`, [brandB.id]), _status: 'published' } as never })
      expect(await listedBy('editorB', id)).toEqual({})
      const everything = await payload.findVersions({ collection: 'articles', user: people.editorB, overrideAccess: false, depth: 0, pagination: false })
      const parents = everything.docs.map((doc) => doc.parent)
      expect(parents).toContain(theirs.id)
      expect(parents).not.toContain(id)
      const opened = await payload.findVersionByID({ collection: 'articles', id: String(versions.first), user: people.editorB, overrideAccess: false, depth: 0 }).catch((error: unknown) => error)
      expect(statusOf(opened)).toBe(403)
      expect((await restRequest('GET', `/articles/versions/${versions.first}?depth=0`, { headers: auth('editorB') })).status).toBe(403)
    })

    it('refuses an editor of another brand a restore on every channel, changing nothing', async () => {
      const { id, versions } = await editedArticle()
      const before = await stateOf(id)
      expect(await refusedRestores('editorB', versions.first)).toEqual({ local: 403, rest: 403, graphql: 403 })
      expect(await stateOf(id)).toEqual(before)
    })

    it('refuses a contributor of its brand, who lists the versions, a restore over the live article by REST or GraphQL', async () => {
      const { id, versions } = await editedArticle()
      expect(Object.keys(await listedBy('contributorA', id)).sort()).toEqual(Object.values(versions).map(String).sort())
      const before = await stateOf(id)
      const rest = await restRequest('POST', `/articles/versions/${versions.first}`, { headers: auth('contributorA') })
      expect(rest.status).toBe(403)
      const overGraphql = await graphql(`mutation { restoreVersionArticle(id: ${JSON.stringify(versions.first)}) { id } }`, auth('contributorA'))
      expect(overGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect(await stateOf(id)).toEqual(before)
    })

    it('lets its editor restore an earlier version through the Local API: the article is that version again, live', async () => {
      const { id, content, versions } = await editedArticle()
      const restored = await payload.restoreVersion({ collection: 'articles', id: String(versions.first), user: people.editorA, overrideAccess: false, depth: 0 })
      expect(restored).toMatchObject({ id, ...content.first, _status: 'published' })
      const published = { ...content.first, _status: 'published' }
      expect(await stateOf(id)).toEqual({ live: published, latest: published, versions: 4 })
      // The restore is itself a new version, the newest.
      const { docs } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, overrideAccess: true, depth: 0 })
      expect(docs[0]?.version).toMatchObject(content.first)
      expect(Object.values(versions)).not.toContain(docs[0]?.id)
    })

    it('lets its editor restore an earlier version over REST, live or (with ?draft=true) as the draft only', async () => {
      const { id, content, versions } = await editedArticle()
      const restored = await restRequest('POST', `/articles/versions/${versions.first}?depth=0`, { headers: auth('editorA') })
      expect(restored.status).toBe(200)
      expect(((await restored.json()) as Content).title).toBe(content.first.title)
      const published = { ...content.first, _status: 'published' }
      expect(await stateOf(id)).toEqual({ live: published, latest: published, versions: 4 })

      const asDraft = await restRequest('POST', `/articles/versions/${versions.draft}?draft=true&depth=0`, { headers: auth('editorA') })
      expect(asDraft.status).toBe(200)
      expect(await stateOf(id)).toEqual({ live: published, latest: { ...content.draft, _status: 'draft' }, versions: 5 })
    })

    it('refuses its editor a restore that would share the article with another brand again', async () => {
      // A network admin shared the article with brand B, then gave it to brand A alone.
      const { id } = await payload.create({ collection: 'articles', overrideAccess: true, data: { ...minimalDocument('articles', `Once shared ${++counter}`, [brandA.id, brandB.id]), _status: 'published' } as never })
      await payload.update({ collection: 'articles', id, overrideAccess: true, data: { brands: [brandA.id], _status: 'published' } })
      const { docs } = await payload.findVersions({ collection: 'articles', where: { and: [{ parent: { equals: id } }, { 'version.brands': { equals: brandB.id } }] }, overrideAccess: true, depth: 0 })
      const sharedVersion = docs[0]
      if (!sharedVersion || docs.length !== 1) throw new Error(`article ${String(id)} does not have exactly one version shared with brand B`)
      const before = await stateOf(id)

      const local = await payload.restoreVersion({ collection: 'articles', id: String(sharedVersion.id), user: people.editorA, overrideAccess: false, depth: 0 }).catch((error: unknown) => error)
      expect(statusOf(local)).toBe(400)
      expect((local as Error).message).toMatch(/brands/)
      expect((await restRequest('POST', `/articles/versions/${sharedVersion.id}?draft=true`, { headers: auth('editorA') })).status).toBe(400)
      expect(await stateOf(id)).toEqual(before)
      const { brands } = await payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true, depth: 0 })
      expect(brands).toEqual([brandA.id])
    })
  })

  describe('a brand\'s settings', () => {
    it('lists the versions of a brand to its staff, and no other brand\'s', async () => {
      await payload.update({ collection: 'brands', id: brandA.id, overrideAccess: true, data: { tagline: `Tagline ${++counter}` } })
      const { docs } = await payload.findVersions({ collection: 'brands', overrideAccess: true, depth: 0, pagination: false })
      const versionsOf = (brand: Brand) => docs.filter((doc) => doc.parent === brand.id).map((doc) => String(doc.id)).sort()
      expect(versionsOf(brandA)).toHaveLength(2)
      for (const [who, brand] of [['editorA', brandA], ['editorB', brandB]] as const) {
        const listed = await payload.findVersions({ collection: 'brands', user: people[who], overrideAccess: false, depth: 0, pagination: false })
        expect(listed.docs.map((doc) => String(doc.id)).sort(), who).toEqual(versionsOf(brand))
      }
    })
  })

  describe('an article shared by both brands', () => {
    /** Published by a network admin for both brands, then published again with changes. */
    async function sharedArticle() {
      const label = `shared ${++counter}`
      const first = contentOf(label, 'first')
      const second = contentOf(label, 'second')
      const { id } = await payload.create({ collection: 'articles', overrideAccess: true, data: { ...minimalDocument('articles', first.title, [brandA.id, brandB.id]), ...first, _status: 'published' } as never })
      await payload.update({ collection: 'articles', id, overrideAccess: true, data: { ...second, _status: 'published' } })
      const { docs } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, overrideAccess: true, depth: 0, pagination: false })
      const firstVersion = docs.find((doc) => doc.version.title === first.title)
      if (!firstVersion || docs.length !== 2) throw new Error(`shared article ${String(id)} does not have its two versions`)
      return { id, first, firstVersion: firstVersion.id, versionIds: docs.map((doc) => String(doc.id)).sort() }
    }

    it('lists its versions to the editors of both brands', async () => {
      const { id, versionIds } = await sharedArticle()
      for (const who of ['editorA', 'editorB'] as const) {
        expect(Object.keys(await listedBy(who, id)).sort(), who).toEqual(versionIds)
      }
    })

    it('lets only a network admin restore one: both brands\' editors and a brand admin are refused on every channel', async () => {
      const { id, first, firstVersion } = await sharedArticle()
      const before = await stateOf(id)
      for (const who of ['editorA', 'editorB', 'brandAdminA'] as const) {
        expect(await refusedRestores(who, firstVersion), who).toEqual({ local: 403, rest: 403, graphql: 403 })
      }
      expect(await stateOf(id)).toEqual(before)

      const restored = await payload.restoreVersion({ collection: 'articles', id: String(firstVersion), user: people.admin, overrideAccess: false, depth: 0 })
      expect(restored).toMatchObject({ id, ...first })
      const published = { ...first, _status: 'published' }
      expect(await stateOf(id)).toEqual({ live: published, latest: published, versions: 3 })
    })
  })
})
