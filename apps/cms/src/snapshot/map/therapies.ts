import type { Condition, Therapy } from '../../payload-types'
import type { MapContext } from './context'
import { mapReview } from './review'
import { mapSeo } from './seo'

/**
 * The published conditions of each therapy, by therapy id: the link is stored on the condition
 * side, and the snapshot lists it on both.
 */
export function conditionsByTherapy(conditions: readonly Condition[], ctx: MapContext): Map<string, string[]> {
  const byTherapy = new Map<string, string[]>()
  for (const condition of conditions) {
    for (const therapyId of ctx.keep('therapies', condition.therapies)) {
      byTherapy.set(therapyId, [...(byTherapy.get(therapyId) ?? []), String(condition.id)])
    }
  }
  return byTherapy
}

/** A therapy as the snapshot carries it, with the conditions it treats from {@link conditionsByTherapy}. */
export function mapTherapy(therapy: Therapy, ctx: MapContext, conditions: ReadonlyMap<string, string[]>) {
  return {
    id: String(therapy.id),
    name: therapy.name,
    slug: therapy.slug,
    summary: therapy.summary,
    howItWorks: ctx.richText(therapy.howItWorks, { collection: 'therapies', id: String(therapy.id) }, 'howItWorks'),
    sessionLength: therapy.sessionLength,
    cost: { minCents: therapy.cost.minCents, maxCents: therapy.cost.maxCents, currency: 'USD' },
    sideEffects: therapy.sideEffects ?? [],
    contraindications: therapy.contraindications ?? [],
    practitioners: therapy.practitioners ?? [],
    notOfferedInStates: therapy.notOfferedInStates ?? [],
    conditions: conditions.get(String(therapy.id)) ?? [],
    review: mapReview(therapy.review, ctx),
    seo: mapSeo(therapy.seo, ctx, { collection: 'therapies', id: String(therapy.id) }),
  }
}
