import type { FieldHook, UploadField } from 'payload'
import { refuseUnreadableImages } from './readableImages'

/**
 * Payload checks `filterOptions` only on validated saves, never on drafts or autosaves, so the
 * field checks the image itself on every save.
 */
const readableImageOnly: FieldHook = async ({ collection, path, req, value }) => {
  await refuseUnreadableImages({ req, collection: collection?.slug, path, refs: value })
  return value
}

/**
 * An image from the media library, which must be one the saving user may read (their brands',
 * shared with them, or the network library) on every save, drafts and autosaves included, so
 * an id of another brand's image cannot be attached through the API; the upload picker lists only
 * those images anyway. `filterOptions` (no extra filter) has Payload check the same again on
 * validated saves.
 */
export function imageField(name: string, overrides: Partial<Omit<UploadField, 'type' | 'relationTo'>> = {}): UploadField {
  const { hooks, ...rest } = overrides
  return {
    name,
    type: 'upload',
    relationTo: 'media',
    filterOptions: () => true,
    ...rest,
    hooks: { ...hooks, beforeChange: [readableImageOnly, ...(hooks?.beforeChange ?? [])] },
  } as UploadField
}
