import type { FieldHook } from 'payload'
import { uploadRefsOf } from '../richText/uploadRefs'
import { refuseUnreadableImages } from './readableImages'

/**
 * For rich-text fields: every image the body embeds must be one the user may read (their brands',
 * shared with them, or the network library), the same check as upload fields (`imageField`).
 * Runs on drafts and autosaves too, which Payload does not validate, so no save can slip another
 * brand's image into a body through the API.
 */
export const readableImagesOnly: FieldHook = async ({ collection, path, req, value }) => {
  await refuseUnreadableImages({ req, collection: collection?.slug, path, refs: uploadRefsOf(value) })
  return value
}
