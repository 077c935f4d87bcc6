import type { Payload } from 'payload'
import { Forbidden } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Article, Brand, Rebuild, User } from '../../src/payload-types'
import { inputOf } from '../../src/rebuild/job'
import { ELIAS } from '../../src/seed/data/authors'
import { COBBLESTONE, MESQUITE, WRENFIELD } from '../../src/seed/data/brands'
import { demoNetwork } from '../../src/seed/data'
import { seedNetwork } from '../../src/seed/seedNetwork'
import type { SeedBrand } from '../../src/seed/types'
import { type HookReceiver, callsBySlug, hookPath, startHookReceiver } from './helpers/hookReceiver'
import { createDemoBrandsWithHooks, withoutLogo } from './helpers/contentDocuments'
import { paragraphState } from './helpers/lexical'
import { rebuildJobs, rebuildsSettled, unfinishedRebuildJobs, until } from './helpers/rebuildQueue'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Publish → rebuild, end to end through the Local API: saves go through the real hooks, which
 * queue jobs in the `rebuilds` queue; the CMS's own jobs runner (every second here) runs them
 * with short test timings, and the build hooks are a local HTTP receiver.
 */
const RETRY_BASE_MS = 1000
const timings = {
  REBUILD_DEBOUNCE_MS: '1500',
  REBUILD_RETRY_BASE_MS: String(RETRY_BASE_MS),
  REBUILD_MAX_ATTEMPTS: '3',
  // Long enough for a held build hook call (a slow build) not to time out.
  REBUILD_TIMEOUT_MS: '10000',
  REBUILD_HEARTBEAT_MS: '500',
  JOBS_CRON: '* * * * * *',
  LOCAL_REBUILD: 'false',
}

const withoutSlug = <T extends object>(data: T) => data as T & { slug: string }

describe.skipIf(skipDatabase)('publish → rebuild', () => {
  let cms: TestCms
  let payload: Payload
  let receiver: HookReceiver
  let admin: User
  let cobblestoneEditor: User
  const brands: Record<string, Brand> = {}
  const id = (slug: string) => (brands[slug] as Brand).id

  beforeAll(async () => {
    receiver = await startHookReceiver()
    cms = await startPayload(timings, { cron: true })
    payload = cms.payload
    Object.assign(brands, await createDemoBrandsWithHooks(payload, demoNetwork.brands, (slug) => `${receiver.url}${hookPath(slug)}`))
    admin = await payload.create({ collection: 'users', data: { email: 'net-admin@rebuild.example', password: 'net-admin-pw', name: 'Admin', role: 'admin' }, overrideAccess: true })
    cobblestoneEditor = await payload.create({
      collection: 'users',
      data: { email: 'editor@rebuild.example', password: 'editor-pw-123', name: 'Editor', role: 'editor', brands: [id(COBBLESTONE)] },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    if (payload) await rebuildsSettled(payload)
    await cms?.stop()
    await receiver?.close()
  })

  /** Lets every queued rebuild (and its retries) finish, then returns the hook calls per brand slug. */
  async function settled(): Promise<Record<string, number>> {
    await rebuildsSettled(payload)
    return callsBySlug(receiver.requests)
  }

  const rebuildsOf = async (slug: string) =>
    (await payload.find({ collection: 'rebuilds', where: { brand: { equals: id(slug) } }, sort: '-createdAt', depth: 0, overrideAccess: true, pagination: false })).docs

  const article = (title: string, brandSlugs: string[], status: 'published' | 'draft' = 'published') =>
    withoutSlug({ title, excerpt: 'A short lead.', body: paragraphState('Body text.'), brands: brandSlugs.map(id) as number[], _status: status })

  const publishArticle = async (title: string, brandSlugs: string[], quietly = true): Promise<Article> =>
    payload.create({ collection: 'articles', data: article(title, brandSlugs), overrideAccess: true, context: quietly ? { disableRebuild: true } : {} })

  describe('the seed', () => {
    it('creates the whole demo network without rebuilding any site', async () => {
      const result = await seedNetwork(payload, demoNetwork, { admin: { email: 'rebuild-admin@demo-network.example', password: 'rebuild-admin-pw' } })
      expect(result.existing.brands).toBe(3)
      expect(result.created.articles).toBeGreaterThan(10)
      expect(await rebuildJobs(payload)).toEqual([])
      expect(receiver.requests).toEqual([])
      expect((await payload.count({ collection: 'rebuilds', overrideAccess: true })).totalDocs).toBe(0)
    })
  })

  describe('which brands are rebuilt', () => {
    beforeEach(async () => {
      await rebuildsSettled(payload)
      receiver.clear()
    })

    it('queues one job for a burst of saves, moves its start with each save, and rebuilds the brand once', async () => {
      const doc = await publishArticle('Five saves in a row', [MESQUITE], false)
      const [first] = await unfinishedRebuildJobs(payload, id(MESQUITE))
      for (let save = 2; save <= 5; save += 1) {
        await payload.update({ collection: 'articles', id: doc.id, data: { title: `Five saves in a row (${save})` }, overrideAccess: true })
      }
      // One waiting job holds the whole burst; each save moved its start (the quiet period).
      const [waiting, ...more] = await unfinishedRebuildJobs(payload, id(MESQUITE))
      expect(more).toEqual([])
      expect(waiting?.id).toBe(first?.id)
      expect(Date.parse(waiting?.waitUntil ?? '')).toBeGreaterThan(Date.parse(first?.waitUntil ?? ''))
      expect(inputOf(waiting as NonNullable<typeof waiting>).changes).toEqual([
        { collection: 'articles', id: String(doc.id), title: 'Five saves in a row (5)', action: 'published' },
      ])
      const [pending] = await rebuildsOf(MESQUITE)
      expect(pending).toMatchObject({ status: 'pending', attempts: 0, job: String(waiting?.id), reason: `articles ${doc.id} "Five saves in a row (5)" published` })

      expect(await settled()).toEqual({ [MESQUITE]: 1 })
      const call = receiver.requests[0]
      expect(call?.method).toBe('POST')
      expect(call?.contentType).toBe('application/json')
      // Not before the end of the quiet period that the last save set.
      expect(call?.at).toBeGreaterThanOrEqual(Date.parse(waiting?.waitUntil ?? ''))
      expect(call?.body).toEqual({ brand: MESQUITE, reason: `articles ${doc.id} "Five saves in a row (5)" published`, requestedAt: expect.any(String) })

      const [rebuild, ...others] = await rebuildsOf(MESQUITE)
      expect(others.filter((entry) => entry.job === String(waiting?.id))).toEqual([])
      expect(rebuild).toMatchObject({ status: 'succeeded', via: 'buildHook', attempts: 1, responseStatus: 200, reason: `articles ${doc.id} "Five saves in a row (5)" published` })
      expect(rebuild?.lastError ?? null).toBeNull()
      expect(rebuild?.title).toMatch(/^Mesquite Ridge Physical Therapy · \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/)
      const times = [rebuild?.requestedAt, rebuild?.startedAt, rebuild?.finishedAt].map((value) => Date.parse(value ?? ''))
      expect(times.every(Number.isFinite)).toBe(true)
      expect([...times].sort((a, b) => a - b)).toEqual(times)
      expect((call?.body as { requestedAt: string }).requestedAt).toBe(rebuild?.requestedAt)
    })

    it('queues exactly one follow-up for changes made while the brand is being rebuilt', async () => {
      receiver.hold(hookPath(WRENFIELD))
      const doc = await publishArticle('Rebuilt while edited', [WRENFIELD], false)
      await until('the build hook call', async () => receiver.heldCount, (held) => held === 1)
      for (const excerpt of ['During the build.', 'Still during the build.', 'Once more.']) {
        await payload.update({ collection: 'articles', id: doc.id, data: { excerpt }, overrideAccess: true })
      }
      const jobs = await unfinishedRebuildJobs(payload, id(WRENFIELD))
      expect(jobs.map((job) => job.processing)).toEqual([true, false])
      expect((await rebuildsOf(WRENFIELD)).slice(0, 2).map((record) => record.status)).toEqual(['pending', 'running'])

      receiver.release()
      expect(await settled()).toEqual({ [WRENFIELD]: 2 })
      const [followUp, running] = await rebuildsOf(WRENFIELD)
      expect(running).toMatchObject({ status: 'succeeded', attempts: 1, reason: `articles ${doc.id} "Rebuilt while edited" published` })
      expect(followUp).toMatchObject({ status: 'succeeded', attempts: 1, reason: `articles ${doc.id} "Rebuilt while edited" updated` })
    })

    it('rebuilds for an editor publishing with access control, as the admin does', async () => {
      const doc = await publishArticle('Written by the brand', [COBBLESTONE])
      await payload.update({ collection: 'articles', id: doc.id, data: { excerpt: 'Edited by its editor.' }, user: cobblestoneEditor, overrideAccess: false })
      expect(await settled()).toEqual({ [COBBLESTONE]: 1 })
    })

    it('calls only the hook of the brand whose article changed', async () => {
      const doc = await publishArticle('Only Wrenfield', [WRENFIELD])
      await payload.update({ collection: 'articles', id: doc.id, data: { excerpt: 'A new lead.' }, overrideAccess: true })
      expect(await settled()).toEqual({ [WRENFIELD]: 1 })
    })

    it('rebuilds every brand of a shared document', async () => {
      await payload.create({
        collection: 'faqs',
        data: withoutSlug({ question: 'Do I need a referral?', answer: paragraphState('No.'), topic: 'Getting started', brands: [id(MESQUITE), id(COBBLESTONE)] as number[], _status: 'published' }),
        overrideAccess: true,
      })
      expect(await settled()).toEqual({ [MESQUITE]: 1, [COBBLESTONE]: 1 })
    })

    it('rebuilds the old and the new brand when a document moves', async () => {
      const doc = await publishArticle('Moving house', [MESQUITE])
      await payload.update({ collection: 'articles', id: doc.id, data: { brands: [id(WRENFIELD)] as number[] }, overrideAccess: true })
      expect(await settled()).toEqual({ [MESQUITE]: 1, [WRENFIELD]: 1 })
      expect((await rebuildsOf(MESQUITE))[0]?.reason).toBe(`articles ${doc.id} "Moving house" unpublished`)
      expect((await rebuildsOf(WRENFIELD))[0]?.reason).toBe(`articles ${doc.id} "Moving house" published`)
    })

    it('rebuilds when a published document is unpublished', async () => {
      const doc = await publishArticle('Soon withdrawn', [COBBLESTONE])
      await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'draft' }, overrideAccess: true })
      expect(await settled()).toEqual({ [COBBLESTONE]: 1 })
      expect((await rebuildsOf(COBBLESTONE))[0]?.reason).toBe(`articles ${doc.id} "Soon withdrawn" unpublished`)
      const live = await payload.findByID({ collection: 'articles', id: doc.id, draft: false, overrideAccess: true })
      expect(live._status).toBe('draft')
    })

    it('rebuilds when a published document is deleted, not when a draft is', async () => {
      const published = await publishArticle('Deleted while live', [MESQUITE])
      await payload.delete({ collection: 'articles', id: published.id, overrideAccess: true })
      expect(await settled()).toEqual({ [MESQUITE]: 1 })
      expect((await rebuildsOf(MESQUITE))[0]?.reason).toBe(`articles ${published.id} "Deleted while live" deleted`)

      receiver.clear()
      const draft = await payload.create({ collection: 'articles', data: article('Never published', [MESQUITE], 'draft'), draft: true, overrideAccess: true })
      await payload.delete({ collection: 'articles', id: draft.id, overrideAccess: true })
      expect(await unfinishedRebuildJobs(payload)).toEqual([])
      expect(await settled()).toEqual({})
    })

    it('does nothing for drafts until they are published', async () => {
      const doc = await publishArticle('Published, then drafted', [MESQUITE, WRENFIELD])
      // Drafts over the published version: a new title and one brand fewer, not live yet.
      await payload.update({ collection: 'articles', id: doc.id, data: { title: 'A better title', brands: [id(MESQUITE)] as number[] }, draft: true, overrideAccess: true })
      await payload.update({ collection: 'articles', id: doc.id, data: { excerpt: 'Still a draft.' }, draft: true, overrideAccess: true })
      const fresh = await payload.create({ collection: 'articles', data: article('A draft of its own', [COBBLESTONE], 'draft'), draft: true, overrideAccess: true })
      await payload.update({ collection: 'articles', id: fresh.id, data: { excerpt: 'Still nothing live.' }, draft: true, overrideAccess: true })
      expect(await unfinishedRebuildJobs(payload)).toEqual([])
      expect(await settled()).toEqual({})

      // Publishing the draft drops Wrenfield: its site showed the article and must lose it.
      await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, overrideAccess: true })
      expect(await settled()).toEqual({ [MESQUITE]: 1, [WRENFIELD]: 1 })
      expect((await rebuildsOf(WRENFIELD))[0]?.reason).toBe(`articles ${doc.id} "A better title" unpublished`)
    })

    it('rebuilds for changes to clinics, authors and the brand itself', async () => {
      const { docs: clinics } = await payload.find({ collection: 'clinics', where: { brand: { equals: id(COBBLESTONE) } }, limit: 1, overrideAccess: true })
      await payload.update({ collection: 'clinics', id: clinics[0]?.id as number, data: { phone: '(617) 555-0199' }, overrideAccess: true })
      // An author of Cobblestone only: shared authors would rebuild the other brands too.
      const { docs: authors } = await payload.find({ collection: 'authors', where: { slug: { equals: ELIAS } }, overrideAccess: true })
      expect(authors[0]?.brands).toEqual([expect.objectContaining({ id: id(COBBLESTONE) })])
      await payload.update({ collection: 'authors', id: authors[0]?.id as number, data: { jobTitle: 'Clinic director' }, overrideAccess: true })
      await payload.update({ collection: 'brands', id: id(COBBLESTONE), data: { tagline: 'Spine care in Boston' }, overrideAccess: true })
      expect(await settled()).toEqual({ [COBBLESTONE]: 1 })
      const reason = (await rebuildsOf(COBBLESTONE))[0]?.reason ?? ''
      expect(reason).toContain(`clinics ${clinics[0]?.id}`)
      expect(reason).toContain(`authors ${authors[0]?.id}`)
      expect(reason).toContain(`brands ${id(COBBLESTONE)} "Cobblestone Spine & Rehab" updated`)
    })

    it('queues and records nothing for a brand without a build hook', async () => {
      const template = withoutLogo(demoNetwork.brands[0] as SeedBrand)
      const hookless = await payload.create({
        collection: 'brands',
        data: { ...template, slug: 'no-hook-physio', name: 'No Hook Physio', domain: 'www.no-hook.example', _status: 'published' },
        overrideAccess: true,
      })
      const doc = await payload.create({ collection: 'articles', data: withoutSlug({ ...article('For a site built by hand', []), brands: [hookless.id] as number[] }), overrideAccess: true })
      await payload.update({ collection: 'articles', id: doc.id, data: { excerpt: 'Changed.' }, overrideAccess: true })
      expect(await rebuildJobs(payload, hookless.id)).toEqual([])
      expect(await settled()).toEqual({})
      expect((await payload.count({ collection: 'rebuilds', where: { brand: { equals: hookless.id } }, overrideAccess: true })).totalDocs).toBe(0)
    })
  })

  describe('failures', () => {
    beforeEach(async () => {
      await rebuildsSettled(payload)
      receiver.clear()
    })

    it('retries a hook that answers 500 twice with growing waits, then records the success on the third attempt', async () => {
      receiver.answer(hookPath(WRENFIELD), [500, 500])
      const doc = await publishArticle('Third time lucky', [WRENFIELD])
      await payload.update({ collection: 'articles', id: doc.id, data: { excerpt: 'Retried.' }, overrideAccess: true })
      expect(await settled()).toEqual({ [WRENFIELD]: 3 })
      expect(receiver.requests.map((request) => request.status)).toEqual([500, 500, 200])
      // Exponential backoff: the queue waits at least the base, then twice the base.
      const [first, second, third] = receiver.requests.map((request) => request.at)
      expect((second as number) - (first as number)).toBeGreaterThanOrEqual(RETRY_BASE_MS)
      expect((third as number) - (second as number)).toBeGreaterThanOrEqual(2 * RETRY_BASE_MS)
      const [rebuild] = await rebuildsOf(WRENFIELD)
      expect(rebuild).toMatchObject({ status: 'succeeded', attempts: 3, responseStatus: 200 })
      expect(rebuild?.lastError).toMatch(/^the build hook answered HTTP 500/)
    })

    it('records a permanent failure with its last error after the last try, never failing the save', async () => {
      receiver.answer(hookPath(COBBLESTONE), [503, 503, 503, 503])
      const doc = await publishArticle('Hook is down', [COBBLESTONE])
      const saved = await payload.update({ collection: 'articles', id: doc.id, data: { excerpt: 'Saved anyway.' }, overrideAccess: true })
      expect(saved.excerpt).toBe('Saved anyway.')
      expect(await settled()).toEqual({ [COBBLESTONE]: 3 })
      const [rebuild] = await rebuildsOf(COBBLESTONE)
      expect(rebuild).toMatchObject({ status: 'failed', attempts: 3, responseStatus: 503 })
      expect(rebuild?.lastError).toBe('the build hook answered HTTP 503 Service Unavailable: {"error":"planned 503"}')
      const [job] = await rebuildJobs(payload, id(COBBLESTONE), { id: { equals: rebuild?.job } })
      expect(job).toMatchObject({ hasError: true, totalTried: 3 })
    })

    it('does not retry an answer that will not change', async () => {
      receiver.answer(hookPath(MESQUITE), [404])
      const doc = await publishArticle('Wrong hook', [MESQUITE])
      await payload.update({ collection: 'articles', id: doc.id, data: { excerpt: 'x' }, overrideAccess: true })
      expect(await settled()).toEqual({ [MESQUITE]: 1 })
      const [rebuild] = await rebuildsOf(MESQUITE)
      expect(rebuild).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 404 })
      // The job ended at once (cancelled: the queue's way to stop retrying), with nothing left to retry.
      const [job] = await rebuildJobs(payload, id(MESQUITE), { id: { equals: rebuild?.job } })
      expect(job).toMatchObject({ hasError: true, processing: false, error: expect.objectContaining({ cancelled: true }) })
    })

    it('records an unreachable hook (a new hook URL rebuilds the brand at once)', async () => {
      // A port nothing listens on any more.
      const gone = await startHookReceiver()
      await gone.close()
      await payload.update({ collection: 'brands', id: id(WRENFIELD), data: { buildHookUrl: `${gone.url}/hooks/nowhere` }, overrideAccess: true })
      await rebuildsSettled(payload)
      expect(receiver.requests).toEqual([])
      const [rebuild] = await rebuildsOf(WRENFIELD)
      expect(rebuild).toMatchObject({ status: 'failed', attempts: 3, responseStatus: null })
      expect(rebuild?.lastError).toMatch(/^could not reach the build hook \(.*ECONNREFUSED/)
      expect(rebuild?.lastError).not.toContain('/hooks/nowhere')
    })
  })

  describe('the rebuilds collection', () => {
    const readAs = async (user: User) => (await payload.find({ collection: 'rebuilds', user, overrideAccess: false, depth: 0, pagination: false })).docs as Rebuild[]

    it("shows admins every rebuild, and brand staff only their brand's, last error included", async () => {
      const all = await readAs(admin)
      expect(new Set(all.map((rebuild) => rebuild.brand))).toEqual(new Set([id(MESQUITE), id(WRENFIELD), id(COBBLESTONE)]))
      const own = await readAs(cobblestoneEditor)
      expect(own.length).toBeGreaterThan(0)
      expect(own.every((rebuild) => rebuild.brand === id(COBBLESTONE))).toBe(true)
      expect(own.some((rebuild) => rebuild.status === 'failed' && rebuild.lastError?.includes('HTTP 503'))).toBe(true)
    })

    it('cannot be written through the API, not even by an admin', async () => {
      const [rebuild] = await readAs(admin)
      const attempts = [
        payload.create({ collection: 'rebuilds', data: { title: 'x', brand: id(MESQUITE), status: 'succeeded', via: 'buildHook', attempts: 1, reason: 'x', requestedAt: new Date().toISOString() }, user: admin, overrideAccess: false }),
        payload.update({ collection: 'rebuilds', id: rebuild?.id as number, data: { status: 'succeeded' }, user: admin, overrideAccess: false }),
        payload.delete({ collection: 'rebuilds', id: rebuild?.id as number, user: admin, overrideAccess: false }),
      ]
      for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(Forbidden)
    })

    it('keeps the build hook URL from brand staff', async () => {
      const asEditor = await payload.findByID({ collection: 'brands', id: id(COBBLESTONE), user: cobblestoneEditor, overrideAccess: false })
      expect(asEditor.buildHookUrl).toBeUndefined()
      const asAdmin = await payload.findByID({ collection: 'brands', id: id(COBBLESTONE), user: admin, overrideAccess: false })
      expect(asAdmin.buildHookUrl).toBe(`${receiver.url}${hookPath(COBBLESTONE)}`)
    })

    it('keeps the history, without its brand, when a brand is deleted', async () => {
      const template = withoutLogo(demoNetwork.brands[0] as SeedBrand)
      const shortLived = await payload.create({
        collection: 'brands',
        data: { ...template, slug: 'short-lived', name: 'Short-lived Physio', domain: 'www.short-lived.example', buildHookUrl: `${receiver.url}/hooks/short-lived`, _status: 'published' },
        overrideAccess: true,
      })
      await rebuildsSettled(payload)
      const { docs: before } = await payload.find({ collection: 'rebuilds', where: { brand: { equals: shortLived.id } }, overrideAccess: true })
      expect(before.map((entry) => entry.status)).toEqual(['succeeded'])
      await payload.delete({ collection: 'brands', id: shortLived.id, overrideAccess: true })
      const after = await payload.findByID({ collection: 'rebuilds', id: before[0]?.id as number, depth: 0, overrideAccess: true })
      expect(after.brand ?? null).toBeNull()
      expect(after.reason).toBe(`brands ${shortLived.id} "Short-lived Physio" published`)
      // Deleting the brand rebuilds nothing: its site is taken down by hand.
      expect(await unfinishedRebuildJobs(payload, shortLived.id)).toEqual([])
    })

    it('accepts only http(s) build hook URLs', async () => {
      await expect(payload.update({ collection: 'brands', id: id(MESQUITE), data: { buildHookUrl: 'ftp://example.com/hook' }, overrideAccess: true })).rejects.toThrow(/Build hook URL/)
    })
  })
})
