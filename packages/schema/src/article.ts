import { z } from 'zod'
import { DateTimeSchema, IdSchema, NonEmptyTextSchema } from './common'
import { MediaSchema } from './media'
import { MedicalReviewSchema } from './review'
import { RichTextSchema } from './richText'
import { SlugSchema } from './slug'

/** Search and social overrides; empty fields fall back to the document's own. */
export const SeoSchema = z.object({
  title: z.string().max(70, 'SEO title should be at most 70 characters').nullable(),
  description: z.string().max(160, 'SEO description should be at most 160 characters').nullable(),
  image: MediaSchema.nullable(),
})

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
  seo: SeoSchema,
  /** Who last checked the health information, and when; null when not reviewed. */
  review: MedicalReviewSchema.nullable().default(null),
})

export type Article = z.output<typeof ArticleSchema>
export type Seo = z.output<typeof SeoSchema>
