import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrandDashboard, brandDashboards, hasField } from '../../src/dashboard/brandDashboards'
import type { Brand, Clinic, Provider } from '../../src/payload-types'
import { createRecord } from '../../src/rebuild/records'
import { minimalDocument } from './helpers/contentDocuments'
import { type Person, createBrandsAndPeople } from './helpers/people'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * The brand dashboard's numbers (src/dashboard/brandDashboards.ts) for two brands and a user of
 * each role, computed as the dashboard computes them: with the user's own access.
 */
const DAY_MS = 86_400_000
const NOW = new Date()
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * DAY_MS).toISOString()
const monthsAgo = (months: number) => {
  const date = new Date(NOW)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString().slice(0, 10)
}
const quiet = { disableRebuild: true }

describe.skipIf(skipDatabase)('brand dashboard', () => {
  let cms: TestCms
  let payload: Payload
  let brands: Record<'alder' | 'birch', Brand>
  let people: Record<'admin' | 'brandAdmin' | 'editor' | 'contributor' | 'birchEditor' | 'bothEditor', Person>
  const ids: Record<string, number | string> = {}

  const forUser = async (who: Person) => brandDashboards(payload, who, NOW)
  const of = (dashboards: BrandDashboard[], brand: Brand) => dashboards.find((dashboard) => dashboard.brand.id === brand.id)

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    ;({ brands, people } = await createBrandsAndPeople(payload, {
      domain: 'dash.example',
      brands: { alder: 'Alder Physio', birch: 'Birch Rehab' },
      people: {
        admin: { role: 'admin', brands: [] },
        brandAdmin: { role: 'brand-admin', brands: ['alder'] },
        editor: { role: 'editor', brands: ['alder'] },
        contributor: { role: 'contributor', brands: ['alder'] },
        birchEditor: { role: 'editor', brands: ['birch'] },
        bothEditor: { role: 'editor', brands: ['alder', 'birch'] },
      },
      context: quiet,
    }))
    // Birch reviews its health pages every 6 months (Alder keeps the default, 12).
    brands.birch = await payload.update({ collection: 'brands', id: brands.birch.id, data: { clinicalReview: { intervalMonths: 6 } }, overrideAccess: true, context: quiet })

    const providers: Record<string, Provider> = {}
    for (const key of ['alder', 'birch'] as const) {
      const clinic = (await payload.create({
        collection: 'clinics',
        overrideAccess: true,
        context: quiet,
        data: { ...minimalDocument('clinics', `${brands[key].name} Main`, [brands[key].id]), _status: 'published' } as never,
      })) as Clinic
      ids[`${key}Clinic`] = clinic.id
      providers[key] = (await payload.create({
        collection: 'providers',
        overrideAccess: true,
        context: quiet,
        data: { name: `${key} clinician`, brand: brands[key].id, jobTitle: 'Physical therapist', clinics: [clinic.id], _status: 'published' } as never,
      })) as Provider
    }

    const page = async (key: string, collection: 'articles' | 'therapies', brandKeys: ('alder' | 'birch')[], reviewedMonthsAgo: number | null, status: 'published' | 'draft' = 'published') => {
      const brandIds = brandKeys.map((brand) => brands[brand].id)
      const review = reviewedMonthsAgo === null ? {} : { review: { reviewedBy: providers[brandKeys[0] as string]?.id, lastReviewed: monthsAgo(reviewedMonthsAgo) } }
      const doc = await payload.create({
        collection,
        overrideAccess: true,
        context: quiet,
        draft: status === 'draft',
        data: { ...minimalDocument(collection, `Page ${key}`, brandIds), ...review, _status: status } as never,
      })
      ids[key] = doc.id
    }
    await page('alderOld', 'articles', ['alder'], 13)
    await page('alderRecent', 'articles', ['alder'], 8)
    await page('alderTherapy', 'therapies', ['alder'], 20)
    await page('alderNeverReviewed', 'articles', ['alder'], null)
    await page('alderDraftOld', 'articles', ['alder'], 13, 'draft')
    await page('birchOld', 'articles', ['birch'], 13)
    await page('birchEightMonths', 'articles', ['birch'], 8)
    await page('sharedOld', 'articles', ['alder', 'birch'], 13)
    await page('alderDraft', 'articles', ['alder'], null, 'draft')
    await page('birchDraft', 'articles', ['birch'], null, 'draft')
    await page('sharedDraft', 'articles', ['alder', 'birch'], null, 'draft')

    // Scheduled publishes and unpublishes, as the admin's schedule dialog queues them.
    // The admin's dialog stores the document's id as text (the generated type says number).
    const schedule = (key: string, type: 'publish' | 'unpublish', days: number) =>
      payload.jobs.queue({ task: 'schedulePublish', input: { type, doc: { relationTo: 'articles', value: String(ids[key]) as never } }, waitUntil: new Date(daysFromNow(days)) })
    await schedule('alderDraft', 'publish', 2)
    await schedule('alderRecent', 'unpublish', 10)
    await schedule('birchDraft', 'publish', 1)
    await schedule('sharedOld', 'unpublish', 3)

    // New appointment requests: two for Alder (and one already handled), one for Birch.
    const request = (key: 'alder' | 'birch', status: 'new' | 'contacted', n: number) =>
      payload.create({
        collection: 'appointment-requests',
        overrideAccess: true,
        data: {
          brand: brands[key].id,
          clinic: ids[`${key}Clinic`] as number,
          name: `Visitor ${key} ${n}`,
          phone: '(480) 555-0100',
          email: `visitor${n}@example.com`,
          preferredDays: ['mon'],
          preferredTimes: ['evening'],
          consentAt: NOW.toISOString(),
          status,
          notification: { status: 'skipped', attempts: 0 },
        },
      })
    await request('alder', 'new', 1)
    await request('alder', 'new', 2)
    await request('alder', 'contacted', 3)
    await request('birch', 'new', 4)

    // Rebuild records as the rebuild writes them: Alder's site built, Birch's build hook refused.
    const base = { via: 'buildHook' as const, reason: 'articles 1 "Page" updated', requestedAt: daysFromNow(-1), startedAt: daysFromNow(-1) }
    await createRecord(payload, { ...base, title: 'Alder', brand: brands.alder.id, status: 'succeeded', attempts: 1, finishedAt: daysFromNow(-1), responseStatus: 200 })
    await createRecord(payload, {
      ...base,
      title: 'Birch',
      brand: brands.birch.id,
      status: 'failed',
      attempts: 4,
      finishedAt: daysFromNow(-1),
      responseStatus: 503,
      lastError: 'the build hook answered HTTP 503 Service Unavailable: {"error":"maintenance"}',
    })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('an editor sees their brand only, and none of the other brand\'s documents in any number', async () => {
    const dashboards = await forUser(people.editor)
    expect(dashboards.map((dashboard) => dashboard.brand.name)).toEqual(['Alder Physio'])
    const [alder] = dashboards as [BrandDashboard]
    // Alder's old article and the shared one; the recent one, the draft and the never-reviewed one are not overdue.
    expect(alder.overdueReviews).toEqual({
      articles: { count: 2, url: expect.stringContaining('/admin/collections/articles?where[and][0][brands][equals]=') },
      therapies: { count: 1, url: expect.stringContaining('/admin/collections/therapies?') },
    })
    expect(alder.reviewIntervalMonths).toBe(12)
    expect(alder.appointments).toEqual({
      count: 2,
      url: `/admin/collections/appointment-requests?where[and][0][brand][equals]=${brands.alder.id}&where[and][1][status][equals]=new`,
    })
    expect(alder.scheduled.map((item) => [item.title, item.type])).toEqual([
      ['Page alderDraft', 'publish'],
      ['Page sharedOld', 'unpublish'],
    ])
    expect(alder.lastBuild).toMatchObject({ status: 'succeeded', reason: null })
    expect(alder.siteUrl).toBe('https://www.alder-physio.example')
  })

  it('each count is the number of documents its list link finds, with the same user\'s access', async () => {
    const [alder] = (await forUser(people.editor)) as [BrandDashboard]
    const url = new URL(alder.overdueReviews.articles?.url as string, 'http://cms.test')
    const conditions = [...url.searchParams.entries()].map(([key, value]) => {
      const [, , path, operator] = /^where\[and\]\[(\d+)\]\[([^\]]+)\]\[([^\]]+)\]$/.exec(key) ?? []
      return { [path as string]: { [operator as string]: value } }
    })
    const listed = await payload.find({ collection: 'articles', where: { and: conditions }, draft: true, overrideAccess: false, user: people.editor, depth: 0 })
    expect(listed.docs.map((doc) => doc.id).sort()).toEqual([ids.alderOld, ids.sharedOld].sort())
  })

  it('a contributor sees no appointment count; brand admins do', async () => {
    const [forContributor] = (await forUser(people.contributor)) as [BrandDashboard]
    expect(forContributor.appointments).toBeNull()
    expect(forContributor.overdueReviews.articles?.count).toBe(2)
    const [forBrandAdmin] = (await forUser(people.brandAdmin)) as [BrandDashboard]
    expect(forBrandAdmin.appointments?.count).toBe(2)
  })

  it('counts a shared document under each brand, by each brand\'s review interval', async () => {
    const dashboards = await forUser(people.bothEditor)
    expect(dashboards.map((dashboard) => dashboard.brand.name)).toEqual(['Alder Physio', 'Birch Rehab'])
    expect(of(dashboards, brands.alder)?.overdueReviews.articles?.count).toBe(2)
    // Birch reviews every 6 months: its 8-month-old review is overdue too.
    const birch = of(dashboards, brands.birch)
    expect(birch?.reviewIntervalMonths).toBe(6)
    expect(birch?.overdueReviews).toEqual({ articles: { count: 3, url: expect.stringContaining(`[brands][equals]=${brands.birch.id}`) } })
    expect(birch?.scheduled.map((item) => item.title)).toEqual(['Page birchDraft', 'Page sharedOld'])
    expect(birch?.appointments?.count).toBe(1)
  })

  it('the other brand\'s editor sees only theirs, with the failed build and its plain reason', async () => {
    const dashboards = await forUser(people.birchEditor)
    expect(dashboards.map((dashboard) => dashboard.brand.name)).toEqual(['Birch Rehab'])
    const [birch] = dashboards as [BrandDashboard]
    expect(birch.lastBuild).toMatchObject({ status: 'failed', reason: 'The build service answered 503, so the site was not rebuilt.' })
    expect(birch.lastBuild?.url).toMatch(/^\/admin\/collections\/rebuilds\/\w+$/)
    expect(birch.scheduled.every((item) => item.title !== 'Page alderDraft')).toBe(true)
  })

  it('a network admin sees every brand', async () => {
    const dashboards = await forUser(people.admin)
    expect(dashboards.map((dashboard) => dashboard.brand.name)).toEqual(['Alder Physio', 'Birch Rehab'])
    expect(of(dashboards, brands.alder)?.appointments?.count).toBe(2)
    expect(of(dashboards, brands.birch)?.appointments?.count).toBe(1)
  })

  it('lists only what is scheduled within the next 7 days', async () => {
    const [alder] = (await forUser(people.editor)) as [BrandDashboard]
    // The unpublish in 10 days is left out; each item links to its document.
    expect(alder.scheduled.some((item) => item.id === ids.alderRecent)).toBe(false)
    expect(alder.scheduled[0]?.url).toBe(`/admin/collections/articles/${ids.alderDraft}`)
    // A week later, nothing of today's schedule is still ahead.
    const later = await brandDashboards(payload, people.editor, new Date(NOW.getTime() + 11 * DAY_MS))
    expect(later[0]?.scheduled).toEqual([])
  })

  it('counts drafts waiting for clinical review per brand', async () => {
    // The review workflow's status field (src/review/); without it nothing can be waiting.
    if (!hasField(payload, 'articles', 'reviewWorkflow.status')) {
      expect((await forUser(people.editor))[0]?.waitingForReview).toEqual({})
      return
    }
    for (const key of ['alderDraft', 'birchDraft', 'sharedDraft'] as const) {
      await payload.update({ collection: 'articles', id: ids[key] as number, data: { reviewWorkflow: { status: 'ready' } } as never, draft: true, overrideAccess: true, context: quiet })
    }
    const [alder] = (await forUser(people.editor)) as [BrandDashboard]
    expect(alder.waitingForReview).toEqual({ articles: { count: 2, url: expect.stringContaining('[reviewWorkflow.status][equals]=ready') } })
    const [birch] = (await forUser(people.birchEditor)) as [BrandDashboard]
    expect(birch.waitingForReview.articles?.count).toBe(2)
  })
})
