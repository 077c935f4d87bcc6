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
  return ({ req }) => {
    const role = roleOf(req)
    if (role === 'admin') return true
    if (role === null) return false
    const ids = userBrandIds(req)
    if (ids.length === 0) return false
    const where: Where = { [field]: { in: ids } }
    return where
  }
}

/** Read access for the brands collection itself: admins all, everyone else the brands they belong to. */
export const ownBrands: Access = ({ req }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role === null) return false
  const ids = userBrandIds(req)
  return ids.length === 0 ? false : { id: { in: ids } }
}

/**
 * Changing a brand's settings (name, domain, theme) changes its site, so contributors may not;
 * admins change every brand, brand admins and editors the brands they belong to.
 */
export const editOwnBrands: Access = (args) => (canPublish(roleOf(args.req)) ? ownBrands(args) : false)
