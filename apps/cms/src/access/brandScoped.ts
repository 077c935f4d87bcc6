import type { Access, Where } from 'payload'
import { canPublish } from './canPublish'
import { roleOf } from './roles'
import { userBrandIds } from './userBrands'

/**
 * Read access for documents tied to brands through `field` (a relationship to `brands`, single
 * or many): admins see everything, brand staff the documents that name one of their brands
 * (shared network content included), the public nothing. Published content reaches visitors
 * through brand snapshots, not through the API.
 */
export function brandScoped(field: 'brands' | 'brand'): Access {
  return brandScopedAt(field)
}

/**
 * Read access for the versions of such documents (`readVersions`): the same rule as
 * {@link brandScoped}. Payload applies a query returned by `readVersions` to the versions
 * collection, where the document's fields sit under `version.`, so the query names
 * `version.brands` (or `version.brand`).
 */
export function brandScopedVersions(field: 'brands' | 'brand'): Access {
  return brandScopedAt(`version.${field}`)
}

/** The rule of {@link brandScoped}, with the brands relationship at `path`. */
function brandScopedAt(path: string): Access {
  return ({ req }) => {
    const role = roleOf(req)
    if (role === 'admin') return true
    if (role === null) return false
    const ids = userBrandIds(req)
    if (ids.length === 0) return false
    const where: Where = { [path]: { in: ids } }
    return where
  }
}

/** The brands a user belongs to, matched on `field`: admins all, the public none. */
function ownBrandsAt(field: 'id' | 'parent'): Access {
  return ({ req }) => {
    const role = roleOf(req)
    if (role === 'admin') return true
    if (role === null) return false
    const ids = userBrandIds(req)
    return ids.length === 0 ? false : { [field]: { in: ids } }
  }
}

/** Read access for the brands collection itself: admins all, everyone else the brands they belong to. */
export const ownBrands: Access = ownBrandsAt('id')

/**
 * Read access for the versions of brands (`readVersions`): the same rule as {@link ownBrands}.
 * In the versions collection a brand's id is `parent`; `id` there is the version's own id.
 */
export const ownBrandVersions: Access = ownBrandsAt('parent')

/**
 * Changing a brand's settings (name, domain, theme) changes its site, so contributors may not;
 * admins change every brand, brand admins and editors the brands they belong to.
 */
export const editOwnBrands: Access = (args) => (canPublish(roleOf(args.req)) ? ownBrands(args) : false)
