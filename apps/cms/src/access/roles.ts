import type { PayloadRequest } from 'payload'

/**
 * What a CMS user may do, from most to least. Everyone but `admin` works only for the brands
 * in their profile.
 * - `admin`: network admin; every brand, every user.
 * - `brand-admin`: their brands' content, and the users of their brands.
 * - `editor`: creates, edits, publishes and deletes their brands' content.
 * - `contributor`: writes drafts of their brands' content; cannot publish or delete.
 * - `clinical-reviewer`: reads their brands' content and drafts, and approves or returns the
 *   health pages sent to clinical review (src/review/); writes nothing else, sees no visitor's data.
 */
export const ROLES = ['admin', 'brand-admin', 'editor', 'contributor', 'clinical-reviewer'] as const

export type Role = (typeof ROLES)[number]

/** The `role` select's options, in the order the admin lists them. */
export const roleOptions: { label: string; value: Role }[] = [
  { label: 'Network admin', value: 'admin' },
  { label: 'Brand admin', value: 'brand-admin' },
  { label: 'Brand editor', value: 'editor' },
  { label: 'Contributor', value: 'contributor' },
  { label: 'Clinical reviewer', value: 'clinical-reviewer' },
]

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value)

/**
 * The role of the logged-in user, or null for the public. A user whose stored role is not one
 * of {@link ROLES} gets null too: an unknown role grants nothing rather than a guessed one.
 */
export function roleOf(req: Pick<PayloadRequest, 'user'>): Role | null {
  const user = req.user as { collection?: string; role?: unknown } | null | undefined
  if (!user || user.collection !== 'users') return null
  return isRole(user.role) ? user.role : null
}

/**
 * Whether this role writes content (drafts at least) and uploads images: everyone but clinical
 * reviewers, who only decide on reviews, and the public.
 */
export function writesContent(role: Role | null): boolean {
  return role === 'admin' || role === 'brand-admin' || role === 'editor' || role === 'contributor'
}

/**
 * Whether this role works with the brand's visitors (appointment requests and their personal
 * data): the brand's staff, not its clinical reviewers, who have no need to see them.
 */
export function seesVisitors(role: Role | null): boolean {
  return writesContent(role)
}
