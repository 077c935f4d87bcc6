import type { InlineNode, RichText } from '@clinic/schema'
import { readGrid } from '../../collections/Comparisons/gridSchema'
import type { Comparison } from '../../payload-types'
import { type Located, type MapContext, idOf, idsOf } from './context'
import { mapReview } from './review'
import { mapSeo } from './seo'

/** A cell's inline content: the text of its paragraph (should a cell hold more, they are joined by line breaks). */
function cellNodes(blocks: RichText): InlineNode[] {
  const lines = blocks.flatMap((block) => (block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote' ? [block.children] : []))
  return lines.flatMap((line, index) => (index === 0 ? line : [{ type: 'linebreak' as const }, ...line]))
}

/**
 * The table's rows: a cell per compared therapy, in the order of `therapies` (the columns), so a
 * row never has a value in another therapy's column. A missing cell is an empty one, which the
 * schema refuses on publish naming the row and the column.
 */
function mapRows(comparison: Comparison, therapies: readonly string[], ctx: MapContext, at: Located) {
  return readGrid(comparison.grid).rows.map((row, index) => ({
    label: row.label,
    values: therapies.map((therapy) => {
      const cell = row.cells[therapy]
      return cell === undefined ? [] : cellNodes(ctx.richText(cell, at, `grid.rows.${index}.cells.${therapy}`))
    }),
  }))
}

/** A comparison of therapies as the snapshot carries it. */
export function mapComparison(comparison: Comparison, ctx: MapContext) {
  const at: Located = { collection: 'comparisons', id: String(comparison.id) }
  const therapies = idsOf(comparison.therapies)
  return {
    id: String(comparison.id),
    title: comparison.title,
    slug: comparison.slug,
    intro: comparison.intro,
    // Columns keep their order; a therapy that is not published for the brand fails validation.
    therapies,
    rows: mapRows(comparison, therapies, ctx, at),
    // Advice is rich text (paragraphs, lists, links); links to unpublished documents keep their words only.
    whenToChoose: (comparison.whenToChoose ?? []).map((entry, index) => ({ therapy: idOf(entry.therapy), text: ctx.richText(entry.text, at, `whenToChoose.${index}.text`) })),
    combination: { canCombine: comparison.combination?.canCombine ?? false, how: ctx.richText(comparison.combination?.how, at, 'combination.how') },
    conditionGuidance: (comparison.conditionGuidance ?? [])
      .filter((entry) => ctx.isPublished('conditions', idOf(entry.condition) ?? ''))
      .map((entry) => ({ condition: idOf(entry.condition), guidance: entry.guidance })),
    review: mapReview(comparison.review, ctx),
    seo: mapSeo(comparison.seo, ctx, at),
  }
}
