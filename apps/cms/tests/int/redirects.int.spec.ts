import { parseBrandSnapshot } from '@clinic/schema'
import { type Payload, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/roles'
import type { Article, Brand, Redirect } from '../../src/payload-types'
import { saveRedirect } from '../../src/redirects/saveRedirect'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type Person, apiKeyAuth, createBrandsAndPeople, everyRole } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Old addresses keep working: redirects belong to one brand (read by its staff, changed by its
 * publishers, never by contributors, the public or another brand's staff), are checked so the
 * site can publish them, follow a published page whose slug changes, and reach the snapshot.
 */

type Id = number | string
type Who = Role | 'anonymous'
type Data = Record<string, unknown>

const serverUrl = 'http://cms.test'
const statusOf = (error: unknown) => (error as { status?: number }).status ?? 500
const messagesOf = (error: unknown) => JSON.stringify({ message: (error as Error).message, data: (error as { data?: unknown }).data })

describe.skipIf(skipDatabase)('redirects', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let own: Brand
  let other: Brand
  let users: Record<Role, Person>
  let restRequest: TestCmsWithApi['restRequest']
  let graphql: TestCmsWithApi['graphql']
  let counter = 0

  const article = async (title: string, brands: Id[], status: 'draft' | 'published' = 'published') =>
    (await payload.create({ collection: 'articles', overrideAccess: true, draft: status === 'draft', data: { ...minimalDocument('articles', title, brands), _status: status } as never })) as Article
  const custom = (url: string) => ({ type: 'custom', url })
  const toArticle = (id: Id) => ({ type: 'reference', reference: { relationTo: 'articles', value: id } })
  const adminRedirect = async (data: Data) => (await payload.create({ collection: 'redirects', overrideAccess: true, data: data as never })) as Redirect
  const redirectsOf = async (brand: Id) =>
    (await payload.find({ collection: 'redirects', where: { brand: { equals: brand } }, overrideAccess: true, depth: 0, pagination: false, sort: 'from' })).docs
  const refusal = (run: () => Promise<unknown>) => run().then(() => 'saved', (error: unknown) => ({ status: statusOf(error), said: messagesOf(error) }))
  const headers = (who: Who): Record<string, string> => (who === 'anonymous' ? {} : apiKeyAuth(users[who]))

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restRequest, graphql } = cms)
    ;({ brands: { own, other }, people: users } = await createBrandsAndPeople(payload, {
      domain: 'redirects.example',
      brands: { own: 'Redirect Own', other: 'Redirect Other' },
      people: everyRole('own'),
    }))
  })
  afterAll(async () => {
    await cms?.stop()
  })

  describe('brand scoping', () => {
    const WHO: Who[] = ['admin', 'brand-admin', 'editor', 'contributor', 'clinical-reviewer', 'anonymous']
    /** Written from the role descriptions: publishers change their brand's redirects, contributors and clinical reviewers only read them (a redirect has no draft). */
    const MAY: Record<Who, Record<'read' | 'create' | 'update' | 'delete', ('own' | 'other')[]>> = {
      admin: { read: ['own', 'other'], create: ['own', 'other'], update: ['own', 'other'], delete: ['own', 'other'] },
      'brand-admin': { read: ['own'], create: ['own'], update: ['own'], delete: ['own'] },
      editor: { read: ['own'], create: ['own'], update: ['own'], delete: ['own'] },
      contributor: { read: ['own'], create: [], update: [], delete: [] },
      'clinical-reviewer': { read: ['own'], create: [], update: [], delete: [] },
      anonymous: { read: [], create: [], update: [], delete: [] },
    }

    for (const who of WHO) {
      for (const scope of ['own', 'other'] as const) {
        it(`${who} × a redirect of the ${scope} brand, through the Local API, REST and GraphQL`, async () => {
          const brand = scope === 'own' ? own : other
          const user = who === 'anonymous' ? {} : { user: users[who] }
          const fixture = await adminRedirect({ from: `/scope/${who}-${scope}-${++counter}/`, to: custom('/faq/'), brand: brand.id })
          const stillThere = async (id: Id) => (await payload.find({ collection: 'redirects', where: { id: { equals: id } }, overrideAccess: true })).docs.length === 1

          // Read
          const local = await payload.findByID({ collection: 'redirects', id: fixture.id, overrideAccess: false, ...user }).then(() => true, () => false)
          const rest = (await restRequest('GET', `/redirects/${fixture.id}`, { headers: headers(who) })).status === 200
          const listed = await graphql(`{ Redirects(where: { id: { equals: ${JSON.stringify(fixture.id)} } }) { docs { id } } }`, headers(who))
          const viaGraphql = ((listed.data?.Redirects as { docs?: unknown[] } | null | undefined)?.docs ?? []).length === 1
          expect({ local, rest, graphql: viaGraphql }).toEqual(Object.fromEntries(['local', 'rest', 'graphql'].map((channel) => [channel, MAY[who].read.includes(scope)])))

          // Create
          const may = (op: 'create' | 'update' | 'delete') => MAY[who][op].includes(scope)
          const fromOf = (channel: string) => `/created/${who}-${scope}-${channel}-${++counter}/`
          const createdFrom = { local: fromOf('local'), rest: fromOf('rest'), graphql: fromOf('graphql') }
          await payload.create({ collection: 'redirects', overrideAccess: false, ...user, data: { from: createdFrom.local, to: custom('/faq/'), brand: brand.id } as never }).catch(() => null)
          await restRequest('POST', '/redirects', { headers: headers(who), body: { from: createdFrom.rest, to: custom('/faq/'), brand: brand.id } })
          await graphql(`mutation { createRedirect(data: { from: ${JSON.stringify(createdFrom.graphql)}, to: { type: "custom", url: "/faq/" }, brand: ${JSON.stringify(brand.id)} }) { id } }`, headers(who))
          for (const [channel, from] of Object.entries(createdFrom)) {
            const made = (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, overrideAccess: true })).docs.length === 1
            expect(made, `${who} creates in the ${scope} brand via ${channel}`).toBe(may('create'))
          }

          // Update
          for (const channel of ['local', 'rest', 'graphql'] as const) {
            const url = `/locations/${channel}-${++counter}/`
            if (channel === 'local') await payload.update({ collection: 'redirects', id: fixture.id, overrideAccess: false, ...user, data: { to: custom(url) } as never }).catch(() => null)
            if (channel === 'rest') await restRequest('PATCH', `/redirects/${fixture.id}`, { headers: headers(who), body: { to: custom(url) } })
            if (channel === 'graphql') await graphql(`mutation { updateRedirect(id: ${JSON.stringify(fixture.id)}, data: { to: { type: "custom", url: "${url}" } }) { id } }`, headers(who))
            const stored = await payload.findByID({ collection: 'redirects', id: fixture.id, overrideAccess: true })
            expect(stored.to?.url === url, `${who} updates in the ${scope} brand via ${channel}`).toBe(may('update'))
          }

          // Delete
          for (const channel of ['local', 'rest', 'graphql'] as const) {
            const doomed = await adminRedirect({ from: `/doomed/${who}-${scope}-${channel}-${++counter}/`, to: custom('/faq/'), brand: brand.id })
            if (channel === 'local') await payload.delete({ collection: 'redirects', id: doomed.id, overrideAccess: false, ...user }).catch(() => null)
            if (channel === 'rest') await restRequest('DELETE', `/redirects/${doomed.id}`, { headers: headers(who) })
            if (channel === 'graphql') await graphql(`mutation { deleteRedirect(id: ${JSON.stringify(doomed.id)}) { id } }`, headers(who))
            expect(!(await stillThere(doomed.id)), `${who} deletes in the ${scope} brand via ${channel}`).toBe(may('delete'))
          }
        })
      }
    }

    it('lets no one move a redirect into a brand they do not work for', async () => {
      const mine = await adminRedirect({ from: `/move/${++counter}/`, to: custom('/faq/'), brand: own.id })
      const outcome = await refusal(() => payload.update({ collection: 'redirects', id: mine.id, overrideAccess: false, user: users.editor, data: { brand: other.id } as never }))
      expect(outcome).toMatchObject({ status: 400 })
      expect(JSON.stringify(outcome)).toMatch(/only assign brands you belong to/)
      expect((await payload.findByID({ collection: 'redirects', id: mine.id, overrideAccess: true, depth: 0 })).brand).toBe(own.id)
    })
  })

  describe('what a redirect may be', () => {
    it('keeps only the path of an old address, with a slash at the end', async () => {
      const saved = await payload.create({
        collection: 'redirects',
        overrideAccess: false,
        user: users.editor,
        data: { from: 'https://www.old-clinic.example/blog/Knee Pain?utm_source=news#top', to: custom('https://www.redirect-own.example/faq#cost'), brand: own.id } as never,
      })
      expect(saved.from).toBe('/blog/Knee%20Pain/')
      // An address on the brand's own domain is a path of its site.
      expect(saved.to?.url).toBe('/faq/#cost')
    })

    it('refuses the page of a published document of the brand, but not a draft\'s or another brand\'s', async () => {
      const live = await article(`Live knee guide ${++counter}`, [own.id])
      const draft = await article(`Unfinished hip guide ${counter}`, [own.id], 'draft')
      const elsewhere = await article(`Other brand shoulder guide ${counter}`, [other.id])
      const refused = await refusal(() =>
        payload.create({ collection: 'redirects', overrideAccess: false, user: users.editor, data: { from: `/articles/${live.slug}/`, to: custom('/faq/'), brand: own.id } as never }),
      )
      expect(refused).toMatchObject({ status: 400 })
      expect(JSON.stringify(refused)).toContain('is the live page of')
      expect(JSON.stringify(refused)).toContain(live.title)
      for (const slug of [draft.slug, elsewhere.slug]) {
        await expect(payload.create({ collection: 'redirects', overrideAccess: false, user: users.editor, data: { from: `/articles/${slug}/`, to: custom('/faq/'), brand: own.id } as never })).resolves.toMatchObject({ from: `/articles/${slug}/` })
      }
    })

    it.each(['/', '/faq/', '/articles/page/2/', '/request-appointment/thank-you/', '/sitemap.xml'])('refuses %s, a page every site has', async (from) => {
      const outcome = await refusal(() => payload.create({ collection: 'redirects', overrideAccess: true, data: { from, to: custom('/locations/'), brand: own.id } as never }))
      expect(outcome).toMatchObject({ status: 400 })
      expect(JSON.stringify(outcome)).toContain('one of the pages every brand site has')
    })

    it('redirects an old path once per brand; another brand may redirect the same path', async () => {
      const from = `/blog/twice-${++counter}/`
      await adminRedirect({ from, to: custom('/faq/'), brand: own.id })
      const outcome = await refusal(() => payload.create({ collection: 'redirects', overrideAccess: false, user: users.editor, data: { from, to: custom('/locations/'), brand: own.id } as never }))
      expect(outcome).toMatchObject({ status: 400 })
      expect(JSON.stringify(outcome)).toContain('is already redirected for this brand')
      await expect(adminRedirect({ from, to: custom('/faq/'), brand: other.id })).resolves.toMatchObject({ from })
    })

    it('leads only to a page of its own brand', async () => {
      const theirs = await article(`Other brand ankle guide ${++counter}`, [other.id])
      for (const user of [users.editor, users.admin]) {
        const outcome = await refusal(() =>
          payload.create({ collection: 'redirects', overrideAccess: false, user, data: { from: `/blog/ankle-${++counter}/`, to: toArticle(theirs.id), brand: own.id } as never }),
        )
        expect(outcome, user.role).toMatchObject({ status: 400 })
      }
      const shared = await article(`Shared ankle guide ${counter}`, [own.id, other.id])
      await expect(adminRedirect({ from: `/blog/ankle-shared-${counter}/`, to: toArticle(shared.id), brand: own.id })).resolves.toMatchObject({ origin: 'manual' })
    })

    it('refuses loops and chains', async () => {
      const n = ++counter
      const loop = await refusal(() => adminRedirect({ from: `/blog/loop-${n}/`, to: custom(`/blog/loop-${n}/?again=1`), brand: own.id }))
      expect(JSON.stringify(loop)).toContain('would lead to itself')

      await adminRedirect({ from: `/blog/a-${n}/`, to: custom(`/blog/b-${n}/`), brand: own.id })
      // B → A would close the loop A → B → A.
      const backwards = await refusal(() => adminRedirect({ from: `/blog/b-${n}/`, to: custom(`/blog/a-${n}/`), brand: own.id }))
      expect(backwards).toMatchObject({ status: 400 })
      expect(JSON.stringify(backwards)).toContain(`/blog/a-${n}/ is itself redirected`)
      // Any redirect from B, even to a page, would make A a chain A → B → page.
      const page = await article(`Chain end ${n}`, [own.id])
      const fromB = await refusal(() => adminRedirect({ from: `/blog/b-${n}/`, to: toArticle(page.id), brand: own.id }))
      expect(JSON.stringify(fromB)).toContain(`Redirect /blog/a-${n}/ already leads to /blog/b-${n}/`)
      // C → A would be a chain C → A → B.
      const chain = await refusal(() => adminRedirect({ from: `/blog/c-${n}/`, to: custom(`/blog/a-${n}/`), brand: own.id }))
      expect(JSON.stringify(chain)).toContain(`/blog/a-${n}/ is itself redirected`)
      // The same paths in another brand are another site.
      await expect(adminRedirect({ from: `/blog/c-${n}/`, to: custom(`/blog/a-${n}/`), brand: other.id })).resolves.toMatchObject({ from: `/blog/c-${n}/` })
    })

    it('refuses addresses that are not site paths or http(s) URLs', async () => {
      for (const url of ['javascript:alert(1)', 'faq/', '//elsewhere.example/']) {
        const outcome = await refusal(() => adminRedirect({ from: `/blog/bad-${++counter}/`, to: custom(url), brand: own.id }))
        expect(outcome, url).toMatchObject({ status: 400 })
      }
      const pattern = await refusal(() => adminRedirect({ from: '/blog/*', to: custom('/faq/'), brand: own.id }))
      expect(JSON.stringify(pattern)).toContain('read as patterns')
    })
  })

  describe('a published page whose slug changes', () => {
    it('gets a redirect from its old address, for each brand that shows it', async () => {
      const shared = await article(`Running knee pain ${++counter}`, [own.id, other.id])
      const oldPath = `/articles/${shared.slug}/`
      await payload.update({ collection: 'articles', id: shared.id, overrideAccess: true, data: { slug: `knee-pain-for-runners-${counter}`, _status: 'published' } })
      const made = (await payload.find({ collection: 'redirects', where: { from: { equals: oldPath } }, overrideAccess: true, depth: 0, sort: 'brand' })).docs
      expect(made.map((doc) => [doc.brand, doc.origin, doc.to?.type, (doc.to?.reference?.value as Id | undefined) ?? null])).toEqual([
        [own.id, 'slug-change', 'reference', shared.id],
        [other.id, 'slug-change', 'reference', shared.id],
      ])
    })

    it('waits for a draft with a new slug to be published, and is made by an editor\'s publish too', async () => {
      const doc = await article(`Desk neck pain ${++counter}`, [own.id])
      await payload.update({ collection: 'articles', id: doc.id, draft: true, overrideAccess: false, user: users.editor, data: { slug: `neck-pain-at-the-desk-${counter}` } })
      expect(await payload.find({ collection: 'redirects', where: { from: { equals: `/articles/${doc.slug}/` } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
      await payload.update({ collection: 'articles', id: doc.id, overrideAccess: false, user: users.editor, data: { _status: 'published' } })
      const made = await payload.find({ collection: 'redirects', where: { from: { equals: `/articles/${doc.slug}/` } }, overrideAccess: true, depth: 0 })
      expect(made.docs.map((redirect) => [redirect.brand, redirect.to?.reference?.value])).toEqual([[own.id, doc.id]])
    })

    it('gets no redirect while it is a draft, or when a draft that was never published is renamed', async () => {
      const doc = await article(`Draft only ${++counter}`, [own.id], 'draft')
      await payload.update({ collection: 'articles', id: doc.id, overrideAccess: true, data: { slug: `published-later-${counter}`, _status: 'published' } })
      expect(await payload.find({ collection: 'redirects', where: { from: { equals: `/articles/${doc.slug}/` } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    })

    it('takes back its old address when renamed back, and frees an address a new page is published at', async () => {
      const doc = await article(`Heel pain ${++counter}`, [own.id])
      const first = `/articles/${doc.slug}/`
      await payload.update({ collection: 'articles', id: doc.id, overrideAccess: true, data: { slug: `heel-pain-moved-${counter}`, _status: 'published' } })
      await payload.update({ collection: 'articles', id: doc.id, overrideAccess: true, data: { slug: doc.slug, _status: 'published' } })
      const froms = (await redirectsOf(own.id)).map((redirect) => redirect.from)
      expect(froms).not.toContain(first)
      expect(froms).toContain(`/articles/heel-pain-moved-${counter}/`)

      // A redirect from a path that a newly published page takes goes away.
      const taken = await adminRedirect({ from: `/articles/new-topic-${counter}/`, to: custom('/faq/'), brand: own.id })
      await article(`New topic ${counter}`, [own.id])
      expect(await payload.find({ collection: 'redirects', where: { id: { equals: taken.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    })

    it('takes its redirects along when it is deleted', async () => {
      const doc = await article(`Short lived ${++counter}`, [own.id])
      const redirect = await adminRedirect({ from: `/blog/short-lived-${counter}/`, to: toArticle(doc.id), brand: own.id })
      await payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true })
      expect(await payload.find({ collection: 'redirects', where: { id: { equals: redirect.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    })
  })

  describe('team pages', () => {
    const provider = async (name: string, brand: Id, status: 'draft' | 'published' = 'published') =>
      payload.create({ collection: 'providers', overrideAccess: true, draft: status === 'draft', data: { name, brand, jobTitle: 'Physical therapist', _status: status } as never })
    const toProvider = (id: Id) => ({ type: 'reference', reference: { relationTo: 'providers', value: id } })

    it('moves a renamed provider\'s old /team/ address to the new one, in the brand snapshot too', async () => {
      const brand = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Redirect Team Rename') })
      const renamed = await provider('Ana Ruiz', brand.id)
      const oldPath = `/team/${renamed.slug}/`
      await payload.update({ collection: 'providers', id: renamed.id, overrideAccess: false, user: users.admin, data: { slug: 'ana-ruiz-dpt', _status: 'published' } })

      const made = await payload.find({ collection: 'redirects', where: { from: { equals: oldPath } }, overrideAccess: true, depth: 0 })
      expect(made.docs.map((doc) => [doc.brand, doc.origin, doc.to?.reference?.relationTo, doc.to?.reference?.value])).toEqual([[brand.id, 'slug-change', 'providers', renamed.id]])
      const snapshot = parseBrandSnapshot(JSON.parse(JSON.stringify(await buildBrandSnapshot(payload, brand.slug, { serverUrl }))), brand.slug)
      expect(snapshot.providers.map((doc) => doc.slug)).toEqual(['ana-ruiz-dpt'])
      expect(snapshot.redirects).toEqual([{ from: oldPath, to: '/team/ana-ruiz-dpt/' }])
    })

    it('leads to a provider of its own brand, never to another brand\'s', async () => {
      const ours = await provider(`Lena Varga ${++counter}`, own.id)
      const saved = await payload.create({ collection: 'redirects', overrideAccess: false, user: users.editor, data: { from: `/our-people/lena-${counter}/`, to: toProvider(ours.id), brand: own.id } as never })
      expect(saved.to?.reference).toMatchObject({ relationTo: 'providers' })

      const theirs = await provider(`Tomas Brandt ${counter}`, other.id)
      for (const user of [users.editor, users.admin]) {
        const outcome = await refusal(() =>
          payload.create({ collection: 'redirects', overrideAccess: false, user, data: { from: `/our-people/tomas-${++counter}/`, to: toProvider(theirs.id), brand: own.id } as never }),
        )
        expect(outcome, user.role).toMatchObject({ status: 400 })
        expect(JSON.stringify(outcome), user.role).toContain('is not one of its documents')
      }
    })

    it('lets a brand without providers redirect /team/, and takes /team/ back when its first provider is published', async () => {
      const brand = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Redirect Team Index') })
      const first = await provider('Idris Calloway', brand.id, 'draft')
      // The old site's team page: this brand's site has none while no provider is published.
      const oldTeam = await adminRedirect({ from: '/team/', to: custom('/locations/'), brand: brand.id })
      expect((await buildBrandSnapshot(payload, brand.slug, { serverUrl })).redirects).toEqual([{ from: '/team/', to: '/locations/' }])

      await payload.update({ collection: 'providers', id: first.id, overrideAccess: true, data: { _status: 'published' } })
      expect(await payload.find({ collection: 'redirects', where: { id: { equals: oldTeam.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
      const index = await refusal(() => adminRedirect({ from: '/team/', to: custom('/locations/'), brand: brand.id }))
      expect(index).toMatchObject({ status: 400 })
      expect(JSON.stringify(index)).toContain('/team/ is the page listing the brand\'s published providers')
      const profile = await refusal(() => adminRedirect({ from: `/team/${first.slug}/`, to: custom('/locations/'), brand: brand.id }))
      expect(profile).toMatchObject({ status: 400 })
      expect(JSON.stringify(profile)).toContain('is the live page of')
      expect(JSON.stringify(profile)).toContain('Idris Calloway')
      expect(JSON.stringify(profile)).toContain(`(providers ${String(first.id)})`)
    })
  })

  describe('the brand snapshot', () => {
    it('carries each redirect with the current path of its page, leaving out unpublished pages', async () => {
      const brand = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Redirect Snapshot') })
      const renamed = await article('Shin splints explained', [brand.id])
      // A custom redirect to the article's address, made before the article moved: the snapshot follows the chain it becomes.
      await adminRedirect({ from: '/blog/shins/', to: custom('/articles/shin-splints-explained/'), brand: brand.id })
      await payload.update({ collection: 'articles', id: renamed.id, overrideAccess: true, data: { slug: 'shin-splints', _status: 'published' } })
      const draft = await article('Plantar plans', [brand.id], 'draft')
      await adminRedirect({ from: '/blog/plantar/', to: toArticle(draft.id), brand: brand.id })
      await adminRedirect({ from: '/old-booking.html', to: custom('/request-appointment/'), brand: brand.id })
      // As a post import saves them: a full address of the old site.
      const req = await createLocalReq({}, payload)
      await saveRedirect(req, { brand: brand.id, from: 'https://old.example/team', to: { type: 'custom', url: 'https://careers.example/physio' }, origin: 'import' })

      const snapshot = parseBrandSnapshot(JSON.parse(JSON.stringify(await buildBrandSnapshot(payload, brand.slug, { serverUrl }))), brand.slug)
      expect(snapshot.redirects).toEqual([
        { from: '/articles/shin-splints-explained/', to: '/articles/shin-splints/' },
        { from: '/blog/shins/', to: '/articles/shin-splints/' },
        { from: '/old-booking.html', to: '/request-appointment/' },
        { from: '/team/', to: 'https://careers.example/physio' },
      ])

      // Once published, the page's redirect appears; nothing else of the snapshot changes.
      await payload.update({ collection: 'articles', id: draft.id, overrideAccess: true, data: { _status: 'published' } })
      const after = await buildBrandSnapshot(payload, brand.slug, { serverUrl })
      expect(after.redirects).toContainEqual({ from: '/blog/plantar/', to: `/articles/${draft.slug}/` })
    })

    it('goes with its brand when the brand is deleted', async () => {
      const brand = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Redirect Gone') })
      await adminRedirect({ from: '/blog/gone/', to: custom('/faq/'), brand: brand.id })
      await payload.delete({ collection: 'brands', id: brand.id, overrideAccess: true })
      expect(await payload.find({ collection: 'redirects', where: { from: { equals: '/blog/gone/' } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    })
  })
})
