import { type CollectionBeforeValidateHook, type CollectionSlug, ValidationError, type Where } from 'payload'
import { refId } from '../access/userBrands'

type Ref = Parameters<typeof refId>[0]

/**
 * Keeps slugs unique per brand: no two documents of this collection that share a brand may
 * share a slug. Documents of different brands may use the same slug.
 */
export function ensureUniqueSlug(brandField: 'brands' | 'brand'): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req, collection }) => {
    const slug = data?.slug ?? originalDoc?.slug
    if (typeof slug !== 'string' || slug === '') return data
    const raw = (data?.[brandField] ?? originalDoc?.[brandField]) as Ref | Ref[] | undefined
    const brandIds = (Array.isArray(raw) ? raw : raw == null ? [] : [raw]).map(refId).filter((id) => id !== null)
    if (brandIds.length === 0) return data

    const where: Where = { and: [{ slug: { equals: slug } }, { [brandField]: { in: brandIds } }] }
    const id = originalDoc?.id
    if (id !== undefined && id !== null) where.and?.push({ id: { not_equals: id } })
    const clash = await req.payload.find({
      collection: collection.slug as CollectionSlug,
      where,
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
      req,
    })
    const other = clash.docs[0]
    if (other) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'slug', message: `The slug "${slug}" is already used by another ${collection.labels.singular ?? 'document'} of the same brand (id ${String(other.id)}).` }],
        req,
      })
    }
    return data
  }
}
