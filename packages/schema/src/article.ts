import { z } from 'zod'
import { DateTimeSchema, IdSchema, NonEmptyTextSchema } from './common'
import { MediaSchema } from './media'
import { MedicalReviewSchema } from './review'
import { RichTextSchema } from './richText'
import { PageSeoSchema } from './seo'
import { SlugSchema } from './slug'

/** A published article. */
export const ArticleSchema = z.object({
  id: IdSchema,
  title: NonEmptyTextSchema,
  slug: SlugSchema,
  /** A line under the title ("What the needle does, and what it does not"), or null. */
  subtitle: NonEmptyTextSchema.nullable(),
  /** The lead paragraph, also used in lists and feeds. */
  excerpt: NonEmptyTextSchema,
  body: RichTextSchema.min(1, 'an article needs a body'),
  /** Id of the author, or null for a house article. */
  author: IdSchema.nullable(),
  publishedAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  readingTimeMinutes: z.int().positive(),
  categories: z.array(NonEmptyTextSchema),
  heroImage: MediaSchema.nullable(),
  relatedTherapies: z.array(IdSchema),
  relatedConditions: z.array(IdSchema),
  /** FAQ ids shown in a section at the end. */
  faqs: z.array(IdSchema),
  /** Search and social: the editor's title, description and image, each null for the article's own. */
  seo: PageSeoSchema,
  /** Who last checked the health information, and when; null when not reviewed. */
  review: MedicalReviewSchema.nullable().default(null),
})

export type Article = z.output<typeof ArticleSchema>
