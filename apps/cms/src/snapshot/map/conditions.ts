import type { Condition } from '../../payload-types'
import type { MapContext } from './context'
import { mapReview } from './review'
import { mapSeo } from './seo'

/** A condition as the snapshot carries it: only published therapies are listed. */
export function mapCondition(condition: Condition, ctx: MapContext) {
  return {
    id: String(condition.id),
    name: condition.name,
    slug: condition.slug,
    summary: condition.summary,
    body: ctx.richText(condition.body, { collection: 'conditions', id: String(condition.id) }, 'body'),
    therapies: ctx.keep('therapies', condition.therapies),
    review: mapReview(condition.review, ctx),
    seo: mapSeo(condition.seo, ctx, { collection: 'conditions', id: String(condition.id) }),
  }
}
