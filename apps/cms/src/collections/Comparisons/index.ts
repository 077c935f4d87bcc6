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
import { refIds } from '../../access/userBrands'
import { gridProblem } from './gridSchema'
import { checkGrid } from './hooks/checkGrid'

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
  hooks: { beforeOperation: [keepContributorsToDrafts], beforeValidate: [ensureUniqueSlug('brands'), checkGrid], beforeChange: [publishGuard('comparisons')] },
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
      // Edited in the table below (its column headers), which asks before a column and its values go.
      admin: { hidden: true, description: 'The table\'s columns, in this order.' },
    },
    {
      name: 'grid',
      label: 'Compared attributes',
      type: 'json',
      // Therapies are the columns, attributes the rows, a cell per therapy and attribute: see ./grid.ts.
      // Checked on every save by ./hooks/checkGrid.ts; a missing value is refused on publish by the
      // publish guard (the snapshot's schema), so a draft can be filled in over several sittings.
      validate: (value, { data }) => gridProblem(value, refIds((data as { therapies?: unknown } | undefined)?.therapies), { publishing: true }) ?? true,
      admin: {
        description: 'Needed to publish. Therapies are the columns, attributes the rows; every cell needs a value.',
        components: { Field: '/components/ComparisonGrid/ComparisonGridField#ComparisonGridField' },
      },
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
