import type { CollectionConfig } from 'payload'
import { brandsField } from '../../fields/brands'
import { slugField } from '../../fields/slug'
import { ensureUniqueSlug } from '../../hooks/ensureUniqueSlug'
import { keepContributorsToDrafts } from '../../hooks/keepContributorsToDrafts'
import { bodyEditor } from '../../richText/editor'
import { contentAccess, draftVersions } from '../contentAccess'
import { publishGuard } from '../../publishing/publishGuard'
import { setPublishedAt } from './hooks/setPublishedAt'
import { imageField } from '../../fields/image'
import { medicalReviewField } from '../../fields/medicalReview'
import { readableImagesOnly } from '../../fields/readableImagesOnly'

/** Articles: the bulk of every brand's site. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Article', plural: 'Articles' },
  admin: {
    useAsTitle: 'title',
    // `scheduled`: the next scheduled publish or unpublish (src/admin/scheduled.ts).
    defaultColumns: ['title', 'author', 'brands', 'publishedAt', '_status', 'scheduled'],
    group: 'Content',
    description: 'Reading time is worked out from the body when the site is built.',
    // The Preview button, live preview and their endpoint: src/preview/livePreview.ts.
  },
  access: contentAccess({ collection: 'articles', brandField: 'brands', drafts: true }),
  versions: draftVersions,
  defaultSort: '-publishedAt',
  hooks: {
    beforeOperation: [keepContributorsToDrafts],
    beforeValidate: [ensureUniqueSlug('brands')],
    // The guard last: it checks the publication date setPublishedAt stamps.
    beforeChange: [setPublishedAt, publishGuard('articles')],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'subtitle', type: 'text', maxLength: 160, admin: { description: 'Optional line shown under the title.' } },
    slugField({ from: 'title' }),
    brandsField(),
    {
      name: 'publishedAt',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Set on first publication unless you choose a date.' },
    },
    { name: 'author', type: 'relationship', relationTo: 'authors', admin: { position: 'sidebar' } },
    medicalReviewField(),
    {
      name: 'categories',
      type: 'text',
      hasMany: true,
      admin: { position: 'sidebar', description: 'E.g. Treatments, Conditions, Recovery.' },
    },
    { name: 'excerpt', label: 'Lead paragraph', type: 'textarea', required: true, admin: { description: 'Opens the article and is shown in lists and feeds.' } },
    imageField('heroImage'),
    { name: 'body', type: 'richText', editor: bodyEditor(), required: true, hooks: { beforeChange: [readableImagesOnly] } },
    {
      type: 'collapsible',
      label: 'Related content',
      fields: [
        { name: 'relatedTherapies', type: 'relationship', relationTo: 'therapies', hasMany: true },
        { name: 'relatedConditions', type: 'relationship', relationTo: 'conditions', hasMany: true },
        { name: 'faqs', label: 'FAQ section at the end', type: 'relationship', relationTo: 'faqs', hasMany: true },
      ],
    },
    // `seo` (search and social) is added by src/seo/plugin.ts, as on every page collection.
  ],
}
