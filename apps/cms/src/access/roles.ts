import type { PayloadRequest } from 'payload'

/**
 * What a CMS user may do, from most to least. Everyone but `admin` works only for the brands
 * in their profile.
 * - `admin`: network admin; every brand, every user.
 * - `brand-admin`: their brands' content, and the users of their brands.
 * - `editor`: creates, edits, publishes and deletes their brands' content.
 * - `contributor`: writes drafts of their brands' content; cannot publish or delete.
 */
export const ROLES = ['admin', 'brand-admin', 'editor', 'contributor'] as const

export type Role = (typeof ROLES)[number]

/** The `role` select's options, in the order the admin lists them. */
export const roleOptions: { label: string; value: Role }[] = [
  { label: 'Network admin', value: 'admin' },
  { label: 'Brand admin', value: 'brand-admin' },
  { label: 'Brand editor', value: 'editor' },
  { label: 'Contributor', value: 'contributor' },
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
