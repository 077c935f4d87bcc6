import { US_STATES } from '@clinic/schema'
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
import { keepComparedTherapiesLive } from '../../publishing/comparedTherapies'

const listOf = (name: string, label: string, description: string) => ({
  name,
  label,
  type: 'text' as const,
  hasMany: true,
  admin: { description },
})

/** A treatment: what it is, what it costs, who should not have it, where it is not offered. */
export const Therapies: CollectionConfig = {
  slug: 'therapies',
  labels: { singular: 'Therapy', plural: 'Therapies' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'brands', '_status', 'updatedAt'],
    group: 'Care',
    description: 'Treatments the brands offer or write about.',
  },
  access: contentAccess({ collection: 'therapies', brandField: 'brands', drafts: true }),
  versions: draftVersions,
  // A therapy that a published comparison compares stays live (src/publishing/comparedTherapies.ts).
  hooks: { beforeOperation: [keepContributorsToDrafts, keepComparedTherapiesLive], beforeValidate: [ensureUniqueSlug('brands')], beforeChange: [publishGuard('therapies')] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name' }),
    brandsField(),
    medicalReviewField(),
    { name: 'summary', type: 'textarea', required: true, admin: { description: 'One or two plain sentences: what it is.' } },
    { name: 'howItWorks', type: 'richText', editor: bodyEditor(), hooks: { beforeChange: [readableImagesOnly] } },
    {
      name: 'sessionLength',
      label: 'Typical session length (minutes)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'minMinutes', label: 'From', type: 'number', required: true, min: 1 },
            { name: 'maxMinutes', label: 'To', type: 'number', required: true, min: 1 },
          ],
        },
      ],
    },
    {
      name: 'cost',
      label: 'Typical cost per session (US cents: $50 = 5000)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'minCents', label: 'From (cents)', type: 'number', required: true, min: 0 },
            { name: 'maxCents', label: 'To (cents)', type: 'number', required: true, min: 0 },
          ],
        },
      ],
    },
    listOf('sideEffects', 'Side effects and risks', 'One per entry, e.g. "Soreness for a day or two".'),
    listOf('contraindications', 'Not advised for', 'One per entry, e.g. "First-trimester pregnancy".'),
    { ...listOf('practitioners', 'Who may perform it', 'E.g. "Licensed physical therapist with extra training".'), required: true },
    {
      name: 'notOfferedInStates',
      label: 'Not offered in these states',
      type: 'select',
      hasMany: true,
      options: Object.entries(US_STATES).map(([value, label]) => ({ value, label })),
      admin: { description: 'State rules differ and change; clinics in these states show the therapy as not offered.' },
    },
    {
      name: 'conditions',
      label: 'Conditions it helps with',
      type: 'join',
      collection: 'conditions',
      on: 'therapies',
      admin: { description: 'Set on each condition.' },
    },
  ],
}
