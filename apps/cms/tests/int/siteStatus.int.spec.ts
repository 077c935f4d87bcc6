import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { formatSnapshotProblems } from '@clinic/schema'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SiteStatus } from '../../src/dashboard/siteStatus'
import type { Article, Brand, Rebuild } from '../../src/payload-types'
import { paragraphState } from './helpers/lexical'
import { type HookReceiver, hookPath, startHookReceiver } from './helpers/hookReceiver'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { rebuildsSettled, until } from './helpers/rebuildQueue'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * "On the site" in a document's sidebar: `GET /api/<collection>/:id/site-status` through
 * Payload's REST handler, after real publishes that queue real rebuilds, run by the CMS's own
 * jobs runner against a local build-hook receiver (Alder, Birch) and a local site build that
 * fails like the site's build script does on a snapshot the contract refuses (Cedar).
 */
describe.skipIf(skipDatabase)('site status of a document', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let receiver: HookReceiver
  let fixtureDir: string
  let brands: Record<'alder' | 'birch' | 'cedar', Brand>
  let people: Record<'alderEditor' | 'birchEditor' | 'cedarEditor' | 'admin', Person>

  beforeAll(async () => {
    receiver = await startHookReceiver()
    fixtureDir = await mkdtemp(path.join(tmpdir(), 'site-status-'))
    const outputFile = path.join(fixtureDir, 'site-build-output.txt')
    cms = await startPayloadWithApi(
      {
        REBUILD_DEBOUNCE_MS: '1500',
        REBUILD_MAX_ATTEMPTS: '2',
        REBUILD_RETRY_BASE_MS: '200',
        REBUILD_TIMEOUT_MS: '10000',
        REBUILD_HEARTBEAT_MS: '500',
        JOBS_CRON: '* * * * * *',
        // Cedar has no build hook: its site is built on this machine, by a build that fails.
        LOCAL_REBUILD: 'true',
        SITE_COMMAND: `${process.execPath} ${path.resolve(import.meta.dirname, 'fixtures/failingSiteBuild.mjs')} ${outputFile}`,
      },
      { cron: true },
    )
    payload = cms.payload
    ;({ brands, people } = await createBrandsAndPeople(payload, {
      domain: 'status.example',
      brands: { alder: 'Alder Physio', birch: 'Birch Rehab', cedar: 'Cedar Spine' },
      people: {
        alderEditor: { role: 'editor', brands: ['alder'] },
        birchEditor: { role: 'editor', brands: ['birch'] },
        cedarEditor: { role: 'editor', brands: ['cedar'] },
        admin: { role: 'admin', brands: [] },
      },
      context: { disableRebuild: true },
    }))
    for (const key of ['alder', 'birch'] as const) {
      brands[key] = await payload.update({
        collection: 'brands',
        id: brands[key].id,
        data: { buildHookUrl: `${receiver.url}${hookPath(brands[key].slug)}`, ...(key === 'alder' ? { timeZone: 'America/New_York' } : {}) },
        overrideAccess: true,
        context: { disableRebuild: true },
      })
    }
    // What the site's build script prints when the CMS's snapshot does not fit the contract (HTTP 422).
    const slug = brands.cedar.slug
    const problems = formatSnapshotProblems([{ brand: slug, collection: 'articles', documentId: '41', field: 'excerpt', message: 'Too small: expected string to have >=1 characters' }])
    await writeFile(
      outputFile,
      [
        `✗ [1/1] ${slug}: The CMS answered GET http://cms.test/api/brands/${slug}/snapshot with HTTP 422 Unprocessable Entity: The snapshot of brand "${slug}" does not fit the contract; fix the documents listed.`,
        ...problems.split('\n').map((line) => `  ${line}`),
        `✗ 1 of 1 brand failed: ${slug}`,
        ' ELIFECYCLE  Command failed with exit code 1.',
        '',
      ].join('\n'),
    )
  })
  afterAll(async () => {
    if (payload) await rebuildsSettled(payload)
    await cms?.stop()
    await receiver?.close()
    if (fixtureDir) await rm(fixtureDir, { recursive: true, force: true })
  })
  beforeEach(() => receiver.clear())

  const publish = (by: Person, title: string, brandIds: (number | string)[]): Promise<Article> =>
    payload.create({
      collection: 'articles',
      data: { title, slug: title.toLowerCase().replaceAll(' ', '-'), excerpt: 'A short lead.', body: paragraphState('Body.'), brands: brandIds as number[], _status: 'published' },
      user: by,
      overrideAccess: false,
    })

  async function statusOf(by: Person, id: number | string): Promise<{ status: number; body: SiteStatus & { error?: string } }> {
    const response = await cms.restGet(`/articles/${id}/site-status`, apiKeyAuth(by))
    return { status: response.status, body: (await response.json()) as SiteStatus & { error?: string } }
  }

  const settledStatus = async (by: Person, id: number | string) => {
    await rebuildsSettled(payload)
    return (await statusOf(by, id)).body
  }

  const recordOf = (id: number | string): Promise<Rebuild> => payload.findByID({ collection: 'rebuilds', id, overrideAccess: true })

  it('says "waiting" while the rebuild is queued or running, then "live since" in the brand\'s time zone', async () => {
    receiver.hold(hookPath(brands.alder.slug))
    const article = await publish(people.alderEditor, 'Knee pain after running', [brands.alder.id])

    const queued = await statusOf(people.alderEditor, article.id)
    expect(queued.status).toBe(200)
    expect(queued.body.published).toBe(true)
    expect(queued.body.brands).toMatchObject([{ brand: { name: 'Alder Physio' }, state: 'queued', message: 'Waiting for the site update (queued)' }])

    await until('the build hook call', async () => receiver.heldCount, (held) => held === 1)
    expect((await statusOf(people.alderEditor, article.id)).body.brands).toMatchObject([{ state: 'running', message: 'Waiting for the site update (running)' }])

    receiver.release()
    const live = await settledStatus(people.alderEditor, article.id)
    const [alder] = live.brands
    expect(alder?.state).toBe('live')
    // Alder's clinics keep Eastern time.
    expect(alder?.message).toMatch(/^Live on the site since [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M E[SD]T$/)
    const record = await recordOf(alder?.rebuild?.id as number | string)
    expect(record.status).toBe('succeeded')
    expect(alder?.at).toBe(record.finishedAt)
  })

  it('an update after the rebuild waits again: the earlier success does not count for it', async () => {
    const article = await publish(people.alderEditor, 'Shoulder mobility basics', [brands.alder.id])
    expect((await settledStatus(people.alderEditor, article.id)).brands[0]?.state).toBe('live')

    receiver.hold(hookPath(brands.alder.slug))
    await payload.update({ collection: 'articles', id: article.id, data: { excerpt: 'A new lead.' }, user: people.alderEditor, overrideAccess: false })
    expect((await statusOf(people.alderEditor, article.id)).body.brands[0]?.state).toMatch(/^(queued|running)$/)
    receiver.release()
    expect((await settledStatus(people.alderEditor, article.id)).brands[0]?.state).toBe('live')
  })

  it('a build hook that refuses: "the build service answered 404", with a link to the failed rebuild', async () => {
    receiver.answer(hookPath(brands.alder.slug), [404])
    const article = await publish(people.alderEditor, 'Ankle sprains', [brands.alder.id])
    const [alder] = (await settledStatus(people.alderEditor, article.id)).brands
    expect(alder).toMatchObject({ state: 'failed', reason: 'The build service answered 404, so the site was not rebuilt.' })
    expect(alder?.message).toBe('The site update failed: The build service answered 404, so the site was not rebuilt.')
    const record = await recordOf(alder?.rebuild?.id as number | string)
    // The text the rebuild wrote, and the record's own plain reason.
    expect(record).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/^the build hook answered HTTP 404/), plainReason: alder?.reason })
    expect(alder?.rebuild?.url).toBe(`/admin/collections/rebuilds/${record.id}`)

    // The next publish of the brand that succeeds takes the failed change live too.
    await publish(people.alderEditor, 'Hip bursitis', [brands.alder.id])
    expect((await settledStatus(people.alderEditor, article.id)).brands[0]?.state).toBe('live')
  })

  it('a build hook that keeps failing with 500: the plain reason after the last try', async () => {
    receiver.answer(hookPath(brands.alder.slug), [500, 500])
    const article = await publish(people.alderEditor, 'Tennis elbow', [brands.alder.id])
    const [alder] = (await settledStatus(people.alderEditor, article.id)).brands
    expect(alder).toMatchObject({ state: 'failed', reason: 'The build service answered 500, so the site was not rebuilt.' })
    expect((await recordOf(alder?.rebuild?.id as number | string)).attempts).toBe(2)
  })

  it('a local site build the snapshot contract stopped: names the document and the field', async () => {
    const article = await publish(people.cedarEditor, 'Sciatica explained', [brands.cedar.id])
    const [cedar] = (await settledStatus(people.cedarEditor, article.id)).brands
    expect(cedar?.state).toBe('failed')
    expect(cedar?.reason).toBe('Article 41 was refused by the site: field "excerpt": Too small: expected string to have >=1 characters.')
    const record = await recordOf(cedar?.rebuild?.id as number | string)
    expect(record.lastError).toMatch(/exited with code 1; last output:\n✗ \[1\/1\] cedar-spine: The CMS answered GET .* HTTP 422/)
  })

  it('shows only the brands the user works for, and refuses another brand\'s document', async () => {
    const shared = await publish(people.admin, 'Posture at the desk', [brands.alder.id, brands.birch.id])
    await rebuildsSettled(payload)

    const forAlder = await statusOf(people.alderEditor, shared.id)
    expect(forAlder.body.brands.map((entry) => entry.brand.name)).toEqual(['Alder Physio'])
    const forAdmin = await statusOf(people.admin, shared.id)
    expect(forAdmin.body.brands.map((entry) => entry.brand.name).sort()).toEqual(['Alder Physio', 'Birch Rehab'])
    expect(forAdmin.body.brands.every((entry) => entry.state === 'live')).toBe(true)

    const alderOnly = await publish(people.alderEditor, 'Plantar fasciitis', [brands.alder.id])
    const refused = await statusOf(people.birchEditor, alderOnly.id)
    expect(refused.status).toBe(404)
    expect(refused.body).not.toHaveProperty('brands')
    const anonymous = await cms.restGet(`/articles/${alderOnly.id}/site-status`)
    expect(anonymous.status).toBe(401)
  })

  it('a draft that was never published is not on any site', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Draft only', slug: 'draft-only', excerpt: 'Lead.', body: paragraphState('Body.'), brands: [brands.alder.id], _status: 'draft' },
      user: people.alderEditor,
      overrideAccess: false,
      draft: true,
    })
    const { status, body } = await statusOf(people.alderEditor, draft.id)
    expect(status).toBe(200)
    expect(body).toMatchObject({ published: false, brands: [] })
  })
})
