import { type FieldHook, ValidationError } from 'payload'
import { roleOf } from '../access/roles'
import { refId } from '../access/userBrands'
import { uploadRefsOf } from '../richText/uploadRefs'

/**
 * For rich-text fields: every image the body embeds must be one the user may read (their brands',
 * shared with them, or the network library), as the upload fields check through `filterOptions`.
 * Runs on drafts too, which Payload does not validate, so no save can slip another brand's image
 * into a body through the API.
 */
export const readableImagesOnly: FieldHook = async ({ collection, path, req, value }) => {
  const role = roleOf(req)
  if (role === null || role === 'admin') return value
  const ids = [...new Set(uploadRefsOf(value).map((ref) => refId(ref as never)).filter((id) => id !== null))]
  if (ids.length === 0) return value
  const { docs } = await req.payload.find({ collection: 'media', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false, user: req.user, req })
  const readable = new Set(docs.map((doc) => String(doc.id)))
  const foreign = ids.filter((id) => !readable.has(String(id)))
  if (foreign.length > 0) {
    throw new ValidationError({
      collection: collection?.slug,
      errors: [{ path: path.join('.'), message: `You can only use images of your brands or the network library (not image ${foreign.join(', ')}).` }],
      req,
    })
  }
  return value
}
