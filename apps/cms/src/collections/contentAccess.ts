import type { CollectionConfig, CollectionSlug } from 'payload'
import { brandScoped, brandScopedVersions } from '../access/brandScoped'
import { brandWriteScope } from '../access/brandWriteScope'
import { canPublish } from '../access/canPublish'
import { type Role, roleOf, writesContent } from '../access/roles'

interface ContentAccessOptions {
  collection: CollectionSlug
  /** `brands` (several, so the document may be shared) or `brand` (exactly one). */
  brandField: 'brands' | 'brand'
  /** Whether the collection keeps drafts. Without drafts every save is live, so contributors only read. */
  drafts: boolean
}

const publishes = (data: unknown) => (data as { _status?: unknown } | null | undefined)?._status === 'published'

/**
 * Access shared by every brand-scoped content collection. Staff read what names one of their
 * brands; they change and delete only documents whose brands are all theirs (shared network
 * content is the network admins'). Contributors write drafts and never publish or delete; which
 * brands a document may be given is checked by the brands field. The public reads nothing directly.
 */
export function contentAccess({ collection, brandField, drafts }: ContentAccessOptions): NonNullable<CollectionConfig['access']> {
  const read = brandScoped(brandField, collection)
  // Clinical reviewers write no content: they change a health page's review only (src/review/access.ts).
  const mayWrite = (role: Role | null) => (drafts ? writesContent(role) : canPublish(role))
  return {
    read,
    // Versions hold the document's fields under `version.`.
    readVersions: brandScopedVersions(brandField),
    // Payload asks with `_status: 'published'` to decide whether the admin shows "Publish".
    create: ({ req, data }) => {
      const role = roleOf(req)
      return mayWrite(role) && (canPublish(role) || !publishes(data))
    },
    update: async ({ req, id, data }) => {
      const role = roleOf(req)
      if (!mayWrite(role) || (publishes(data) && !canPublish(role))) return false
      return role === 'admin' ? true : brandWriteScope(req, { collection, field: brandField, id })
    },
    delete: async ({ req, id }) => {
      const role = roleOf(req)
      if (!canPublish(role)) return false
      return role === 'admin' ? true : brandWriteScope(req, { collection, field: brandField, id })
    },
  }
}

/**
 * Versions with drafts, as every content collection but authors keeps them: the editor saves a
 * draft by itself two seconds after the last keystroke (autosave), and publishing or
 * unpublishing can be scheduled for later (run by the jobs queue, see payload.config.ts).
 */
export const draftVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: { autosave: { interval: 2_000 }, schedulePublish: true },
  maxPerDoc: 50,
}
