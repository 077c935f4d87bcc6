import type { CollectionConfig } from 'payload'
import { env } from '../../env'
import { createMedia, deleteMedia, readMedia, updateMedia } from './access'
import { mediaBrandsField, storeNoBrandsAsNull } from './brands'

/**
 * Images for articles, therapies, authors and brand logos; resized with sharp on upload.
 * Scoped by brand like content (see ./access.ts); the files themselves are public.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Media' },
  admin: {
    group: 'Library',
    defaultColumns: ['filename', 'alt', 'brands', 'updatedAt'],
    description: 'Every image needs alternative text that says what it shows. Editors see the images of their brands and the network library.',
  },
  access: {
    read: readMedia,
    create: createMedia,
    update: updateMedia,
    delete: deleteMedia,
  },
  hooks: {
    beforeChange: [storeNoBrandsAsNull],
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
    mediaBrandsField,
  ],
}
