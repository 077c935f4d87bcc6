import type { Payload, TaskConfig } from 'payload'
import { refId, refIds } from '../access/userBrands'
import { type EmailMessage, escapeHtml, oneLine } from '../email/text'
import { documentUrl } from '../dashboard/listUrl'
import { env } from '../env'
import { NOTIFY_CLINICAL_REVIEW, type ReviewedCollection, isReviewedCollection } from './constants'

/*
 * The review's emails, through Payload's email adapter (SMTP, or the log): to the clinical
 * reviewers of the page's brands when it is sent to review, to whoever sent it when it is approved
 * or returned. They say no more than the page's title, its brands and where to open it in the
 * admin: a reviewer's comment is read in the CMS, after logging in.
 */

type Event = 'ready' | 'approved' | 'returned'
type Id = number | string

/** A review email. */
export type ReviewEmail = EmailMessage

const esc = escapeHtml

const KIND: Record<ReviewedCollection, string> = { articles: 'article', therapies: 'therapy page', conditions: 'condition page', comparisons: 'comparison' }

/** The admin page of a reviewed document. */
export const reviewAdminUrl = (serverUrl: string, collection: ReviewedCollection, id: Id) =>
  `${serverUrl}${documentUrl('/admin', collection, id)}`

/** The email about `event` for a page titled `title` of `brands`, linking to `link`. */
export function reviewEmail({ event, collection, title, brands, link }: { event: Event; collection: ReviewedCollection; title: string; brands: string[]; link: string }): ReviewEmail {
  const page = oneLine(title) || `Untitled ${KIND[collection]}`
  const of = brands.map(oneLine).join(', ') || 'no brand'
  const { subject, lead, action } = {
    ready: { subject: `Ready for clinical review: ${page}`, lead: `A ${KIND[collection]} of ${of} is ready for your clinical review.`, action: 'Open it to approve it, or return it with a comment' },
    approved: { subject: `Clinically approved: ${page}`, lead: `The ${KIND[collection]} you sent to clinical review (${of}) was approved.`, action: 'Open it to publish it' },
    returned: { subject: `Returned after clinical review: ${page}`, lead: `The ${KIND[collection]} you sent to clinical review (${of}) was returned with a comment.`, action: 'Open it to read the comment' },
  }[event]
  const text = [lead, '', `Title: ${page}`, `Brand: ${of}`, '', `${action}:`, link].join('\n')
  const html = [
    '<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933">',
    `<p>${esc(lead)}</p>`,
    `<p><strong>Title:</strong> ${esc(page)}<br><strong>Brand:</strong> ${esc(of)}</p>`,
    `<p><a href="${esc(link)}">${esc(action)}</a> (you need to log in).</p>`,
    '</body></html>',
  ].join('\n')
  return { subject, text, html }
}

/** The addresses an email about `event` goes to. */
async function recipientsOf(payload: Payload, event: Event, brandIds: Id[], submittedBy: Id | null): Promise<string[]> {
  if (event !== 'ready') {
    if (submittedBy === null) return []
    const submitter = await payload.findByID({ collection: 'users', id: submittedBy, depth: 0, overrideAccess: true, disableErrors: true })
    return submitter?.email ? [submitter.email] : []
  }
  if (brandIds.length === 0) return []
  // The reviewers who can decide: they work for every brand of the page and are linked to a provider.
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'clinical-reviewer' } }, { brands: { in: brandIds } }, { provider: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const needed = brandIds.map(String)
  return docs
    .filter((user) => {
      const theirs = new Set(refIds(user.brands).map(String))
      return refId(user.provider as Parameters<typeof refId>[0]) !== null && needed.every((brand) => theirs.has(brand))
    })
    .map((user) => user.email)
}

/**
 * Emails the people concerned by `event` on page `id` of `collection`, one message each. A
 * failed send throws, so the jobs queue tries again; nobody to tell is logged, not an error.
 */
export async function notifyClinicalReview(payload: Payload, collection: ReviewedCollection, id: Id, event: Event): Promise<number> {
  const doc = (await payload.findByID({ collection, id, depth: 0, draft: true, overrideAccess: true, disableErrors: true })) as Record<string, unknown> | null
  if (!doc) {
    payload.logger.warn(`Clinical review email: ${collection} ${id} no longer exists; nothing to send.`)
    return 0
  }
  const brandIds = refIds(doc.brands)
  const { docs: brands } = await payload.find({ collection: 'brands', where: { id: { in: brandIds } }, depth: 0, pagination: false, overrideAccess: true, select: { name: true } })
  const workflow = (doc.reviewWorkflow ?? {}) as { submittedBy?: unknown }
  const recipients = await recipientsOf(payload, event, brandIds, refId(workflow.submittedBy as Parameters<typeof refId>[0]))
  if (recipients.length === 0) {
    const whom = event === 'ready' ? 'no clinical reviewer linked to a provider works for all of its brands' : 'whoever sent it to review has no account any more'
    payload.logger.warn(`Clinical review email about ${collection} ${id} (${event}) not sent: ${whom}.`)
    return 0
  }
  const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const email = reviewEmail({ event, collection, title: String(doc[titleField] ?? ''), brands: brands.map((brand) => brand.name), link: reviewAdminUrl(env.serverUrl, collection, id) })
  for (const to of recipients) await payload.sendEmail({ to, subject: email.subject, text: email.text, html: email.html })
  payload.logger.info(`Clinical review email about ${collection} ${id} (${event}) sent to ${recipients.length} recipient(s).`)
  return recipients.length
}

const isEvent = (value: unknown): value is Event => value === 'ready' || value === 'approved' || value === 'returned'

/** The jobs task `notifyClinicalReview` (input: collection, id, event), queued by ./workflow.ts. */
export const notifyClinicalReviewTask: TaskConfig<{ input: { collection: string; id: string; event: string }; output: { sent: number } }> = {
  slug: NOTIFY_CLINICAL_REVIEW,
  label: 'Email a clinical review step to the reviewers or the submitter',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  retries: { attempts: 4, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    if (!isReviewedCollection(input.collection) || !isEvent(input.event)) {
      throw new Error(`notifyClinicalReview: unknown collection "${input.collection}" or event "${input.event}"; the job was queued with bad input.`)
    }
    return { output: { sent: await notifyClinicalReview(req.payload, input.collection, input.id, input.event) } }
  },
}
