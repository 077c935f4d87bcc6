import { z } from 'zod'
import { IdSchema, NonEmptyTextSchema } from './common'
import { RichTextSchema } from './richText'
import { SlugSchema } from './slug'

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
})

export type Condition = z.output<typeof ConditionSchema>
