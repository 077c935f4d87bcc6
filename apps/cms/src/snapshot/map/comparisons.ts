import type { Comparison } from '../../payload-types'
import { type Located, type MapContext, idOf, idsOf } from './context'
import { mapReview } from './review'
import { mapSeo } from './seo'

/** A comparison of therapies as the snapshot carries it. */
export function mapComparison(comparison: Comparison, ctx: MapContext) {
  const at: Located = { collection: 'comparisons', id: String(comparison.id) }
  return {
    id: String(comparison.id),
    title: comparison.title,
    slug: comparison.slug,
    intro: comparison.intro,
    // Columns keep their order; a therapy that is not published for the brand fails validation.
    therapies: idsOf(comparison.therapies),
    rows: (comparison.rows ?? []).map((row) => ({ label: row.label, values: row.values ?? [] })),
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
