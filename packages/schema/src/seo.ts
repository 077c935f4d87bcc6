import { z } from 'zod'
import { MediaSchema } from './media'

/** The longest search title kept: search engines cut titles at about 60 characters. */
export const SEO_TITLE_MAX_LENGTH = 70
/** The longest search description kept: search engines cut descriptions at about 155 characters. */
export const SEO_DESCRIPTION_MAX_LENGTH = 160

/**
 * How a page appears in search results and when shared: what the editor set in the CMS's SEO
 * fields, each null when left empty. The site uses a set value as it is and falls back to the
 * page's own (its title with the brand's name, its lead, its main image) for an empty one.
 * Every field defaults to null, and the whole object to all nulls, so snapshots made before a
 * page type had SEO fields still parse.
 */
export const SeoSchema = z.object({
  /** The whole `<title>`, brand name included, as search results show it; null: the page's title and the brand's name. */
  title: z
    .string()
    .trim()
    .min(1, 'the SEO title must not be empty (leave it unset instead)')
    .max(SEO_TITLE_MAX_LENGTH, `the SEO title should be at most ${SEO_TITLE_MAX_LENGTH} characters`)
    .nullable()
    .default(null),
  /** The meta description; null: the page's lead. */
  description: z
    .string()
    .trim()
    .min(1, 'the SEO description must not be empty (leave it unset instead)')
    .max(SEO_DESCRIPTION_MAX_LENGTH, `the SEO description should be at most ${SEO_DESCRIPTION_MAX_LENGTH} characters`)
    .nullable()
    .default(null),
  /** The image shown when the page is shared; null: the page's main image, if it has one. */
  image: MediaSchema.nullable().default(null),
})

/** No SEO fields set: every page falls back to its own title, lead and image. */
export const EMPTY_SEO: Seo = { title: null, description: null, image: null }

/** A page's `seo` in the snapshot: absent in older snapshots, which then read as {@link EMPTY_SEO}. */
export const PageSeoSchema = SeoSchema.default(EMPTY_SEO)

export type Seo = z.output<typeof SeoSchema>
export type SeoInput = z.input<typeof SeoSchema>
