import type { CollectionConfig, Plugin } from 'payload'
import { trackInFlight } from '../jobs/inFlight'
import { reviewersMayDecide } from './access'
import { REVIEW_QUEUE_PATH, isReviewedCollection } from './constants'
import { reviewWorkflowField } from './fields'
import { notifyClinicalReviewTask } from './notify'
import { reviewEmailsHook, reviewWorkflowHook } from './workflow'

/** The admin's review queue view and its link in the navigation (./components/). */
export const REVIEW_QUEUE_VIEW = '/review/components/ReviewQueueView#ReviewQueueView'
export const REVIEW_NAV_LINK = '/review/components/ReviewNavLink#ReviewNavLink'

/** The fields with the review's panel right after the "Medical review" group it fills (in the sidebar), or last. */
function besideTheMedicalReview(fields: CollectionConfig['fields']): CollectionConfig['fields'] {
  const at = fields.findIndex((field) => 'name' in field && field.name === 'review')
  return at === -1 ? [...fields, reviewWorkflowField()] : [...fields.slice(0, at + 1), reviewWorkflowField(), ...fields.slice(at + 1)]
}

function withClinicalReview(collection: CollectionConfig): CollectionConfig {
  const slug = collection.slug
  if (!isReviewedCollection(slug)) return collection
  return {
    ...collection,
    access: { ...collection.access, update: reviewersMayDecide(slug, collection.access?.update) },
    hooks: {
      ...collection.hooks,
      // Last: the review's checks see the page as the collection's own hooks leave it.
      beforeChange: [...(collection.hooks?.beforeChange ?? []), reviewWorkflowHook(slug)],
      afterChange: [...(collection.hooks?.afterChange ?? []), reviewEmailsHook(slug)],
    },
    fields: besideTheMedicalReview(collection.fields),
  }
}

/**
 * Clinical review of health pages (articles, therapies, conditions, comparisons): the
 * `reviewWorkflow` group and its rules on each of them (./workflow.ts), clinical reviewers'
 * access (./access.ts), the emails (./notify.ts, a jobs task), and the admin's review queue at
 * /admin/review. The brands' `clinicalReview` settings and the users' `provider` are fields of
 * those collections.
 */
export const clinicalReview: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map(withClinicalReview),
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), trackInFlight(notifyClinicalReviewTask)] },
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      views: { ...config.admin?.components?.views, reviewQueue: { Component: REVIEW_QUEUE_VIEW, path: REVIEW_QUEUE_PATH, meta: { title: 'Clinical review' } } },
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), REVIEW_NAV_LINK],
    },
  },
})
