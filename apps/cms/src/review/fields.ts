import type { Field, FieldAccess, FieldHook, GroupField } from 'payload'
import { WORKFLOW } from './constants'

/** Set by the CMS only (./workflow.ts), never taken from a request. */
const serverSet: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/** A copy of a page starts its own review: nothing of the original's review carries over. */
const startOver =
  (value: unknown): FieldHook =>
  () =>
    value

const recorded = (field: Field): Field => ({
  ...field,
  access: serverSet,
  hooks: { beforeDuplicate: [startOver(null)] },
  admin: { ...field.admin, readOnly: true, disableBulkEdit: true },
} as Field)

/** The sidebar panel that shows the review and its actions (./components/ReviewWorkflowField.tsx). */
export const REVIEW_WORKFLOW_FIELD = '/review/components/ReviewWorkflowField#ReviewWorkflowField'

/**
 * `reviewWorkflow`: where a health page stands in its clinical review. Contributors and editors
 * set `status` to `ready` (or back to `none`); a clinical reviewer of the page's brands, or an
 * editor linked to a provider, sets `approved` or `returned` (with a comment). Who submitted and
 * who decided, when, and the hash of the approved content are recorded by the CMS
 * (./workflow.ts); the approval is current while the page's content still has that hash.
 */
export function reviewWorkflowField(): GroupField {
  return {
    name: WORKFLOW,
    label: 'Clinical review',
    type: 'group',
    admin: {
      position: 'sidebar',
      // The panel renders the group; it is not a filter or a column of lists (but `status` is queried by the review queue and the dashboard).
      components: { Field: REVIEW_WORKFLOW_FIELD },
    },
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'none',
        index: true,
        options: [
          { label: 'Not submitted', value: 'none' },
          { label: 'Ready for review', value: 'ready' },
          { label: 'Approved', value: 'approved' },
          { label: 'Returned', value: 'returned' },
        ],
        hooks: { beforeDuplicate: [startOver('none')] },
        admin: { disableBulkEdit: true },
      },
      {
        name: 'comment',
        label: 'Reviewer’s comment',
        type: 'textarea',
        hooks: { beforeDuplicate: [startOver(null)] },
        admin: { description: 'What needs to change, when the page is returned.', disableBulkEdit: true },
      },
      recorded({ name: 'submittedBy', type: 'relationship', relationTo: 'users' }),
      recorded({ name: 'submittedAt', type: 'date' }),
      recorded({ name: 'decidedBy', type: 'relationship', relationTo: 'users' }),
      recorded({ name: 'decidedAt', type: 'date' }),
      recorded({ name: 'approvedHash', type: 'text', admin: { hidden: true } }),
    ],
  }
}
