import { type FieldHook, type RelationshipField, type RelationshipFieldValidation, ValidationError } from 'payload'
import { relationship } from 'payload/shared'
import { roleOf } from '../access/roles'
import { refIds, userBrandIds } from '../access/userBrands'

type BrandRequest = Parameters<typeof roleOf>[0]

/**
 * Why this user may not assign these brands, or null when they may. Network admins (and scripts)
 * assign any. Exported for checks that must refuse foreign brands before the field validates.
 */
export function foreignBrandsProblem(req: BrandRequest, value: unknown): string | null {
  const role = roleOf(req)
  if (role === null || role === 'admin') return null
  const allowed = new Set(userBrandIds(req).map(String))
  const foreign = refIds(value).filter((id) => !allowed.has(String(id)))
  return foreign.length === 0 ? null : `You can only assign brands you belong to (not brand ${foreign.join(', ')}).`
}

/** Payload's own checks first; then brand staff may only assign brands they belong to. */
export const onlyOwnBrands: RelationshipFieldValidation = async (value, options) => {
  const base = await relationship(value, options)
  if (base !== true) return base
  return foreignBrandsProblem(options.req, value) ?? true
}

/**
 * The same rule as {@link onlyOwnBrands} for saves that skip validation: Payload does not
 * validate drafts, and a draft must not slip a document into another brand either.
 */
const refuseForeignBrands: FieldHook = ({ collection, path, req, value }) => {
  const problem = foreignBrandsProblem(req, value)
  if (problem !== null) throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message: problem }], req })
  return value
}

interface BrandsFieldOptions {
  /** `brands` (a document shared by several brands) or `brand` (it belongs to exactly one). */
  name?: 'brands' | 'brand'
  overrides?: Partial<RelationshipField>
}

/** The relationship that decides which brand sites show a document and which staff see it. */
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
    // Staff of exactly one brand start with it chosen.
    defaultValue: ({ user }: { user: BrandRequest['user'] }) => {
      const ids = userBrandIds({ user })
      if (ids.length !== 1 || roleOf({ user }) === 'admin') return undefined
      return many ? ids : ids[0]
    },
    hooks: { beforeChange: [refuseForeignBrands] },
    admin: {
      position: 'sidebar',
      description: many
        ? 'The brand sites that publish this. Choose several to share it across brands; only network admins can then change it.'
        : 'The brand this belongs to.',
      ...overrides.admin,
    },
    ...overrides,
  } as RelationshipField
}
