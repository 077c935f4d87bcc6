import { z } from 'zod'
import { MedicalReviewSchema } from './review'
import { IdSchema, NonEmptyTextSchema } from './common'
import { RichTextSchema } from './richText'
import { SlugSchema } from './slug'
import { UsStateSchema } from './usStates'
import { PageSeoSchema } from './seo'

/** A price range in whole US cents. */
export const CostRangeSchema = z
  .object({
    minCents: z.int().nonnegative(),
    maxCents: z.int().nonnegative(),
    currency: z.literal('USD'),
  })
  .refine((range) => range.minCents <= range.maxCents, { message: 'maximum cost must not be below minimum cost', path: ['maxCents'] })

/** A typical session length in minutes. */
export const SessionLengthSchema = z
  .object({
    minMinutes: z.int().positive(),
    maxMinutes: z.int().positive(),
  })
  .refine((range) => range.minMinutes <= range.maxMinutes, { message: 'longest session must not be shorter than the shortest', path: ['maxMinutes'] })

/** A treatment a brand offers or writes about. */
export const TherapySchema = z.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  slug: SlugSchema,
  /** One or two plain sentences: what it is. */
  summary: NonEmptyTextSchema,
  howItWorks: RichTextSchema,
  sessionLength: SessionLengthSchema,
  cost: CostRangeSchema,
  sideEffects: z.array(NonEmptyTextSchema),
  contraindications: z.array(NonEmptyTextSchema),
  /** Who may perform it, e.g. "Licensed physical therapist with dry needling training". */
  practitioners: z.array(NonEmptyTextSchema).min(1, 'say who may perform the therapy'),
  /** States where the brand network does not offer it; rules change, so this is data. */
  notOfferedInStates: z.array(UsStateSchema),
  /** Ids of conditions the therapy is used for (derived from each condition's therapies). */
  conditions: z.array(IdSchema),
  /** Who last checked the health information, and when; null when not reviewed. */
  review: MedicalReviewSchema.nullable().default(null),
  /** Search and social; each null for the therapy's own name and summary. */
  seo: PageSeoSchema,
})

export type Therapy = z.output<typeof TherapySchema>
export type CostRange = z.output<typeof CostRangeSchema>
