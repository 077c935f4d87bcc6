import { z } from 'zod'
import { IdSchema, NonEmptyTextSchema } from './common'
import { RichTextSchema } from './richText'
import { SlugSchema } from './slug'

/** A question with its answer, grouped by topic on the FAQ page. */
export const FaqSchema = z.object({
  id: IdSchema,
  question: NonEmptyTextSchema,
  slug: SlugSchema,
  answer: RichTextSchema.min(1, 'an FAQ needs an answer'),
  /** Heading the question is grouped under, e.g. "Costs and insurance". */
  topic: NonEmptyTextSchema,
  therapies: z.array(IdSchema),
  conditions: z.array(IdSchema),
})

export type Faq = z.output<typeof FaqSchema>
