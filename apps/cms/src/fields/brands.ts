import type { RelationshipField, RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'
import { refId, roleOf, userBrandIds } from '../access/userBrands'

/** Payload's own checks first; then editors may only assign brands they belong to. */
const onlyOwnBrands: RelationshipFieldValidation = async (value, options) => {
  const base = await relationship(value, options)
  if (base !== true) return base
  const { req } = options
  if (roleOf(req) !== 'editor') return true
  const allowed = new Set(userBrandIds(req).map(String))
  const chosen = (Array.isArray(value) ? value : value == null ? [] : [value]).map((entry) => String(refId(entry as Parameters<typeof refId>[0])))
  const foreign = chosen.filter((id) => !allowed.has(id))
  return foreign.length === 0 ? true : 'You can only assign brands you belong to.'
}

interface BrandsFieldOptions {
  /** `brands` (a document shared by several brands) or `brand` (it belongs to exactly one). */
  name?: 'brands' | 'brand'
  overrides?: Partial<RelationshipField>
}

/** The relationship that decides which brand sites show a document and which editors see it. */
export function brandsField({ name = 'brands', overrides = {} }: BrandsFieldOptions = {}): RelationshipField {
  const many = name === 'brands'
  return {
    name,
    type: 'relationship',
    relationTo: 'brands',
    hasMany: many,
    required: true,
    index: true,
    validate: onlyOwnBrands,
    admin: {
      position: 'sidebar',
      description: many
        ? 'The brand sites that publish this. Choose several to share it across brands.'
        : 'The brand this belongs to.',
      ...overrides.admin,
    },
    ...overrides,
  } as RelationshipField
}
