import type { CollectionConfig } from 'payload'
import { isPublisher } from '../../access/canPublish'
import { isStaff } from '../../access/isStaff'
import { env } from '../../env'

/** Images for articles, therapies, authors and brand logos; resized with sharp on upload. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Media' },
  admin: {
    group: 'Library',
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    description: 'Every image needs alternative text that says what it shows.',
  },
  access: {
    // Files are linked from the public brand sites.
    read: () => true,
    create: isStaff,
    update: isStaff,
    // Deleting an image breaks the published pages that show it.
    delete: isPublisher,
  },
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, withoutEnlargement: true },
      { name: 'card', width: 640, withoutEnlargement: true },
      { name: 'wide', width: 1280, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      admin: { description: 'Describe the image for people who cannot see it, e.g. "Therapist stretching a runner\'s calf".' },
    },
  ],
}
