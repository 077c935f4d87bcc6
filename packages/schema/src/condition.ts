import { z } from 'zod'
import { MedicalReviewSchema } from './review'
import { IdSchema, NonEmptyTextSchema } from './common'
import { RichTextSchema } from './richText'
import { SlugSchema } from './slug'
import { PageSeoSchema } from './seo'

/** A complaint visitors look up, e.g. plantar fasciitis. */
export const ConditionSchema = z.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  slug: SlugSchema,
  /** A short plain explanation. */
  summary: NonEmptyTextSchema,
  body: RichTextSchema,
  /** Ids of therapies that help with it. */
  therapies: z.array(IdSchema),
  /** Who last checked the health information, and when; null when not reviewed. */
  review: MedicalReviewSchema.nullable().default(null),
  /** Search and social; each null for the condition's own name and summary. */
  seo: PageSeoSchema,
})

export type Condition = z.output<typeof ConditionSchema>
