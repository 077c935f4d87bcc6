import { z } from 'zod'
import { IdSchema } from './common'

/** A calendar date `YYYY-MM-DD`. */
export const CalendarDateSchema = z.iso.date('date must be YYYY-MM-DD')

/**
 * The clinical review of a health page: which provider checked it, and when last. Pages without
 * one carry `null` and show no reviewed-by line.
 */
export const MedicalReviewSchema = z.object({
  /** Id of the provider (in the same snapshot) who reviewed the page. */
  reviewedBy: IdSchema,
  lastReviewed: CalendarDateSchema,
})

export type MedicalReview = z.output<typeof MedicalReviewSchema>
