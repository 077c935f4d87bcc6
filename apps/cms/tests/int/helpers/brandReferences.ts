import type { CollectionSlug, FlattenedField, Payload, Where } from 'payload'

type Id = number | string

/** A field that points at brands: `collection` and its data path (inside groups, tabs, arrays and blocks too). */
export interface BrandReference {
  collection: CollectionSlug
  path: string
  /** `{ relationTo, value }` values that may name a brand among other collections. */
  polymorphic: boolean
  /** The collection keeps versions, which hold the field under `version.`. */
  versioned: boolean
}

/**
 * Every relationship or upload field of the config that can point at a brand, found by walking
 * the fields: independent of the code under test, so that a reference it forgets shows up.
 */
export function brandReferences(payload: Payload): BrandReference[] {
  const found: BrandReference[] = []
  for (const collection of payload.config.collections) {
    const walk = (fields: FlattenedField[], prefix: string) => {
      for (const field of fields) {
        if (field.type === 'relationship' || field.type === 'upload') {
          const targets: string[] = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
          if (targets.includes('brands')) {
            found.push({ collection: collection.slug as CollectionSlug, path: `${prefix}${field.name}`, polymorphic: Array.isArray(field.relationTo), versioned: Boolean(collection.versions) })
          }
        }
        if (field.type === 'group' || field.type === 'tab' || field.type === 'array') walk(field.flattenedFields, `${prefix}${field.name}.`)
        if (field.type === 'blocks') {
          for (const block of field.blocks) if (typeof block !== 'string') walk(block.flattenedFields, `${prefix}${field.name}.`)
        }
      }
    }
    walk(collection.flattenedFields, '')
  }
  return found
}

const naming = (reference: BrandReference, brandId: Id, prefix = ''): Where =>
  reference.polymorphic
    ? { and: [{ [`${prefix}${reference.path}.relationTo`]: { equals: 'brands' } }, { [`${prefix}${reference.path}.value`]: { equals: brandId } }] }
    : { [`${prefix}${reference.path}`]: { in: [brandId] } }

/**
 * The documents and versions that still name `brandId`, as `collection.path: count` (versions as
 * `collection.version.path`); empty when nothing does.
 */
export async function referencesTo(payload: Payload, brandId: Id): Promise<string[]> {
  const left: string[] = []
  for (const reference of brandReferences(payload)) {
    const { totalDocs } = await payload.count({ collection: reference.collection, where: naming(reference, brandId), overrideAccess: true })
    if (totalDocs > 0) left.push(`${reference.collection}.${reference.path}: ${totalDocs}`)
    if (reference.versioned) {
      const versions = await payload.countVersions({ collection: reference.collection, where: naming(reference, brandId, 'version.'), overrideAccess: true })
      if (versions.totalDocs > 0) left.push(`${reference.collection}.version.${reference.path}: ${versions.totalDocs}`)
    }
  }
  return left
}
