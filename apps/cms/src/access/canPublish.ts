import type { Access } from 'payload'
import { type Role, roleOf } from './roles'

/**
 * Whether this role may change what the brand sites show: publish, unpublish, edit without a
 * draft, and delete. Contributors (and the public) may not; contributors write drafts that an
 * editor publishes.
 */
export function canPublish(role: Role | null): boolean {
  return role === 'admin' || role === 'brand-admin' || role === 'editor'
}

/** Collection-level twin of {@link canPublish}: logged-in users other than contributors. */
export const isPublisher: Access = ({ req }) => canPublish(roleOf(req))
