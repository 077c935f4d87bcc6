import type { CollectionConfig } from 'payload'
import { refIds } from '../../access/userBrands'
import { brandsField } from '../../fields/brands'
import { slugField } from '../../fields/slug'
import { ensureUniqueSlug } from '../../hooks/ensureUniqueSlug'
import { contentAccess } from '../contentAccess'
import { imageField } from '../../fields/image'
import { publishGuard } from '../../publishing/publishGuard'

/** Clinicians and writers credited on articles. */
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: 'Author', plural: 'Authors' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'credentials', 'brands'],
    group: 'Network',
  },
  access: contentAccess({ collection: 'authors', brandField: 'brands', drafts: false }),
  versions: { maxPerDoc: 20 },
  hooks: { beforeValidate: [ensureUniqueSlug('brands')], beforeChange: [publishGuard('authors')] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name' }),
    brandsField(),
    {
      type: 'row',
      fields: [
        { name: 'credentials', type: 'text', admin: { description: 'Post-nominal letters, e.g. PT, DPT, OCS.' } },
        { name: 'jobTitle', type: 'text' },
      ],
    },
    { name: 'bio', type: 'textarea' },
    imageField('photo'),
    {
      name: 'provider',
      label: 'Provider profile',
      type: 'relationship',
      relationTo: 'providers',
      // A provider of one of the author's brands; any readable one while no brand is chosen.
      filterOptions: ({ data }) => {
        const brands = refIds((data as { brands?: unknown } | undefined)?.brands)
        return brands.length === 0 ? true : { brand: { in: brands } }
      },
      admin: {
        position: 'sidebar',
        description: 'When the author is one of the brand\'s clinicians: their byline links to this profile.',
      },
    },
  ],
}
