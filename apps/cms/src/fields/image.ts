import type { UploadField } from 'payload'

/**
 * An image from the media library. `filterOptions` (no extra filter) makes Payload check on
 * every validated save that the chosen image is one the user may read, so an id of another
 * brand's image cannot be attached through the API either; pickers show only those images anyway.
 */
export function imageField(name: string, overrides: Partial<Omit<UploadField, 'type' | 'relationTo'>> = {}): UploadField {
  return { name, type: 'upload', relationTo: 'media', filterOptions: () => true, ...overrides } as UploadField
}
