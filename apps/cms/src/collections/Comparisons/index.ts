import type { CollectionConfig } from 'payload'
import { brandsField } from '../../fields/brands'
import { medicalReviewField } from '../../fields/medicalReview'
import { slugField } from '../../fields/slug'
import { ensureUniqueSlug } from '../../hooks/ensureUniqueSlug'
import { keepContributorsToDrafts } from '../../hooks/keepContributorsToDrafts'
import { rowLabel } from '../../components/RowLabel/config'
import { adviceEditor } from '../../richText/editor'
import { contentAccess, draftVersions } from '../contentAccess'
import { publishGuard } from '../../publishing/publishGuard'

/** "Dry needling vs massage": two to four therapies side by side. */
export const Comparisons: CollectionConfig = {
  slug: 'comparisons',
  labels: { singular: 'Comparison', plural: 'Comparisons' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'therapies', 'brands', '_status'],
    group: 'Content',
    description: 'Therapies compared attribute by attribute, with advice on which to choose. A draft may start from prose alone; publishing needs the attributes.',
  },
  access: contentAccess({ collection: 'comparisons', brandField: 'brands', drafts: true }),
  versions: draftVersions,
  hooks: { beforeOperation: [keepContributorsToDrafts], beforeValidate: [ensureUniqueSlug('brands')], beforeChange: [publishGuard('comparisons')] },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField({ from: 'title' }),
    brandsField(),
    medicalReviewField(),
    { name: 'intro', type: 'textarea', required: true },
    {
      name: 'therapies',
      type: 'relationship',
      relationTo: 'therapies',
      hasMany: true,
      required: true,
      minRows: 2,
      maxRows: 4,
      admin: { description: 'The table\'s columns, in this order.' },
    },
    {
      name: 'rows',
      label: 'Compared attributes',
      type: 'array',
      // Checked on publish only (drafts are not validated); one value per therapy is checked by the
      // publish guard with the snapshot's schema (./validation.ts words its messages).
      required: true,
      minRows: 1,
      labels: { singular: 'Attribute', plural: 'Attributes' },
      admin: { description: 'Needed to publish. The table\'s rows: one value per therapy each.' },
      fields: [
        { name: 'label', type: 'text', required: true, admin: { description: 'E.g. "Tool used".' } },
        {
          name: 'values',
          type: 'text',
          hasMany: true,
          required: true,
          admin: { description: 'One value per therapy, in the order of the therapies above.' },
        },
      ],
    },
    {
      name: 'whenToChoose',
      label: 'When to choose each',
      type: 'array',
      labels: { singular: 'Therapy', plural: 'When to choose each' },
      admin: { components: { RowLabel: rowLabel({ parts: [{ field: 'therapy', as: 'title', relationTo: 'therapies' }], fallback: 'Therapy' }) } },
      fields: [
        { name: 'therapy', type: 'relationship', relationTo: 'therapies', required: true },
        { name: 'text', type: 'richText', editor: adviceEditor(), required: true },
      ],
    },
    {
      name: 'combination',
      label: 'Can they be combined?',
      type: 'group',
      fields: [
        { name: 'canCombine', type: 'checkbox', defaultValue: false },
        { name: 'how', type: 'richText', editor: adviceEditor(), required: true, admin: { description: 'How they are combined, or why not.' } },
      ],
    },
    {
      name: 'conditionGuidance',
      label: 'Guidance per condition',
      type: 'array',
      labels: { singular: 'Condition', plural: 'Guidance per condition' },
      admin: { components: { RowLabel: rowLabel({ parts: [{ field: 'condition', as: 'title', relationTo: 'conditions' }], fallback: 'Condition' }) } },
      fields: [
        { name: 'condition', type: 'relationship', relationTo: 'conditions', required: true },
        { name: 'guidance', type: 'textarea', required: true },
      ],
    },
  ],
}
