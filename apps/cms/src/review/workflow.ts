import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'
import { roleOf } from '../access/roles'
import { refId, refIds } from '../access/userBrands'
import { mergeSaved } from '../publishing/fieldPaths'
import { deciderProblem, providerIdOf } from './access'
import { COMMENT_PATH, NOTIFY_CLINICAL_REVIEW, type ReviewStatus, type ReviewedCollection, STATUS_PATH, WORKFLOW, isReviewStatus } from './constants'
import { changedFields, contentFingerprint } from './fingerprint'

/*
 * The clinical review of a health page, enforced on every save (admin, REST, GraphQL, Local API,
 * scheduled publishes), because the admin's buttons are only a convenience:
 * - a contributor or editor sends the page to review (`status: 'ready'`) or takes it back (`none`);
 * - a clinical reviewer of its brands, or an editor linked to a provider, approves it (which
 *   records the hash of its content and sets "Medically reviewed by" to their provider, today) or
 *   returns it with a comment; never a page they sent to review themselves (a second pair of eyes
 *   is the point), never a page not waiting for review, never a page of a brand not theirs
 *   (update access, ./access.ts);
 * - who submitted and who decided, and when, are recorded here, never taken from the request;
 * - when a brand requires clinical review, a page of that brand is published only with a current
 *   approval: approved, and its content still what was approved (an edit after the approval, or
 *   a new brand, makes it lapse). A page shared by several brands is checked for each of them.
 */

type Id = number | string

interface Workflow {
  status: ReviewStatus
  comment: string | null
  submittedBy: Id | null
  submittedAt: string | null
  decidedBy: Id | null
  decidedAt: string | null
  approvedHash: string | null
}

const NOT_STARTED: Workflow = { status: 'none', comment: null, submittedBy: null, submittedAt: null, decidedBy: null, decidedAt: null, approvedHash: null }

const STATUS_LABELS: Record<ReviewStatus, string> = { none: 'not sent to review', ready: 'waiting for review', approved: 'approved', returned: 'returned to its writers' }

/** A page's review as stored (missing values as in a page never sent to review). */
function workflowOf(doc: Record<string, unknown> | undefined): Workflow {
  const stored = (doc?.[WORKFLOW] ?? {}) as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)
  const date = (value: unknown) => (value instanceof Date ? value.toISOString() : text(value))
  return {
    status: isReviewStatus(stored.status) ? stored.status : 'none',
    comment: text(stored.comment),
    submittedBy: refId(stored.submittedBy as Parameters<typeof refId>[0]),
    submittedAt: date(stored.submittedAt),
    decidedBy: refId(stored.decidedBy as Parameters<typeof refId>[0]),
    decidedAt: date(stored.decidedAt),
    approvedHash: text(stored.approvedHash),
  }
}

/** Today (the server's UTC day) at noon UTC, as the medical review's "last reviewed" stores a day. */
function todayAtNoonUtc(): string {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12)).toISOString()
}

/** What a clinical reviewer's save may change. */
const REVIEWER_FIELDS = new Set([WORKFLOW, 'review', '_status', 'updatedAt'])

const forbidden = (message: string) => new APIError(message, 403, undefined, true)

function fieldError(req: PayloadRequest, collection: ReviewedCollection, id: unknown, path: string, message: string): ValidationError {
  return new ValidationError({ collection, id: typeof id === 'number' || typeof id === 'string' ? id : undefined, errors: [{ path, message }], req }, req.t)
}

/** Whether the approval in `workflow` applies to the page `fingerprint` describes. */
export function approvalIsCurrent(workflow: { status?: unknown; approvedHash?: unknown }, fingerprint: string): boolean {
  return workflow.status === 'approved' && typeof workflow.approvedHash === 'string' && workflow.approvedHash === fingerprint
}

/**
 * Approving or returning: the decider is allowed to decide, the page waits for review, they did
 * not submit it, and their provider works for one of the page's brands (the site shows them as
 * its reviewer). Returns the provider's id.
 */
async function checkDecision(req: PayloadRequest, collection: ReviewedCollection, id: unknown, before: Workflow, brands: Id[]): Promise<Id> {
  const problem = deciderProblem(req)
  if (problem !== null) throw forbidden(problem)
  if (before.status !== 'ready') {
    throw fieldError(req, collection, id, STATUS_PATH, `Only a page marked ready for review can be approved or returned; this one is ${STATUS_LABELS[before.status]}.`)
  }
  if (before.submittedBy !== null && req.user && String(before.submittedBy) === String(req.user.id)) {
    throw forbidden('You sent this page to review yourself, so another reviewer approves or returns it. To take it back, withdraw it from review.')
  }
  const providerId = providerIdOf(req) as Id
  const provider = await req.payload.findByID({ collection: 'providers', id: providerId, depth: 0, overrideAccess: true, disableErrors: true, draft: true, req })
  const providerBrand = refId((provider as { brand?: Parameters<typeof refId>[0] } | null)?.brand)
  if (!provider || providerBrand === null || !brands.some((brand) => String(brand) === String(providerBrand))) {
    throw forbidden(
      provider
        ? `Your provider profile (${provider.name}) belongs to a brand this page is not published for, so the site could not name you as its reviewer. Ask a reviewer of the page's brand.`
        : 'The provider profile your account is linked to no longer exists. Ask a brand admin to link your account to your provider profile (Users › Provider).',
    )
  }
  return providerId
}

/** The brands of the page that require clinical review before publishing, by name. */
async function brandsRequiringReview(req: PayloadRequest, brands: Id[]): Promise<string[]> {
  if (brands.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'brands',
    where: { and: [{ id: { in: brands } }, { 'clinicalReview.required': { equals: true } }] },
    depth: 0,
    limit: brands.length,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
    req,
  })
  return docs.map((brand) => brand.name)
}

function refusalOf(workflow: Workflow, brandNames: string[]): string {
  const who = brandNames.length === 1 ? `${brandNames[0]} requires` : `${brandNames.join(' and ')} require`
  const rule = `${who} a clinical review before a health page is published`
  switch (workflow.status) {
    case 'ready':
      return `${rule}: this page is waiting for a clinical reviewer's approval. Publish it once it is approved.`
    case 'returned':
      return `${rule}: a clinical reviewer returned this page. Make the changes in their comment, then request clinical review again.`
    case 'approved':
      return `${rule}: the page changed after it was approved (its content or its brands), so the approval no longer applies. Request clinical review again.`
    case 'none':
      return `${rule}: use "Request clinical review", and publish once a clinical reviewer has approved the page.`
  }
}

/**
 * The `beforeChange` hook of a reviewed collection: applies the review's rules to the save
 * (see the top of this file), records who did what, and refuses a publish without a current
 * approval where a brand requires one. Put it after the collection's own hooks, so that it
 * sees the page as it will be stored.
 */
export function reviewWorkflowHook(collection: ReviewedCollection): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, req, context }) => {
    const fields = req.payload.collections[collection].config.flattenedFields
    const original = operation === 'update' ? (originalDoc as Record<string, unknown> | undefined) : undefined
    const merged = mergeSaved(original, data)
    const fingerprint = contentFingerprint(merged, fields)
    const brands = refIds(merged.brands)
    const before = workflowOf(original)
    let next: Workflow

    if (!req.user) {
      // Scripts and the server's own writes (the seed) set the review as they mean it.
      next = { ...NOT_STARTED, ...workflowOf(merged) }
      if (next.status === 'approved' && next.approvedHash === null) next.approvedHash = fingerprint
    } else {
      const role = roleOf(req)
      if (role === 'clinical-reviewer') {
        const changed = changedFields(original ?? {}, merged, fields).filter((name) => !REVIEWER_FIELDS.has(name))
        if (changed.length > 0) {
          throw forbidden(`Clinical reviewers change only a page’s review, not ${changed.join(', ')}: approve the page, or return it with a comment saying what to change.`)
        }
      }
      const sent = (data[WORKFLOW] ?? {}) as Record<string, unknown>
      // A restored version brings back old content, never an old approval.
      const requested: ReviewStatus = context.isRestoringVersion !== true && isReviewStatus(sent.status) ? sent.status : before.status
      next = { ...before }
      if (requested !== before.status) {
        if (requested === 'ready' || requested === 'none') {
          if (role === 'clinical-reviewer') throw forbidden('Clinical reviewers approve or return pages; the page’s writers send it to review or take it back.')
          next =
            requested === 'ready'
              ? { ...NOT_STARTED, status: 'ready', comment: before.comment, submittedBy: req.user.id, submittedAt: new Date().toISOString() }
              : { ...before, status: 'none', decidedBy: null, decidedAt: null, approvedHash: null }
        } else {
          const providerId = await checkDecision(req, collection, merged.id, before, brands)
          const decided = { ...before, decidedBy: req.user.id, decidedAt: new Date().toISOString() }
          if (requested === 'approved') {
            next = { ...decided, status: 'approved', comment: null, approvedHash: fingerprint }
            data.review = { reviewedBy: providerId, lastReviewed: todayAtNoonUtc() }
          } else {
            const comment = typeof sent.comment === 'string' ? sent.comment.trim() : ''
            if (comment === '') throw fieldError(req, collection, merged.id, COMMENT_PATH, 'Say what needs to change before the page can be approved: a returned page needs a comment.')
            next = { ...decided, status: 'returned', comment, approvedHash: null }
          }
        }
      } else if (approvalIsCurrent(next, fingerprint) && original) {
        // While an approval applies, "Medically reviewed by" stays the approval's (a form opened before it must not undo it).
        data.review = original.review
      }
    }
    data[WORKFLOW] = next

    if (data._status === 'published' && !(context.skipClinicalReview === true && !req.user) && !approvalIsCurrent(next, fingerprint)) {
      const requiring = await brandsRequiringReview(req, brands)
      if (requiring.length > 0) throw fieldError(req, collection, merged.id, STATUS_PATH, refusalOf(next, requiring))
    }
    return data
  }
}

/**
 * The `afterChange` hook of a reviewed collection: when a save sent the page to review, the
 * brand's clinical reviewers are emailed; when it approved or returned the page, its submitter
 * is. The email is a jobs-queue task (./notify.ts), queued in the save's transaction.
 */
export function reviewEmailsHook(collection: ReviewedCollection): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    const now = workflowOf(doc as Record<string, unknown>)
    const was = workflowOf(previousDoc as Record<string, unknown> | undefined)
    if (now.status === was.status || now.status === 'none') return doc
    // A change of status is a real transition only when this save recorded it.
    if (now.status === 'ready' ? now.submittedAt === was.submittedAt : now.decidedAt === was.decidedAt) return doc
    await req.payload.jobs.queue({ task: NOTIFY_CLINICAL_REVIEW, input: { collection, id: String(doc.id), event: now.status }, req })
    return doc
  }
}
