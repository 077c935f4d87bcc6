import type { GroupFieldServerComponent } from 'payload'
import { roleOf } from '../../access/roles'
import { refId, refIds } from '../../access/userBrands'
import { deciderProblem } from '../access'
import { isReviewStatus, isReviewedCollection } from '../constants'
import { contentFingerprint } from '../fingerprint'
import { approvalIsCurrent } from '../workflow'
import { ReviewWorkflowPanel, type ReviewPanelProps } from './ReviewWorkflowPanel'

type Id = number | string

const WRITERS = new Set(['admin', 'brand-admin', 'editor', 'contributor'])

/**
 * The "Clinical review" panel of a health page's sidebar (the `reviewWorkflow` group): where the
 * page stands, who sent it and who decided, whether its brand requires the review, and the
 * actions this user may take. Read on the server from the page's latest draft, as the rules
 * in ../workflow.ts see it; the actions are saves that those rules check again.
 */
export const ReviewWorkflowField: GroupFieldServerComponent = async ({ collectionSlug, id, req }) => {
  if (!isReviewedCollection(collectionSlug) || id === undefined || id === null) {
    return <ReviewWorkflowPanel state={null} />
  }
  const { payload } = req
  const doc = (await payload.findByID({ collection: collectionSlug, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })) as Record<string, unknown> | null
  if (!doc) return <ReviewWorkflowPanel state={null} />
  const workflow = (doc.reviewWorkflow ?? {}) as Record<string, unknown>
  const status = isReviewStatus(workflow.status) ? workflow.status : 'none'
  const submittedBy = refId(workflow.submittedBy as Parameters<typeof refId>[0])
  const decidedBy = refId(workflow.decidedBy as Parameters<typeof refId>[0])
  const brandIds = refIds(doc.brands)
  const people = [submittedBy, decidedBy].filter((each): each is Id => each !== null)
  const [users, requiring] = await Promise.all([
    people.length === 0
      ? { docs: [] }
      : payload.find({ collection: 'users', where: { id: { in: people } }, depth: 0, pagination: false, overrideAccess: true, select: { name: true }, req }),
    brandIds.length === 0
      ? { docs: [] }
      : payload.find({ collection: 'brands', where: { and: [{ id: { in: brandIds } }, { 'clinicalReview.required': { equals: true } }] }, depth: 0, pagination: false, overrideAccess: true, select: { name: true }, req }),
  ])
  const nameOf = (who: Id | null) => (who === null ? null : (users.docs.find((user) => String(user.id) === String(who))?.name ?? 'a former user'))
  const fingerprint = contentFingerprint(doc, payload.collections[collectionSlug].config.flattenedFields)
  const role = roleOf(req)
  const me = req.user?.id
  const mine = submittedBy !== null && me !== undefined && String(submittedBy) === String(me)
  const decider = deciderProblem(req)
  const state: ReviewPanelProps['state'] = {
    collection: collectionSlug,
    id: String(id),
    status,
    comment: typeof workflow.comment === 'string' ? workflow.comment : null,
    submittedBy: mine ? 'you' : nameOf(submittedBy),
    submittedAt: typeof workflow.submittedAt === 'string' ? workflow.submittedAt : null,
    decidedBy: decidedBy !== null && me !== undefined && String(decidedBy) === String(me) ? 'you' : nameOf(decidedBy),
    decidedAt: typeof workflow.decidedAt === 'string' ? workflow.decidedAt : null,
    approvalCurrent: approvalIsCurrent(workflow, fingerprint),
    requiredBy: requiring.docs.map((brand) => brand.name),
    maySubmit: role !== null && WRITERS.has(role),
    mayDecide: status === 'ready' && decider === null && !mine,
    whyNotDecide: status !== 'ready' ? null : mine ? 'You sent this page to review, so another reviewer decides on it.' : role === 'clinical-reviewer' ? decider : null,
  }
  return <ReviewWorkflowPanel state={state} />
}
