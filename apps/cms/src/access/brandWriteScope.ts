import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { sharedDocumentIds } from './sharedDocuments'
import { userBrandIds } from './userBrands'

interface BrandWriteScopeOptions {
  collection: CollectionSlug
  /** `brands` (several: the document may be shared) or `brand` (exactly one: never shared). */
  field: 'brands' | 'brand'
  /** The document the operation is about, when Payload names one: narrows the lookup to it. */
  id?: number | string
}

/**
 * The documents a brand user may change or delete: those whose brands are all theirs.
 * A document shared with a brand they do not work for stays readable to them but only a
 * network admin changes it, because a change would reach the other brand's site too.
 *
 * Payload's `not_in` cannot say "no brand outside mine" on a hasMany relationship: on SQLite
 * it matches a document as soon as one of its brands is outside the list. So the user's shared
 * documents are looked up (./sharedDocuments.ts, shared with read access) and excluded by id.
 */
export async function brandWriteScope(req: PayloadRequest, { collection, field, id }: BrandWriteScopeOptions): Promise<Where | false> {
  const mine = userBrandIds(req)
  if (mine.length === 0) return false
  const own: Where = { [field]: { in: mine } }
  if (field === 'brand') return own

  const shared = await sharedDocumentIds(req, { collection, field, id })
  return shared.length === 0 ? own : { and: [own, { id: { not_in: shared } }] }
}
