import { z } from 'zod'
import { IdSchema, NonEmptyTextSchema } from './common'
import { SlugSchema } from './slug'

/** One compared attribute ("Tool used") with a value per therapy, in the order of `therapies`. */
export const ComparisonRowSchema = z.object({
  label: NonEmptyTextSchema,
  values: z.array(NonEmptyTextSchema),
})

/** "Dry needling vs massage": therapies side by side. */
export const ComparisonSchema = z
  .object({
    id: IdSchema,
    title: NonEmptyTextSchema,
    slug: SlugSchema,
    intro: NonEmptyTextSchema,
    /** Ids of the compared therapies; columns of the table, in this order. */
    therapies: z.array(IdSchema).min(2, 'compare at least 2 therapies').max(4, 'compare at most 4 therapies'),
    rows: z.array(ComparisonRowSchema).min(1, 'a comparison needs at least one attribute row'),
    /** When to pick each therapy. */
    whenToChoose: z.array(z.object({ therapy: IdSchema, text: NonEmptyTextSchema })),
    combination: z.object({
      canCombine: z.boolean(),
      /** How (or why not) they are combined. */
      how: NonEmptyTextSchema,
    }),
    /** Advice for particular conditions. */
    conditionGuidance: z.array(z.object({ condition: IdSchema, guidance: NonEmptyTextSchema })),
  })
  .superRefine((comparison, ctx) => {
    comparison.rows.forEach((row, index) => {
      if (row.values.length !== comparison.therapies.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'values'],
          message: `row "${row.label}" has ${row.values.length} values for ${comparison.therapies.length} therapies`,
        })
      }
    })
    comparison.whenToChoose.forEach((entry, index) => {
      if (!comparison.therapies.includes(entry.therapy)) {
        ctx.addIssue({
          code: 'custom',
          path: ['whenToChoose', index, 'therapy'],
          message: `therapy ${entry.therapy} is not one of the compared therapies`,
        })
      }
    })
  })

export type Comparison = z.output<typeof ComparisonSchema>
export type ComparisonRow = z.output<typeof ComparisonRowSchema>
