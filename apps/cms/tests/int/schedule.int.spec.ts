import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Brand, User } from '../../src/payload-types'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type HookReceiver, startHookReceiver } from './helpers/hookReceiver'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Scheduled publish and unpublish through Payload's jobs queue, with the runner the CMS server
 * starts (`cron: true`), checking for due jobs every second here. A job is queued exactly as the
 * admin's "Schedule" drawer queues it (task `schedulePublish`, `waitUntil`, the scheduling user),
 * a few seconds ahead; the test then waits for the brand's build hook to be called.
 */
const LEAD_MS = 3_000
const WAIT_LIMIT_MS = 25_000

describe.skipIf(skipDatabase)('scheduled publishing', () => {
  let cms: TestCms
  let payload: Payload
  let receiver: HookReceiver
  let brand: Brand
  let editor: User
  let contributor: User

  beforeAll(async () => {
    receiver = await startHookReceiver()
    cms = await startPayload({ JOBS_CRON: '* * * * * *', REBUILD_DEBOUNCE_MS: '200', REBUILD_RETRY_BASE_MS: '20' }, { cron: true })
    payload = cms.payload
    brand = await payload.create({
      collection: 'brands',
      data: { ...brandData('Scheduled Brand'), buildHookUrl: `${receiver.url}/hooks/scheduled-brand`, _status: 'published' },
      overrideAccess: true,
      context: { disableRebuild: true },
    })
    editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@schedule.example', password: 'editor-pw-123', name: 'Editor', role: 'editor', brands: [brand.id] },
      overrideAccess: true,
    })
    contributor = await payload.create({
      collection: 'users',
      data: { email: 'contributor@schedule.example', password: 'contrib-pw-123', name: 'Contributor', role: 'contributor', brands: [brand.id] },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    await cms?.stop()
    await receiver?.close()
  })

  /** Queues a scheduled publish or unpublish the way the admin does, `LEAD_MS` from now. */
  async function schedule(type: 'publish' | 'unpublish', article: Article, by: User): Promise<{ due: number; jobId: number | string }> {
    const due = Date.now() + LEAD_MS
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: by.id } },
      waitUntil: new Date(due),
    })
    return { due, jobId: job.id }
  }

  /** Resolves with the first build-hook call after `since`, or null when none came in time. */
  async function nextHookCall(since: number): Promise<number | null> {
    const until = Date.now() + WAIT_LIMIT_MS
    while (Date.now() < until) {
      const call = receiver.requests.find((request) => request.at >= since)
      if (call) return call.at
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return null
  }

  async function statusOf(article: Article): Promise<string | null | undefined> {
    return (await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true, draft: false }))._status
  }

  const jobOf = (id: number | string) => payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true, depth: 0 })

  it('publishes a draft when its time comes and rebuilds the brand', async () => {
    const article = (await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Opening day', [brand.id]), _status: 'draft' } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })) as Article
    receiver.clear()
    const { due } = await schedule('publish', article, editor)
    // Nothing happens before its time.
    expect(await statusOf(article)).toBe('draft')

    const calledAt = await nextHookCall(due)
    expect(calledAt, 'the build hook was not called after the scheduled publish').not.toBeNull()
    expect(calledAt as number).toBeGreaterThanOrEqual(due)
    expect(await statusOf(article)).toBe('published')
    expect(receiver.requests.filter((request) => request.path === '/hooks/scheduled-brand')).toHaveLength(1)
  }, 40_000)

  it('unpublishes a published article when its time comes and rebuilds the brand', async () => {
    const article = (await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Holiday hours', [brand.id]), _status: 'published' } as never,
      overrideAccess: false,
      user: editor,
      context: { disableRebuild: true },
    })) as Article
    receiver.clear()
    const { due } = await schedule('unpublish', article, editor)

    const calledAt = await nextHookCall(due)
    expect(calledAt, 'the build hook was not called after the scheduled unpublish').not.toBeNull()
    expect(await statusOf(article)).toBe('draft')
  }, 40_000)

  it('runs as the user who scheduled it: a contributor cannot publish by scheduling', async () => {
    const article = (await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Sneaky scheduling', [brand.id]), _status: 'draft' } as never,
      draft: true,
      overrideAccess: false,
      user: contributor,
    })) as Article
    receiver.clear()
    const { jobId } = await schedule('publish', article, contributor)

    // Wait until the runner has tried the job, then check that it failed and changed nothing.
    const until = Date.now() + WAIT_LIMIT_MS
    let job = await jobOf(jobId)
    while (Date.now() < until && !(job?.hasError || job?.completedAt)) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      job = await jobOf(jobId)
    }
    expect(job?.hasError, 'the contributor’s scheduled publish should have failed').toBe(true)
    expect(job?.completedAt ?? null).toBeNull()
    expect(await statusOf(article)).toBe('draft')
    expect(receiver.requests).toHaveLength(0)
  }, 40_000)
})
