import { z } from 'zod'
import { IdSchema, NonEmptyTextSchema } from './common'
import { MediaSchema } from './media'
import { SlugSchema } from './slug'

/** Someone who writes or reviews articles. */
export const AuthorSchema = z.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  slug: SlugSchema,
  /** Post-nominal letters, e.g. "PT, DPT, OCS". */
  credentials: z.string(),
  jobTitle: z.string(),
  bio: z.string(),
  photo: MediaSchema.nullable(),
  /** Id of the author's provider profile when the author is one of the brand's clinicians. */
  provider: IdSchema.nullable().default(null),
})

export type Author = z.output<typeof AuthorSchema>
