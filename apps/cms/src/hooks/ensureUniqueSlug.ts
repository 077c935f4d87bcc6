import { type CollectionBeforeValidateHook, type CollectionSlug, type PayloadRequest, type SanitizedCollectionConfig, ValidationError, type Where } from 'payload'
import { refIds } from '../access/userBrands'
import { foreignBrandsProblem } from '../fields/brands'

type Id = number | string

/**
 * Keeps slugs unique per brand: no two documents of this collection that share a brand may
 * share a slug. Documents of different brands may use the same slug. This check answers with a
 * helpful message; unique indexes hold the rule when two saves race past it (clinics on both
 * databases, shared content on MongoDB: src/ops/mongoSlugIndexes.ts, ./slugClashErrors.ts).
 *
 * The lookup sees every document (drafts too), so what a refusal says is limited to what the
 * user may know. Brands the user does not belong to are refused first, with the brands field's
 * own message: that field validates only after this hook, and a slug looked up in another
 * brand would tell whether that brand has a document (even an unpublished draft) with it. A
 * clashing document is named (title and id) only when the user may read it.
 */
export function ensureUniqueSlug(brandField: 'brands' | 'brand'): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req, collection }) => {
    const slug = data?.slug ?? originalDoc?.slug
    if (typeof slug !== 'string' || slug === '') return data
    const brands: unknown = data?.[brandField] ?? originalDoc?.[brandField]
    const foreign = foreignBrandsProblem(req, brands)
    if (foreign !== null) throw new ValidationError({ collection: collection.slug, errors: [{ path: brandField, message: foreign }], req })
    const brandIds = refIds(brands)
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
    const other = clash.docs[0] as (Record<string, unknown> & { id: Id }) | undefined
    if (other) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'slug', message: await clashMessage(req, collection, slug, other) }], req })
    }
    return data
  }
}

/**
 * The refusal of a slug another document of the same brand uses, naming no document: what users
 * who may not read that document are told, and what the database's unique index says
 * (./slugClashErrors.ts).
 */
export function slugTakenMessage(collection: Pick<SanitizedCollectionConfig, 'labels'>, slug: string): string {
  return `${slugTaken(collection, slug)}. Choose another slug.`
}

function slugTaken(collection: Pick<SanitizedCollectionConfig, 'labels'>, slug: string): string {
  const singular = collection.labels.singular
  const label = typeof singular === 'string' ? singular : 'document'
  return `The slug "${slug}" is already used by another ${label} of this brand`
}

/** The refusal for a slug `other` already uses: it names `other` only to users who may read it. */
async function clashMessage(req: PayloadRequest, collection: SanitizedCollectionConfig, slug: string, other: Record<string, unknown> & { id: Id }): Promise<string> {
  const taken = slugTaken(collection, slug)
  if (!(await mayRead(req, collection.slug as CollectionSlug, other.id))) return slugTakenMessage(collection, slug)
  const titleField = collection.admin?.useAsTitle
  const title = titleField === undefined ? undefined : other[titleField]
  const name = typeof title === 'string' && title !== '' ? `"${title}" (id ${String(other.id)})` : `id ${String(other.id)}`
  return `${taken}: ${name}. Choose another slug or change that one.`
}

/**
 * Whether the user saving may read document `id`, by the collection's read access. A save
 * reaches this hook without a user only when server code overrides access, which may know.
 */
async function mayRead(req: PayloadRequest, collection: CollectionSlug, id: Id): Promise<boolean> {
  if (!req.user) return true
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  return docs.length > 0
}
