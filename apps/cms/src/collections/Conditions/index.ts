import type { CollectionConfig } from 'payload'
import { brandsField } from '../../fields/brands'
import { slugField } from '../../fields/slug'
import { ensureUniqueSlug } from '../../hooks/ensureUniqueSlug'
import { keepContributorsToDrafts } from '../../hooks/keepContributorsToDrafts'
import { bodyEditor } from '../../richText/editor'
import { contentAccess, draftVersions } from '../contentAccess'
import { readableImagesOnly } from '../../fields/readableImagesOnly'
import { medicalReviewField } from '../../fields/medicalReview'
import { publishGuard } from '../../publishing/publishGuard'

/** A complaint visitors look up, and the therapies that help with it. */
export const Conditions: CollectionConfig = {
  slug: 'conditions',
  labels: { singular: 'Condition', plural: 'Conditions' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'therapies', 'brands', '_status'],
    group: 'Care',
  },
  access: contentAccess({ collection: 'conditions', brandField: 'brands', drafts: true }),
  versions: draftVersions,
  hooks: { beforeOperation: [keepContributorsToDrafts], beforeValidate: [ensureUniqueSlug('brands')], beforeChange: [publishGuard('conditions')] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name' }),
    brandsField(),
    medicalReviewField(),
    { name: 'summary', type: 'textarea', required: true },
    { name: 'body', type: 'richText', editor: bodyEditor(), hooks: { beforeChange: [readableImagesOnly] } },
    { name: 'therapies', label: 'Therapies that help', type: 'relationship', relationTo: 'therapies', hasMany: true },
  ],
}
