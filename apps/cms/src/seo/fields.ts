import { SEO_DESCRIPTION_MAX_LENGTH, SEO_TITLE_MAX_LENGTH } from '@clinic/schema'
import { MetaDescriptionField, MetaImageField, MetaTitleField, OverviewField, PreviewField } from '@payloadcms/plugin-seo/fields'
import type { GroupField, UploadField } from 'payload'
import { imageField } from '../fields/image'

/** The form paths of the SEO fields, for the plugin's overview and search-result preview. */
const PATHS = { titlePath: 'seo.title', descriptionPath: 'seo.description', imagePath: 'seo.image' } as const

/**
 * The overview's length checks, the same as the bar under each field: from the plugin's
 * recommended minimum up to the most the snapshot takes (the fields refuse longer text).
 */
const TITLE_HINT = { minLength: 50, maxLength: SEO_TITLE_MAX_LENGTH }
const DESCRIPTION_HINT = { minLength: 100, maxLength: SEO_DESCRIPTION_MAX_LENGTH }

/**
 * The `seo` group of a page: the plugin's title, description and image fields with their
 * Auto-generate buttons and length hints, its overview and its search-result preview. Stored as
 * `seo.title`, `seo.description`, `seo.image` (the snapshot's `seo`); not localised.
 */
export function seoGroup(): GroupField {
  // An image of the media library the editor may use, checked on every save (drafts included).
  const { hooks, filterOptions } = imageField('image')
  const image = MetaImageField({ hasGenerateFn: true, relationTo: 'media' }) as UploadField
  return {
    name: 'seo',
    label: 'Search and social',
    type: 'group',
    admin: {
      description: 'How the page looks in search results and when shared. Leave a field empty to use the page’s own title (with the brand’s name), lead and main image.',
    },
    fields: [
      OverviewField({ ...PATHS, titleOverrides: TITLE_HINT, descriptionOverrides: DESCRIPTION_HINT }),
      MetaTitleField({
        hasGenerateFn: true,
        overrides: {
          label: 'Title in search results',
          localized: false,
          maxLength: SEO_TITLE_MAX_LENGTH,
          admin: {
            components: { Field: { path: '@payloadcms/plugin-seo/client#MetaTitleComponent', clientProps: { hasGenerateTitleFn: true } } },
            description: 'The whole title, brand name included.',
          },
        },
      }),
      MetaDescriptionField({
        hasGenerateFn: true,
        overrides: { label: 'Description in search results', localized: false, maxLength: SEO_DESCRIPTION_MAX_LENGTH },
      }),
      {
        ...image,
        label: 'Share image',
        localized: false,
        filterOptions,
        hooks,
        admin: { ...image.admin, description: 'Shown when the page is shared. Its alt text is read to people who cannot see it.' },
      } as UploadField,
      PreviewField({ ...PATHS, hasGenerateFn: true }),
    ],
  }
}
