import type { CollectionConfig } from 'payload'
import { env } from '../../env'
import { assignObjectFolder, clearUploadFolder } from '../../media/objectFolder'
import { createMedia, deleteMedia, readMedia, updateMedia } from './access'
import { mediaBrandsField, storeNoBrandsAsNull } from './brands'

/**
 * Images for articles, therapies, authors and brand logos; resized with sharp on upload.
 * Scoped by brand like content (see ./access.ts); the files themselves are public: at the CMS's
 * file route, or at S3_PUBLIC_URL when they live in object storage.
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
    // Where a new file is stored is the server's choice: a new random folder in object storage (../../media/objectFolder.ts).
    beforeOperation: [clearUploadFolder],
    beforeChange: [storeNoBrandsAsNull, ...(env.s3 === null ? [] : [assignObjectFolder])],
  },
  // In MEDIA_DIR, or in object storage when S3_* is set (../../media/storage.ts).
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
