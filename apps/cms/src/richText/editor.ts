import {
  BlocksFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  LinkFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import { ComparisonEmbed } from '../blocks/ComparisonEmbed'
import { FaqGroup } from '../blocks/FaqGroup'

/** Collections an internal link may point at; the site has a page for each. */
export const LINKABLE_COLLECTIONS = ['articles', 'therapies', 'conditions', 'comparisons', 'clinics', 'faqs'] as const

/*
 * Features that the sites cannot render are left out (alignment, indentation, sub- and
 * superscript, checklists, inline relationships), so editors only get what is published.
 */
const UNSUPPORTED = new Set(['align', 'indent', 'subscript', 'superscript', 'checklist', 'relationship', 'heading', 'link', 'upload'])

/**
 * The rich-text editor of bodies and answers. A new instance per field: Lexical keys the
 * admin's block schema by the field it was first built for, so one shared instance breaks
 * block rendering in every other field.
 */
export const bodyEditor = () =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => !UNSUPPORTED.has(feature.key)),
      FixedToolbarFeature(),
      HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
      LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] }),
      UploadFeature({
        collections: {
          media: {
            fields: [{ name: 'caption', type: 'text', admin: { description: 'Shown under the image.' } }],
          },
        },
      }),
      EXPERIMENTAL_TableFeature(),
      BlocksFeature({ blocks: [FaqGroup, ComparisonEmbed] }),
    ],
  })
