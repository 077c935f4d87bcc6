import type { Access, CollectionSlug, Where } from 'payload'
import { canPublish } from './canPublish'
import { roleOf } from './roles'
import { sharedDocumentIds } from './sharedDocuments'
import { userBrandIds } from './userBrands'

/**
 * Read access for documents tied to brands through `field` (a relationship to `brands`, single
 * or many): admins see everything, brand staff the documents that name one of their brands
 * (shared network content included), the public nothing. Published content reaches visitors
 * through brand snapshots, not through the API.
 *
 * With `brands` (several), the documents shared with a brand the user does not work for are also
 * named by id, so that a filter on `brands` still finds them on SQL databases, where Payload
 * matches the filter and this rule against the same joined brand row: filtering by the other
 * brand of a shared document would otherwise find nothing (see ./sharedDocuments.ts). Payload
 * turns `id` into `parent` for drafts, so a shared document's latest draft is listed too.
 */
export function brandScoped(field: 'brand'): Access
export function brandScoped(field: 'brands' | 'brand', collection: CollectionSlug): Access
export function brandScoped(field: 'brands' | 'brand', collection?: CollectionSlug): Access {
  if (field === 'brand') return brandScopedAt(field)
  if (collection === undefined) throw new Error('brandScoped(\'brands\') needs the collection slug, to look up the documents shared with other brands.')
  return async ({ req, id }) => {
    const where = brandScopedAt(field)({ req })
    if (typeof where !== 'object') return where
    const shared = await sharedDocumentIds(req, { collection, field, id: id ?? undefined })
    return shared.length === 0 ? where : { or: [where, { id: { in: shared } }] }
  }
}

/**
 * Read access for the versions of such documents (`readVersions`): the same rule as
 * {@link brandScoped}. Payload applies a query returned by `readVersions` to the versions
 * collection, where the document's fields sit under `version.`, so the query names
 * `version.brands` (or `version.brand`). Each version keeps the brands it had, and only they
 * decide who reads it, so no ids are added here: on SQL databases, filtering a version list by
 * a brand the user does not work for still finds nothing (the admin's version views filter by
 * document, never by brand).
 */
export function brandScopedVersions(field: 'brands' | 'brand'): Access {
  return brandScopedAt(`version.${field}`)
}

/** The rule of {@link brandScoped}, with the brands relationship at `path`. */
function brandScopedAt(path: string): (args: Pick<Parameters<Access>[0], 'req'>) => boolean | Where {
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
