import type { CollectionAfterDeleteHook, CollectionSlug, FlattenedField, PayloadRequest, SanitizedCollectionConfig, TypeWithVersion, Where } from 'payload'

/*
 * After a brand is deleted, nothing may still name it: it leaves every `brands` list (shared
 * content, images, people) and every single `brand` that stays (site rebuilds, import records)
 * becomes empty, in documents and in their versions (a draft that still named the brand would
 * bring it back when published, and restoring an old version would too).
 *
 * SQLite's foreign keys already did this when the brand row went (`ON DELETE CASCADE` on the
 * relation tables, `SET NULL` on `brand_id`), so on SQLite this finds nothing left; MongoDB has
 * no foreign keys and keeps the dead id everywhere until this removes it. The writes go through
 * the adapter (no hooks, no new versions, no rebuilds), in the brand delete's transaction (`req`).
 * What belongs to the brand alone was deleted before, by ./removeBrandContent.ts.
 */

type Id = number | string

/** A field of a collection that can hold a brand id, by its data path. */
export interface BrandField {
  path: string
  hasMany: boolean
  /** `{ relationTo, value }` values, where a brand is one collection among several. */
  polymorphic: boolean
}

/**
 * The fields of a collection that can hold a brand id: relationships and uploads to `brands`,
 * at the top level or in named groups and tabs. Inside arrays and blocks nothing points at
 * brands today; tests/int/brandDelete.int.spec.ts fails when something does, since such
 * references are not removed here.
 */
export function brandFieldsOf(collection: Pick<SanitizedCollectionConfig, 'flattenedFields'>): BrandField[] {
  const found: BrandField[] = []
  const walk = (fields: FlattenedField[], prefix: string) => {
    for (const field of fields) {
      if ((field.type === 'relationship' || field.type === 'upload') && (Array.isArray(field.relationTo) ? field.relationTo.includes('brands') : field.relationTo === 'brands')) {
        found.push({ path: `${prefix}${field.name}`, hasMany: field.hasMany === true, polymorphic: Array.isArray(field.relationTo) })
      }
      if (field.type === 'group' || field.type === 'tab') walk(field.flattenedFields, `${prefix}${field.name}.`)
    }
  }
  walk(collection.flattenedFields, '')
  return found
}

function naming(field: BrandField, brandId: Id, prefix = ''): Where {
  const path = `${prefix}${field.path}`
  if (field.polymorphic) return { and: [{ [`${path}.relationTo`]: { equals: 'brands' } }, { [`${path}.value`]: { equals: brandId } }] }
  return { [path]: field.hasMany ? { in: [brandId] } : { equals: brandId } }
}

/** `{ a: { b: value } }` for path `a.b`. */
function atPath(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>
}

const namesBrand = (entry: unknown, brandId: Id, polymorphic: boolean): boolean => {
  if (!polymorphic) return String(entry) === String(brandId)
  const ref = entry as { relationTo?: unknown; value?: unknown } | null
  return ref?.relationTo === 'brands' && String(ref.value) === String(brandId)
}

/** Removes `brandId` from `field` in a plain document object (a version's `version`), in place. */
function removeFromObject(target: Record<string, unknown>, field: BrandField, brandId: Id): void {
  const keys = field.path.split('.')
  const last = keys.pop() as string
  let parent: unknown = target
  for (const key of keys) parent = (parent as Record<string, unknown> | null | undefined)?.[key]
  if (parent === null || typeof parent !== 'object') return
  const holder = parent as Record<string, unknown>
  const value = holder[last]
  if (Array.isArray(value)) holder[last] = value.filter((entry) => !namesBrand(entry, brandId, field.polymorphic))
  else if (value !== null && value !== undefined && namesBrand(value, brandId, field.polymorphic)) holder[last] = null
}

/**
 * Takes `brandId` out of every document and version that names it: out of lists, and single
 * references emptied. Returns what changed, as `collection.path: count` lines for the log.
 */
export async function removeReferencesTo(req: PayloadRequest, brandId: Id): Promise<string[]> {
  const { payload } = req
  const changed: string[] = []
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    const fields = brandFieldsOf(collection)
    for (const field of fields) {
      const where = naming(field, brandId)
      const { totalDocs } = await payload.db.count({ collection: slug, where, req })
      if (totalDocs === 0) continue
      // `$remove` takes one entry out of a hasMany relationship on both adapters (MongoDB: $pull).
      const emptied = field.hasMany ? { $remove: [field.polymorphic ? { relationTo: 'brands', value: brandId } : brandId] } : null
      await payload.db.updateMany({ collection: slug, where, data: atPath(field.path, emptied), req, returning: false })
      changed.push(`${slug}.${field.path}: ${totalDocs}`)
    }

    if (!collection.versions || fields.length === 0) continue
    // Versions have no update-many: each version that names the brand is written back without it.
    const { docs } = await payload.db.findVersions({ collection: slug, where: { or: fields.map((field) => naming(field, brandId, 'version.')) }, limit: 0, pagination: false, req })
    for (const { id, ...versionData } of docs as TypeWithVersion<Record<string, unknown>>[]) {
      for (const field of fields) removeFromObject(versionData.version, field, brandId)
      await payload.db.updateVersion({ collection: slug, id, versionData, req, returning: false })
    }
    if (docs.length > 0) changed.push(`${slug} versions: ${docs.length}`)
  }
  return changed
}

/** After a brand is deleted: no document or version names it any more (see the top of this file). */
export const removeBrandReferences: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
  const changed = await removeReferencesTo(req, id)
  if (changed.length > 0) req.payload.logger.info(`Brand ${String(id)} deleted; removed from ${changed.join('; ')}.`)
  return doc
}
