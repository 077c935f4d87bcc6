import type { Access, CollectionSlug, FieldAccess, PayloadRequest } from 'payload'
import { brandWriteScope } from '../access/brandWriteScope'
import { type Role, roleOf } from '../access/roles'
import { refId } from '../access/userBrands'

/*
 * Clinical reviewers read their brands' content like the rest of the staff (the collections' own
 * read access), and write nothing but a health page's review: the `reviewWorkflow` group (to
 * approve or return the page) and the `review` group. Everything else is refused:
 * - content: ./workflow.ts refuses any save of theirs that changes another field (a version
 *   restore included), and the admin shows them the page read-only (see reviewersMayDecide);
 * - publishing: they are not publishers (canPublish), and keepContributorsToDrafts holds them to drafts;
 * - creating, deleting, uploading, appointment requests: ../collections/contentAccess.ts,
 *   ../collections/Media/access.ts and ../collections/AppointmentRequests.
 */

/**
 * Whether Payload asks with a whole stored page (an id and timestamps), as it does to decide
 * whether the admin's form is editable, rather than with what a save sends.
 */
function isStoredPage(data: Record<string, unknown>): boolean {
  return 'id' in data || 'createdAt' in data || 'updatedAt' in data
}

/**
 * The update access of a reviewed collection: the collection's own rule for everyone, and for
 * clinical reviewers the pages all of whose brands are theirs (a page shared with another brand
 * is reviewed by someone who works for every one of its brands, or a network admin), never to
 * publish. Which fields a reviewer's save may change (the review only) is checked by
 * ./workflow.ts, because GraphQL's comparison input repeats required groups unchanged. The
 * admin shows them the page read-only: asked with the stored page, this answers no.
 */
export function reviewersMayDecide(collection: CollectionSlug, own: Access | undefined): Access {
  return async (args) => {
    if (roleOf(args.req) !== 'clinical-reviewer') return own ? own(args) : false
    const data = (args.data ?? {}) as Record<string, unknown>
    if (isStoredPage(data) || data._status === 'published') return false
    return brandWriteScope(args.req, { collection, field: 'brands', id: args.id ?? undefined })
  }
}

/** Roles that may approve or return a page, once linked to a provider. Contributors never do. */
const DECIDING_ROLES: readonly Role[] = ['admin', 'brand-admin', 'editor', 'clinical-reviewer']

/** The provider the logged-in user is (`users.provider`), or null. */
export function providerIdOf(req: Pick<PayloadRequest, 'user'>): number | string | null {
  const user = req.user as { provider?: unknown } | null | undefined
  return refId(user?.provider as Parameters<typeof refId>[0])
}

/**
 * Why the logged-in user may not approve or return pages at all, or null when they may: a
 * clinical reviewer, editor, brand admin or network admin who is linked to a provider.
 */
export function deciderProblem(req: Pick<PayloadRequest, 'user'>): string | null {
  const role = roleOf(req)
  if (role === null || !DECIDING_ROLES.includes(role)) {
    return 'Only a clinical reviewer of the page’s brand, or an editor linked to a provider, can approve or return a page. Ask one of them to review it.'
  }
  if (providerIdOf(req) === null) {
    return 'Your account is not linked to a provider, so you cannot approve or return pages. Ask a brand admin to link your account to your provider profile (Users › Provider).'
  }
  return null
}

/** Network admins and brand admins: who decides whether a brand requires clinical review (editors may not switch it off). */
export const setsReviewPolicy: FieldAccess = ({ req }) => {
  const role = roleOf(req)
  return role === 'admin' || role === 'brand-admin'
}
