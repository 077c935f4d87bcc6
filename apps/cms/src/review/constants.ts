/** The health pages that go through clinical review, as their collection slugs. */
export const REVIEWED_COLLECTIONS = ['articles', 'therapies', 'conditions', 'comparisons'] as const

export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

export const isReviewedCollection = (slug: string): slug is ReviewedCollection => (REVIEWED_COLLECTIONS as readonly string[]).includes(slug)

/** Where a page stands in its clinical review (`reviewWorkflow.status`). */
export const REVIEW_STATUSES = ['none', 'ready', 'approved', 'returned'] as const

export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const isReviewStatus = (value: unknown): value is ReviewStatus => (REVIEW_STATUSES as readonly unknown[]).includes(value)

/** The group's name on the page, and the path of its status (where a refused publish is reported). */
export const WORKFLOW = 'reviewWorkflow'
export const STATUS_PATH = `${WORKFLOW}.status`
export const COMMENT_PATH = `${WORKFLOW}.comment`

/** The jobs task that emails reviewers and submitters. */
export const NOTIFY_CLINICAL_REVIEW = 'notifyClinicalReview'

/** The admin's review queue (a custom view). */
export const REVIEW_QUEUE_PATH = '/review'
