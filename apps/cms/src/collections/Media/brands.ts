import type { CollectionBeforeChangeHook, RelationshipField, RelationshipFieldValidation } from 'payload'
import { roleOf } from '../../access/roles'
import { refIds } from '../../access/userBrands'
import { brandsField, onlyOwnBrands } from '../../fields/brands'

/** The brands field's checks (only brands the user belongs to), and brand staff must name at least one. */
const validateMediaBrands: RelationshipFieldValidation = async (value, options) => {
  const base = await onlyOwnBrands(value, options)
  if (base !== true) return base
  const role = roleOf(options.req)
  if (role !== null && role !== 'admin' && refIds(value).length === 0) {
    return 'Choose the brand this image is for. Only network admins add images to the network library.'
  }
  return true
}

/**
 * The brands whose staff see and use an image; see ./access.ts. Empty means the network library.
 * As on content, an upload by staff of exactly one brand starts with that brand (the helper's
 * default), and staff may only name brands they belong to.
 */
export const mediaBrandsField: RelationshipField = brandsField({
  overrides: {
    // Not required: no brand is the network library, which network admins fill.
    required: false,
    validate: validateMediaBrands,
    admin: {
      position: 'sidebar',
      description:
        'The brands whose editors see and use this image. Shared by several brands, or left empty for the network library (every brand), it can only be changed by network admins.',
    },
  },
})

/**
 * Stores an emptied `brands` as null: MongoDB keeps an empty hasMany relationship as `[]`, which
 * `exists: false` (the network library, see ./access.ts) would not match.
 */
export const storeNoBrandsAsNull: CollectionBeforeChangeHook = ({ data }) => {
  if (Array.isArray(data.brands) && data.brands.length === 0) return { ...data, brands: null }
  return data
}
