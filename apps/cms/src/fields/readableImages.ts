import { type PayloadRequest, ValidationError } from 'payload'
import { roleOf } from '../access/roles'

/**
 * What an editor is told about an image they may not use. The same words whether the image
 * belongs to another brand or does not exist, and nothing of the image itself (alt text, brand,
 * file), so that trying ids one after another tells nobody which of them are other brands' images.
 */
export const UNREADABLE_IMAGE_MESSAGE = 'This image is not available to you. Choose one of your brands’ images, one shared with them, or one from the network library.'

export interface ReadableImagesArgs {
  /** The request of the save: its user, and its transaction. */
  req: PayloadRequest
  /** The collection being saved, for the error. */
  collection: string | undefined
  /** The field's path segments, as field hooks receive them (`['seo', 'image']`). */
  path: readonly (number | string)[]
  /** The image references the field holds: one, a list, or none; ids or populated documents. */
  refs: unknown
}

/**
 * Refuses a save whose field uses an image the saving user may not read (another brand's, or
 * none at all) with a ValidationError on the field's path. The images are looked up through the
 * media collection's own read access for that user, so what may be used is exactly what the
 * upload picker lists: their brands' images, those shared with them and the network library.
 * Network admins, and saves without a user (scripts, the seed), are not checked.
 */
export async function refuseUnreadableImages({ req, collection, path, refs }: ReadableImagesArgs): Promise<void> {
  const role = roleOf(req)
  if (role === null || role === 'admin') return
  const entries = (Array.isArray(refs) ? refs : [refs]).filter((entry) => entry !== null && entry !== undefined)
  if (entries.length === 0) return
  const refused = () => new ValidationError({ collection, errors: [{ path: path.join('.'), message: UNREADABLE_IMAGE_MESSAGE }], req })
  const ids = new Set<string>()
  for (const entry of entries) {
    const id: unknown = typeof entry === 'object' ? (entry as { id?: unknown }).id : entry
    // Anything but an id (or a document with one) names no image the user may read.
    if (typeof id !== 'number' && typeof id !== 'string') throw refused()
    ids.add(String(id))
  }
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: [...ids] } },
    depth: 0,
    limit: ids.size,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const readable = new Set(docs.map((doc) => String(doc.id)))
  if ([...ids].some((id) => !readable.has(id))) throw refused()
}
