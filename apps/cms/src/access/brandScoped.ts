import type { Access, Where } from 'payload'
import { roleOf, userBrandIds } from './userBrands'

/**
 * Access for documents tied to brands through `field` (a relationship to `brands`, single or
 * many): admins see everything, editors the documents of their brands, the public nothing.
 * Published content reaches visitors through brand snapshots, not through the REST API.
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

/** Access for the brands collection itself: admins all, editors the brands they belong to. */
export const ownBrands: Access = ({ req }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role === null) return false
  const ids = userBrandIds(req)
  return ids.length === 0 ? false : { id: { in: ids } }
}
