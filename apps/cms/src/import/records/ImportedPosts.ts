import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { rowLabel } from '../../components/RowLabel/config'

const nobody = () => false

/**
 * What each imported post became, per brand and post key (WXR guid, or a saved page's canonical
 * URL): the documents an import wrote for it, so that importing the same post again updates them
 * instead of making copies. Written by the importer only (src/import/write/); network admins
 * read it, for support. Not shown in the admin's navigation.
 */
export const ImportedPosts: CollectionConfig = {
  slug: 'imported-posts',
  labels: { singular: 'Imported post', plural: 'Imported posts' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'brand', 'article', 'updatedAt'],
    group: 'Administration',
    hidden: true,
    description: 'Which documents each imported post became, so that importing it again updates them. Written by the importer.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  // Not `ImportedPost`, the report's post (@clinic/schema).
  typescript: { interface: 'ImportedPostRecord' },
  // Read through REST and the admin only: nothing needs them in GraphQL, where they would only widen the schema.
  graphQL: false,
  disableDuplicate: true,
  // Nobody edits these in the admin, so nothing to lock.
  lockDocuments: false,
  fields: [
    { name: 'brand', type: 'relationship', relationTo: 'brands', required: true, index: true },
    {
      name: 'key',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'What identifies the post across imports: its WordPress guid, or the saved page\'s canonical URL.' },
    },
    { name: 'sourceUrl', label: 'Old address', type: 'text' },
    { name: 'article', type: 'relationship', relationTo: 'articles' },
    { name: 'faqs', label: 'FAQs', type: 'relationship', relationTo: 'faqs', hasMany: true },
    {
      name: 'comparisons',
      type: 'relationship',
      relationTo: 'comparisons',
      hasMany: true,
      admin: { description: 'Comparisons this post\'s import created (not those it only embedded).' },
    },
    {
      name: 'media',
      label: 'Images',
      type: 'array',
      admin: {
        description: 'Each image source of the post and the upload it became, so that it is not uploaded again.',
        components: { RowLabel: rowLabel({ parts: [{ field: 'src' }], fallback: 'Image' }) },
      },
      fields: [
        { name: 'src', type: 'text', required: true },
        { name: 'image', type: 'upload', relationTo: 'media', required: true },
      ],
    },
    { name: 'lastImport', type: 'relationship', relationTo: 'imports' },
  ],
}
