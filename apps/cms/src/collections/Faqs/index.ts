import type { CollectionConfig } from 'payload'
import { brandsField } from '../../fields/brands'
import { slugField } from '../../fields/slug'
import { ensureUniqueSlug } from '../../hooks/ensureUniqueSlug'
import { keepContributorsToDrafts } from '../../hooks/keepContributorsToDrafts'
import { bodyEditor } from '../../richText/editor'
import { contentAccess, draftVersions } from '../contentAccess'
import { readableImagesOnly } from '../../fields/readableImagesOnly'
import { publishGuard } from '../../publishing/publishGuard'

/** A question and its answer; grouped by topic on the FAQ page, and placed in articles. */
export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'topic', 'brands', '_status'],
    group: 'Content',
  },
  access: contentAccess({ collection: 'faqs', brandField: 'brands', drafts: true }),
  versions: draftVersions,
  hooks: { beforeOperation: [keepContributorsToDrafts], beforeValidate: [ensureUniqueSlug('brands')], beforeChange: [publishGuard('faqs')] },
  fields: [
    { name: 'question', type: 'text', required: true },
    slugField({ from: 'question' }),
    brandsField(),
    { name: 'answer', type: 'richText', editor: bodyEditor(), required: true, hooks: { beforeChange: [readableImagesOnly] } },
    { name: 'topic', type: 'text', required: true, admin: { description: 'Questions with the same topic are grouped together, e.g. "Costs and insurance".' } },
    { name: 'therapies', type: 'relationship', relationTo: 'therapies', hasMany: true },
    { name: 'conditions', type: 'relationship', relationTo: 'conditions', hasMany: true },
  ],
}
