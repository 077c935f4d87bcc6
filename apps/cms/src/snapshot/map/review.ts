import type { MedicalReview } from '@clinic/schema'
import type { MapContext, Ref } from './context'

/** The review group as stored on articles, therapies, conditions and comparisons. */
interface StoredReview {
  reviewedBy?: Ref
  lastReviewed?: string | null
}

/**
 * The page's clinical review, or null when it has none, or when its provider is not published
 * for this brand (a draft, another brand's, deleted): a page never breaks its brand's snapshot
 * for its reviewer, it just shows no reviewed-by line until the reviewer is published.
 * A review missing its date (only a draft can be saved so) counts as none.
 */
export function mapReview(review: StoredReview | null | undefined, ctx: MapContext): MedicalReview | null {
  const reviewedBy = ctx.keep('providers', [review?.reviewedBy])[0]
  const day = review?.lastReviewed ? new Date(review.lastReviewed) : null
  if (reviewedBy === undefined || day === null || Number.isNaN(day.getTime())) return null
  // Days are stored at noon UTC (src/fields/medicalReview.ts), so the UTC date is the day chosen.
  return { reviewedBy, lastReviewed: day.toISOString().slice(0, 10) }
}
