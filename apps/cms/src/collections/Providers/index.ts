import type { CollectionConfig, FilterOptions } from 'payload'
import { refIds } from '../../access/userBrands'
import { brandsField } from '../../fields/brands'
import { imageField } from '../../fields/image'
import { languagesField } from '../../fields/languages'
import { readableImagesOnly } from '../../fields/readableImagesOnly'
import { slugField } from '../../fields/slug'
import { ensureUniqueSlug } from '../../hooks/ensureUniqueSlug'
import { keepContributorsToDrafts } from '../../hooks/keepContributorsToDrafts'
import { bodyEditor } from '../../richText/editor'
import { contentAccess, draftVersions } from '../contentAccess'
import { clinicsOfTheProvidersBrand, refuseOtherBrandsClinics } from './hooks/clinicsOfTheBrand'
import { trimmed, validCredentials, validNpi } from './validation'
import { publishGuard } from '../../publishing/publishGuard'

/** Therapies and conditions of the provider's brand (shared ones included); every readable one before a brand is chosen. */
const ofTheProvidersBrand: FilterOptions = ({ data }) => {
  const brand = refIds((data as { brand?: unknown } | undefined)?.brand)[0]
  return brand === undefined ? true : { brands: { in: [brand] } }
}

/** A clinician of one brand: who patients meet, and who reviews the brand's health information. */
export const Providers: CollectionConfig = {
  slug: 'providers',
  labels: { singular: 'Provider', plural: 'Providers' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'jobTitle', 'clinics', 'acceptingNewPatients', 'brand', '_status'],
    group: 'Care',
    description: 'The clinicians of a brand: their team page, the clinics where they practise, and the pages they review.',
  },
  access: contentAccess({ collection: 'providers', brandField: 'brand', drafts: true }),
  versions: draftVersions,
  hooks: { beforeOperation: [keepContributorsToDrafts], beforeValidate: [ensureUniqueSlug('brand')], beforeChange: [publishGuard('providers')] },
  // As for clinics: the database holds the slug rule when two saves race past ensureUniqueSlug,
  // `slug` first so both adapters name it in the error, partial on MongoDB (src/ops/mongoSlugIndexes.ts).
  indexes: [{ fields: ['slug', 'brand'], unique: true }],
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'As patients address them, without credentials, e.g. "Ana Ruiz".' } },
    slugField({ from: 'name' }),
    brandsField({ name: 'brand' }),
    {
      type: 'row',
      fields: [
        {
          name: 'credentials',
          type: 'text',
          hasMany: true,
          validate: validCredentials,
          hooks: { beforeValidate: [trimmed] },
          admin: { description: 'Post-nominal letters in the order the provider writes them, e.g. PT, DPT, OCS.' },
        },
        { name: 'jobTitle', type: 'text', required: true, admin: { description: 'E.g. "Clinical director" or "Physical therapist".' } },
      ],
    },
    imageField('photo', { admin: { description: 'A portrait. The image\'s alt text is shown to people who cannot see it.' } }),
    {
      name: 'bio',
      label: 'Short bio',
      type: 'richText',
      editor: bodyEditor(),
      hooks: { beforeChange: [readableImagesOnly] },
    },
    {
      name: 'clinics',
      label: 'Practises at',
      type: 'relationship',
      relationTo: 'clinics',
      hasMany: true,
      filterOptions: clinicsOfTheProvidersBrand,
      hooks: { beforeChange: [refuseOtherBrandsClinics] },
      admin: {
        description:
          'Clinics of this brand; the provider is listed on each clinic\'s team. Leave empty for a clinician who only reviews the brand\'s health information (e.g. for a publication).',
      },
    },
    {
      name: 'therapies',
      label: 'Therapies they perform',
      type: 'relationship',
      relationTo: 'therapies',
      hasMany: true,
      filterOptions: ofTheProvidersBrand,
      admin: { description: 'Shown at a clinic only where the clinic offers the therapy and its state allows it.' },
    },
    {
      name: 'conditions',
      label: 'Conditions they focus on',
      type: 'relationship',
      relationTo: 'conditions',
      hasMany: true,
      filterOptions: ofTheProvidersBrand,
    },
    languagesField({ admin: { description: 'Languages the provider treats patients in.' } }),
    {
      name: 'acceptingNewPatients',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Untick when the provider\'s schedule is full; the site says so on their profile.' },
    },
    {
      name: 'npi',
      label: 'NPI number',
      type: 'text',
      validate: validNpi,
      hooks: { beforeValidate: [trimmed] },
      admin: { position: 'sidebar', description: 'Optional: the 10-digit National Provider Identifier, from the NPPES registry.' },
    },
  ],
}
