import type { CollectionConfig, Where } from 'payload'
import { brandWriteScope } from '../../access/brandWriteScope'
import { canPublish } from '../../access/canPublish'
import { roleOf, writesContent } from '../../access/roles'
import { sharedDocumentIds } from '../../access/sharedDocuments'
import { userBrandIds } from '../../access/userBrands'

/*
 * Who sees and changes which images. An image belongs to the brands in its `brands` field:
 * - one brand: that brand's image. Its staff read it; brand admins and editors change and delete it.
 * - several brands: shared. Each brand's staff read it; only network admins change or delete it
 *   (unless every one of its brands is the user's), as with shared content.
 * - no brand: the network library. Every brand's staff read it; only network admins change it.
 * Contributors read and upload (into their brands) but do not change or delete images, because an
 * image may already be on a published page: replacing it or its alternative text would change a
 * live site without an editor's review. Network admins do everything.
 *
 * The public reads no image documents (no list, no lookup by id, on any API) but downloads every
 * file: the static brand sites are built, without credentials, from the file URLs in snapshots.
 */

/** Images with no brand: the network library. An emptied `brands` is stored as null (`storeNoBrandsAsNull`), which this matches on every database. */
export const networkLibrary: Where = { brands: { exists: false } }

export const readMedia: NonNullable<CollectionConfig['access']>['read'] = async ({ req, id, isReadingStaticFile }) => {
  // File downloads (`/api/media/file/<name>`, image sizes included) ask read access with
  // isReadingStaticFile. `true` serves the file as it is; a Where would make Payload look for a
  // media document owning that file name within the Where first, and answer 403 without one.
  if (isReadingStaticFile) return true
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role === null) return false
  const ids = userBrandIds(req)
  if (ids.length === 0) return networkLibrary
  // Images shared with another brand are named by id too, so that filtering the library by
  // that brand finds them on SQL databases (see ../../access/sharedDocuments.ts).
  const shared = await sharedDocumentIds(req, { collection: 'media', field: 'brands', id: id ?? undefined })
  return { or: [{ brands: { in: ids } }, ...(shared.length === 0 ? [] : [{ id: { in: shared } }]), networkLibrary] }
}

/** Every staff member who writes content may upload (not clinical reviewers); the brands field keeps the upload within their brands. */
export const createMedia: NonNullable<CollectionConfig['access']>['create'] = ({ req }) => writesContent(roleOf(req))

/** Network admins change every image; brand admins and editors those whose brands are all theirs. */
export const updateMedia: NonNullable<CollectionConfig['access']>['update'] = async ({ req, id }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (!canPublish(role)) return false
  return brandWriteScope(req, { collection: 'media', field: 'brands', id })
}

/** The same as changing: deleting an image breaks the published pages that show it. */
export const deleteMedia: NonNullable<CollectionConfig['access']>['delete'] = updateMedia
