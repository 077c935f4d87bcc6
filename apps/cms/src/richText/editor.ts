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
import { withSitePageLinks } from './sitePageLinks'

/** Collections an internal link may point at; the site has a page for each. */
export const LINKABLE_COLLECTIONS = ['articles', 'therapies', 'conditions', 'comparisons', 'clinics', 'faqs'] as const

/*
 * Features that the sites cannot render are left out (alignment, indentation, sub- and
 * superscript, checklists, inline relationships), so editors only get what is published.
 */
const UNSUPPORTED = new Set(['align', 'indent', 'subscript', 'superscript', 'checklist', 'relationship', 'heading', 'link', 'upload'])

/** Links to documents, outside addresses and the site's fixed pages (see sitePageLinks.ts). */
const links = () => LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS], fields: ({ defaultFields }) => withSitePageLinks(defaultFields) })

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
      links(),
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

/** What advice texts may hold besides paragraphs and marks: lists and links, nothing that breaks the comparison's sections. */
const ADVICE_FEATURES = new Set(['bold', 'italic', 'underline', 'strikethrough', 'paragraph', 'unorderedList', 'orderedList', 'toolbarInline'])

/**
 * The editor of a comparison's advice ("when to choose", "can they be combined?"): paragraphs
 * and lists with marks and links, the shape the snapshot's `ComparisonTextSchema` takes. No
 * headings, images or blocks: the text sits inside the comparison's own sections, wherever it
 * is shown. A new instance per field, like {@link bodyEditor}.
 */
export const adviceEditor = () =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures.filter((feature) => ADVICE_FEATURES.has(feature.key)), FixedToolbarFeature(), links()],
  })
