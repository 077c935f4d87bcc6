import { z } from 'zod'
import { MedicalReviewSchema } from './review'
import { IdSchema, NonEmptyTextSchema } from './common'
import { InlineNodeSchema, type ListNode, ListNodeSchema, type ParagraphNode, ParagraphNodeSchema, inlineText } from './richText'
import { SlugSchema } from './slug'
import { PageSeoSchema } from './seo'

/**
 * One cell of the table: short inline rich text (text with bold or italic marks, links, line
 * breaks), no paragraphs. Whether it has words is checked by the comparison, which knows the
 * cell's therapy column and can name it.
 */
export const ComparisonCellSchema = z.array(InlineNodeSchema)

/** One compared attribute ("Tool used") with a cell per therapy, in the order of `therapies`. */
export const ComparisonRowSchema = z.object({
  label: NonEmptyTextSchema,
  /** One cell per compared therapy, in the order of the comparison's `therapies`. */
  values: z.array(ComparisonCellSchema),
})

/**
 * The advice of a comparison ("when to choose", "can they be combined?"): paragraphs and lists,
 * with marks and links. No headings, images or embeds: it is shown inside the comparison's own
 * sections, on its page and wherever an article embeds it.
 */
export const ComparisonTextSchema = z
  .array(z.union([ParagraphNodeSchema, ListNodeSchema]))
  .refine((nodes) => nodes.some(hasWords), 'advice must not be empty')

function hasWords(node: ParagraphNode | ListNode): boolean {
  const texts = node.type === 'paragraph' ? [inlineText(node.children)] : node.items.map((item) => inlineText(item.children))
  return texts.some((text) => text.trim() !== '')
}

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
    whenToChoose: z.array(z.object({ therapy: IdSchema, text: ComparisonTextSchema })),
    combination: z.object({
      canCombine: z.boolean(),
      /** How (or why not) they are combined. */
      how: ComparisonTextSchema,
    }),
    /** Advice for particular conditions. */
    conditionGuidance: z.array(z.object({ condition: IdSchema, guidance: NonEmptyTextSchema })),
    /** Who last checked the health information, and when; null when not reviewed. */
    review: MedicalReviewSchema.nullable().default(null),
    /** Search and social; each null for the comparison's own title and intro. */
    seo: PageSeoSchema,
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
      row.values.forEach((cell, column) => {
        if (inlineText(cell).trim() !== '') return
        const therapy = comparison.therapies[column]
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'values', column],
          message: `row "${row.label}" has no value for ${therapy === undefined ? 'a therapy' : `therapy ${therapy}`} (column ${column + 1})`,
        })
      })
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
export type ComparisonText = z.output<typeof ComparisonTextSchema>
export type ComparisonRow = z.output<typeof ComparisonRowSchema>
export type ComparisonCell = z.output<typeof ComparisonCellSchema>
