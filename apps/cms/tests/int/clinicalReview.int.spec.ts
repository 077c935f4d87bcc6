import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Brand, Provider } from '../../src/payload-types'
import { settledJob } from './helpers/jobs'
import type { GraphqlResult } from './helpers/graphql'
import { minimalDocument } from './helpers/contentDocuments'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type SmtpReceiver, parseMail, startSmtpReceiver } from './helpers/smtpReceiver'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * The clinical review of health pages (src/review/), through Payload's REST and GraphQL
 * handlers and the Local API: who may send a page to review, approve or return it; that a brand
 * requiring review publishes nothing without a current approval (scheduled publishes included);
 * and the emails to the brand's reviewers and to the submitter, through a local SMTP server.
 */

type Id = number | string
type Data = Record<string, unknown>

interface FieldError {
  path: string
  message: string
}
interface RestAnswer {
  status: number
  body: { doc?: Data; errors?: { message: string; data?: { errors?: FieldError[] } }[] }
}

const WAIT_LIMIT_MS = 30_000

describe.skipIf(skipDatabase)('clinical review', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let smtp: SmtpReceiver
  let careful: Brand
  let relaxed: Brand
  let people: Record<'admin' | 'contributor' | 'editor' | 'editorReviewer' | 'reviewer' | 'secondReviewer' | 'bothReviewer' | 'otherReviewer' | 'relaxedEditor' | 'unlinkedReviewer', Person>
  const providers: Record<string, Provider> = {}
  let counter = 0

  const auth = (who: keyof typeof people) => apiKeyAuth(people[who])
  const rest = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, who: keyof typeof people, body?: unknown): Promise<RestAnswer> => {
    const response = await cms.restRequest(method, path, { headers: auth(who), body })
    return { status: response.status, body: (await response.json()) as RestAnswer['body'] }
  }
  const fieldErrors = (answer: RestAnswer): FieldError[] => (answer.body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
  const gql = (query: string, who: keyof typeof people): Promise<GraphqlResult> => cms.graphql(query, auth(who))
  const stored = async (id: Id, draft = true) => (await payload.findByID({ collection: 'articles', id, draft, overrideAccess: true, depth: 0 })) as Article
  const workflowOf = async (id: Id) => (await stored(id)).reviewWorkflow

  /** A draft article of `brands`, written by the contributor (or `who`) over REST. */
  async function draftArticle(brands: Brand[], who: keyof typeof people = 'contributor'): Promise<Id> {
    counter += 1
    const answer = await rest('POST', '/articles?draft=true', who, { ...minimalDocument('articles', `Reviewed page ${counter}`, brands.map((brand) => brand.id)), _status: 'draft' })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    return answer.body.doc?.id as Id
  }
  const submit = (id: Id, who: keyof typeof people = 'contributor') => rest('PATCH', `/articles/${id}?draft=true`, who, { reviewWorkflow: { status: 'ready' } })
  const approveOverRest = (id: Id, who: keyof typeof people) => rest('PATCH', `/articles/${id}?draft=true`, who, { reviewWorkflow: { status: 'approved' } })
  const approveOverGraphql = (id: Id, who: keyof typeof people) => gql(`mutation { updateArticle(id: ${JSON.stringify(id)}, draft: true, data: { reviewWorkflow: { status: approved } }) { id reviewWorkflow { status } } }`, who)
  const publishOverRest = (id: Id, who: keyof typeof people) => rest('PATCH', `/articles/${id}`, who, { _status: 'published' })
  const publishOverGraphql = (id: Id, who: keyof typeof people) => gql(`mutation { updateArticle(id: ${JSON.stringify(id)}, data: { _status: published }) { id _status } }`, who)

  /** Waits until every queued review email job has run (sent, or failed for good). */
  async function emailJobsDone(): Promise<void> {
    const until = Date.now() + WAIT_LIMIT_MS
    for (;;) {
      const { totalDocs } = await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { and: [{ taskSlug: { equals: 'notifyClinicalReview' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] } })
      if (totalDocs === 0 || Date.now() > until) return
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }

  /** Mails delivered to `address` whose subject starts with `subject`, waited for until there are `count`. */
  async function mailsTo(address: string, subject: string, count = 1) {
    const until = Date.now() + WAIT_LIMIT_MS
    for (;;) {
      const found = smtp.mails.filter((mail) => mail.code === 250 && mail.to.includes(address)).map((mail) => parseMail(mail.raw)).filter((mail) => (mail.headers.subject ?? '').startsWith(subject))
      if (found.length >= count || Date.now() > until) return found
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }

  beforeAll(async () => {
    smtp = await startSmtpReceiver()
    cms = await startPayloadWithApi({ SMTP_URL: smtp.url, EMAIL_FROM: 'Clinic CMS <cms@clinic-cms.example>', JOBS_CRON: '* * * * * *' }, { cron: true })
    payload = cms.payload
    const created = await createBrandsAndPeople(payload, {
      domain: 'review.example',
      context: { disableRebuild: true },
      brands: { careful: 'Careful Spine', relaxed: 'Relaxed Physio' },
      people: {
        admin: { role: 'admin', brands: [] },
        contributor: { role: 'contributor', brands: ['careful'] },
        editor: { role: 'editor', brands: ['careful'] },
        editorReviewer: { role: 'editor', brands: ['careful'] },
        reviewer: { role: 'clinical-reviewer', brands: ['careful'] },
        secondReviewer: { role: 'clinical-reviewer', brands: ['careful'] },
        bothReviewer: { role: 'clinical-reviewer', brands: ['careful', 'relaxed'] },
        otherReviewer: { role: 'clinical-reviewer', brands: ['relaxed'] },
        relaxedEditor: { role: 'editor', brands: ['relaxed'] },
        unlinkedReviewer: { role: 'clinical-reviewer', brands: ['careful'] },
      },
    })
    ;({ careful, relaxed } = created.brands)
    people = created.people
    careful = await payload.update({ collection: 'brands', id: careful.id, data: { clinicalReview: { required: true } }, overrideAccess: true, context: { disableRebuild: true } })
    // Each reviewer (and the provider-linked editor) is a provider of their first brand.
    const links: [keyof typeof people, Brand, string][] = [
      ['editorReviewer', careful, 'Imogen Vale'],
      ['reviewer', careful, 'Rafael Okonjo'],
      ['secondReviewer', careful, 'Sunniva Brandt'],
      ['bothReviewer', careful, 'Teodor Quill'],
      ['otherReviewer', relaxed, 'Odile Marsh'],
    ]
    for (const [who, brand, name] of links) {
      providers[who] = (await payload.create({ collection: 'providers', overrideAccess: true, context: { disableRebuild: true }, data: { name, brand: brand.id, jobTitle: 'Physical therapist', _status: 'published' } as never })) as Provider
      const user = await payload.update({ collection: 'users', id: people[who].id, data: { provider: providers[who].id }, overrideAccess: true, depth: 0 })
      people[who] = { ...user, collection: 'users', apiKey: people[who].apiKey }
    }
  })
  afterAll(async () => {
    await cms?.stop()
    await smtp?.close()
  })

  describe('sending to review and deciding', () => {
    it('lets a contributor send a draft to review, recording who and when, but never approve it (REST and GraphQL)', async () => {
      const id = await draftArticle([careful])
      const sent = await submit(id)
      expect(sent.status).toBe(200)
      const workflow = await workflowOf(id)
      expect(workflow).toMatchObject({ status: 'ready', submittedBy: people.contributor.id, decidedBy: null, approvedHash: null })
      expect(Date.parse(workflow?.submittedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)

      // Another contributor-side save cannot forge who sent it or an approval hash.
      await rest('PATCH', `/articles/${id}?draft=true`, 'contributor', { reviewWorkflow: { status: 'ready', submittedBy: people.admin.id, approvedHash: 'forged' } })
      expect(await workflowOf(id)).toMatchObject({ submittedBy: people.contributor.id, approvedHash: null })

      const overRest = await approveOverRest(id, 'contributor')
      expect(overRest.status).toBe(403)
      expect(JSON.stringify(overRest.body)).toMatch(/Only a clinical reviewer/)
      const overGraphql = await approveOverGraphql(id, 'contributor')
      expect(overGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
      await expect(payload.update({ collection: 'articles', id, draft: true, data: { reviewWorkflow: { status: 'approved' } }, user: people.contributor, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
      expect((await workflowOf(id))?.status).toBe('ready')
    })

    it('refuses the approval of another brand’s page, and of a page shared with a brand the reviewer does not work for', async () => {
      const id = await draftArticle([careful])
      await submit(id)
      expect((await approveOverRest(id, 'otherReviewer')).status).toBe(403)
      expect((await approveOverGraphql(id, 'otherReviewer')).errors?.[0]?.extensions?.statusCode).toBe(403)
      expect((await workflowOf(id))?.status).toBe('ready')

      const shared = await draftArticle([careful, relaxed], 'admin')
      await submit(shared, 'admin')
      expect((await approveOverRest(shared, 'reviewer')).status).toBe(403)
      expect((await approveOverGraphql(shared, 'reviewer')).errors?.[0]?.extensions?.statusCode).toBe(403)
      expect((await workflowOf(shared))?.status).toBe('ready')
    })

    it('lets a reviewer of the brand approve (GraphQL): status, who and when, the content hash, and "Medically reviewed by" their provider today', async () => {
      const id = await draftArticle([careful])
      await submit(id)
      const answer = await approveOverGraphql(id, 'reviewer')
      expect(answer.errors).toBeUndefined()
      expect((answer.data?.updateArticle as { reviewWorkflow?: { status?: string } }).reviewWorkflow?.status).toBe('approved')
      const doc = await stored(id)
      expect(doc.reviewWorkflow).toMatchObject({ status: 'approved', decidedBy: people.reviewer.id, submittedBy: people.contributor.id, comment: null })
      expect(doc.reviewWorkflow?.approvedHash).toMatch(/^[0-9a-f]{64}$/)
      expect(doc.review?.reviewedBy).toBe(providers.reviewer?.id)
      expect(doc.review?.lastReviewed?.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10))
      // Approving never publishes.
      expect(doc._status).toBe('draft')
    })

    it('refuses approvals by a reviewer with no provider, of a page they sent themselves, and of a page not waiting for review', async () => {
      const unlinked = await draftArticle([careful])
      await submit(unlinked)
      const noProvider = await approveOverRest(unlinked, 'unlinkedReviewer')
      expect(noProvider.status).toBe(403)
      expect(JSON.stringify(noProvider.body)).toMatch(/not linked to a provider/)

      const own = await draftArticle([careful], 'editorReviewer')
      await submit(own, 'editorReviewer')
      const self = await approveOverRest(own, 'editorReviewer')
      expect(self.status).toBe(403)
      expect(JSON.stringify(self.body)).toMatch(/sent this page to review yourself/)
      // Another reviewer may; an editor linked to a provider may approve someone else's page.
      expect((await approveOverRest(own, 'secondReviewer')).status).toBe(200)
      const theirs = await draftArticle([careful])
      await submit(theirs)
      expect((await approveOverRest(theirs, 'editorReviewer')).status).toBe(200)
      expect((await stored(theirs)).review?.reviewedBy).toBe(providers.editorReviewer?.id)

      const never = await draftArticle([careful])
      const notReady = await approveOverRest(never, 'reviewer')
      expect(notReady.status).toBe(400)
      expect(fieldErrors(notReady)).toEqual([expect.objectContaining({ path: 'reviewWorkflow.status' })])
    })

    it('returns a page only with a comment, and lets its writers send it again', async () => {
      const id = await draftArticle([careful])
      await submit(id)
      const bare = await rest('PATCH', `/articles/${id}?draft=true`, 'reviewer', { reviewWorkflow: { status: 'returned', comment: '   ' } })
      expect(bare.status).toBe(400)
      expect(fieldErrors(bare)).toEqual([expect.objectContaining({ path: 'reviewWorkflow.comment' })])
      const returned = await gql(`mutation { updateArticle(id: ${JSON.stringify(id)}, draft: true, data: { reviewWorkflow: { status: returned, comment: "Cite the 2024 guideline for the dosage." } }) { id } }`, 'reviewer')
      expect(returned.errors).toBeUndefined()
      expect(await workflowOf(id)).toMatchObject({ status: 'returned', comment: 'Cite the 2024 guideline for the dosage.', decidedBy: people.reviewer.id })
      expect((await submit(id)).status).toBe(200)
      expect(await workflowOf(id)).toMatchObject({ status: 'ready', decidedBy: null })
    })

    it('lets a clinical reviewer change nothing but the review: no content, no publishing, creating or deleting', async () => {
      const id = await draftArticle([careful])
      await submit(id)
      const read = await rest('GET', `/articles/${id}?draft=true&depth=0`, 'reviewer')
      expect(read.status).toBe(200)
      const edit = await rest('PATCH', `/articles/${id}?draft=true`, 'reviewer', { title: 'Rewritten by the reviewer', reviewWorkflow: { status: 'approved' } })
      expect(edit.status).toBe(403)
      expect((await stored(id)).title).not.toBe('Rewritten by the reviewer')
      const viaGraphql = await gql(`mutation { updateArticle(id: ${JSON.stringify(id)}, draft: true, data: { excerpt: "Changed." }) { id } }`, 'reviewer')
      expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect((await publishOverRest(id, 'reviewer')).status).toBe(403)
      expect((await rest('DELETE', `/articles/${id}`, 'reviewer')).status).toBe(403)
      expect((await rest('POST', '/articles?draft=true', 'reviewer', { ...minimalDocument('articles', 'By a reviewer', [careful.id]), _status: 'draft' })).status).toBe(403)
      // Nor send to review: that is the writers' step.
      const other = await draftArticle([careful])
      expect((await submit(other, 'reviewer')).status).toBe(403)
      expect((await stored(id)).reviewWorkflow?.status).toBe('ready')
    })

    it('shows clinical reviewers no appointment requests, lets them upload no images, and shows them only their own account', async () => {
      const clinic = await payload.create({ collection: 'clinics', overrideAccess: true, context: { disableRebuild: true }, data: { ...minimalDocument('clinics', 'Careful Downtown', [careful.id]), _status: 'published' } as never })
      await payload.create({
        collection: 'appointment-requests',
        overrideAccess: true,
        data: { brand: careful.id, clinic: clinic.id, name: 'Visitor Private', phone: '(480) 555-0100', consentAt: new Date().toISOString(), status: 'new', notification: { status: 'pending', attempts: 0 } } as never,
      })
      const requests = await rest('GET', '/appointment-requests', 'reviewer')
      expect(requests.status).toBe(403)
      expect(JSON.stringify(requests.body)).not.toContain('Visitor Private')
      const viaGraphql = await gql('{ AppointmentRequests { docs { name phone } } }', 'reviewer')
      expect(JSON.stringify(viaGraphql)).not.toContain('Visitor Private')
      expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
      const editorSees = await rest('GET', '/appointment-requests', 'editor')
      expect(JSON.stringify(editorSees.body)).toContain('Visitor Private')

      await expect(payload.create({ collection: 'media', data: { alt: 'A spine model', brands: [careful.id] }, file: { data: Buffer.from('x'), mimetype: 'image/png', name: 'spine.png', size: 1 }, user: people.reviewer, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
      const users = await rest('GET', '/users?depth=0', 'reviewer')
      expect((users.body as { docs?: { id: Id }[] }).docs?.map((user) => user.id)).toEqual([people.reviewer.id])
    })
  })

  describe('publishing', () => {
    it('refuses to publish an unreviewed page of a brand that requires review (REST, GraphQL, Local API), and allows it elsewhere', async () => {
      const id = await draftArticle([careful])
      const overRest = await publishOverRest(id, 'editor')
      expect(overRest.status).toBe(400)
      expect(fieldErrors(overRest)).toEqual([{ path: 'reviewWorkflow.status', message: expect.stringMatching(/Careful Spine requires a clinical review/) }])
      const overGraphql = await publishOverGraphql(id, 'editor')
      expect(overGraphql.errors?.[0]?.extensions?.statusCode).toBe(400)
      await expect(payload.update({ collection: 'articles', id, data: { _status: 'published' }, user: people.editor, overrideAccess: false })).rejects.toMatchObject({ status: 400 })
      await submit(id)
      expect((await publishOverRest(id, 'editor')).status).toBe(400)
      expect((await stored(id, false))._status).toBe('draft')

      const elsewhere = await draftArticle([relaxed], 'relaxedEditor')
      expect((await publishOverRest(elsewhere, 'relaxedEditor')).status).toBe(200)
      expect((await stored(elsewhere, false))._status).toBe('published')
    })

    it('publishes an approved page; an edit after the approval makes it lapse', async () => {
      const id = await draftArticle([careful])
      await submit(id)
      await approveOverRest(id, 'reviewer')
      const published = await publishOverGraphql(id, 'editor')
      expect(published.errors).toBeUndefined()
      expect((await stored(id, false))._status).toBe('published')

      expect((await rest('PATCH', `/articles/${id}?draft=true`, 'editor', { excerpt: 'A new claim nobody checked.' })).status).toBe(200)
      expect((await workflowOf(id))?.status).toBe('approved')
      const lapsed = await publishOverRest(id, 'editor')
      expect(lapsed.status).toBe(400)
      expect(fieldErrors(lapsed)[0]?.message).toMatch(/changed after it was approved/)
      expect((await stored(id, false)).excerpt).not.toBe('A new claim nobody checked.')
      // Its brands are part of what was approved too.
      const again = await draftArticle([careful])
      await submit(again)
      await approveOverRest(again, 'reviewer')
      expect((await rest('PATCH', `/articles/${again}?draft=true`, 'admin', { brands: [careful.id, relaxed.id] })).status).toBe(200)
      expect((await publishOverRest(again, 'admin')).status).toBe(400)
    })

    it('needs, for a page shared by several brands, an approval by someone who works for every one of them', async () => {
      const shared = await draftArticle([careful, relaxed], 'admin')
      expect((await publishOverRest(shared, 'admin')).status).toBe(400)
      await submit(shared, 'admin')
      expect((await approveOverRest(shared, 'reviewer')).status).toBe(403)
      expect((await approveOverRest(shared, 'bothReviewer')).status).toBe(200)
      expect((await publishOverRest(shared, 'admin')).status).toBe(200)
    })

    it('fails a scheduled publish of an unapproved page as a job, and runs one of an approved page', async () => {
      const waiting = (jobId: Id) => settledJob(payload, jobId, WAIT_LIMIT_MS)
      // Ids are numbers on SQLite and strings on MongoDB; the generated types name SQLite's only.
      const schedule = (id: Id) =>
        payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: id as Article['id'] }, user: { relationTo: 'users', value: people.editor.id } }, waitUntil: new Date(Date.now() + 1_000) })

      const unapproved = await draftArticle([careful])
      await submit(unapproved)
      const failed = await waiting((await schedule(unapproved)).id)
      expect(failed?.hasError, 'the scheduled publish of an unapproved page should fail').toBe(true)
      expect(JSON.stringify([failed?.error, failed?.log])).toContain('reviewWorkflow.status')
      expect((await stored(unapproved, false))._status).toBe('draft')

      const approved = await draftArticle([careful])
      await submit(approved)
      await approveOverRest(approved, 'reviewer')
      const done = await waiting((await schedule(approved)).id)
      expect(done?.hasError ?? false).toBe(false)
      expect((await stored(approved, false))._status).toBe('published')
    }, 70_000)
  })

  describe('emails', () => {
    it('tells the brand’s clinical reviewers when a page is ready, and its submitter when it is approved or returned: title, brand and link only', async () => {
      const id = await draftArticle([careful])
      const title = (await stored(id)).title
      await submit(id)
      const link = `http://cms.test/admin/collections/articles/${id}`
      for (const who of ['reviewer', 'secondReviewer', 'bothReviewer'] as const) {
        const [mail] = await mailsTo(people[who].email, `Ready for clinical review: ${title}`)
        expect(mail, `${who} is told`).toBeDefined()
        const text = mail?.parts['text/plain'] ?? ''
        expect(text).toContain('Careful Spine')
        expect(text.split('\n')).toContain(link)
        expect(mail?.parts['text/html']).toContain(`<a href="${link}">`)
      }
      // Not the reviewer of another brand, nor one who cannot approve (no provider), nor the writer.
      await emailJobsDone()
      for (const who of ['otherReviewer', 'unlinkedReviewer', 'contributor'] as const) {
        expect(await mailsTo(people[who].email, `Ready for clinical review: ${title}`, 0)).toEqual([])
      }

      const comment = 'The contraindications section is missing.'
      await rest('PATCH', `/articles/${id}?draft=true`, 'reviewer', { reviewWorkflow: { status: 'returned', comment } })
      const [returned] = await mailsTo(people.contributor.email, `Returned after clinical review: ${title}`)
      expect(returned?.parts['text/plain']).toContain(link)
      // The comment is read in the CMS, after logging in.
      expect(JSON.stringify(returned)).not.toContain('contraindications')

      await submit(id)
      await approveOverRest(id, 'secondReviewer')
      const [approved] = await mailsTo(people.contributor.email, `Clinically approved: ${title}`)
      expect(approved?.parts['text/plain']).toContain(link)
    }, 60_000)
  })

  it('lets only network admins and brand admins decide whether a brand requires review', async () => {
    const answer = await rest('PATCH', `/brands/${careful.id}?draft=true`, 'editor', { clinicalReview: { required: false } })
    expect(answer.status).toBe(200)
    expect((await payload.findByID({ collection: 'brands', id: careful.id, draft: true, overrideAccess: true })).clinicalReview?.required).toBe(true)
    const admin = await rest('PATCH', `/brands/${relaxed.id}?draft=true`, 'admin', { clinicalReview: { required: true, intervalMonths: 6 } })
    expect(admin.status).toBe(200)
    expect((await payload.findByID({ collection: 'brands', id: relaxed.id, draft: true, overrideAccess: true })).clinicalReview).toMatchObject({ required: true, intervalMonths: 6 })
  })
})
