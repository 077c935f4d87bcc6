import type { CollectionConfig } from 'payload'
import { brandScoped } from '../../access/brandScoped'
import { plainReason } from '../../rebuild/plainReason'

const nobody = () => false

const when = (name: string, label: string, description?: string) => ({
  name,
  label,
  type: 'date' as const,
  admin: { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm:ss' }, description },
})

/**
 * One rebuild of one brand's site after its published content changed: written by the CMS
 * (`src/rebuild/`) only, read by admins and by the brand's staff. Each record belongs to one
 * job of the `rebuilds` jobs queue (`job`): it is `pending` while the job waits for its quiet
 * period, and follows the job's tries until it succeeded or failed.
 */
export const Rebuilds: CollectionConfig = {
  slug: 'rebuilds',
  labels: { singular: 'Site rebuild', plural: 'Site rebuilds' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'brand', 'status', 'attempts', 'reason', 'finishedAt'],
    group: 'Administration',
    description: 'Each brand site is rebuilt a few seconds after its published content changes. Written by the CMS; read-only.',
  },
  access: {
    read: brandScoped('brand'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  disableDuplicate: true,
  defaultSort: '-requestedAt',
  fields: [
    { name: 'title', type: 'text', required: true, admin: { description: 'Brand and time of the request.' } },
    // Not required: the history stays (for admins) when its brand is deleted.
    { name: 'brand', type: 'relationship', relationTo: 'brands', index: true, admin: { description: 'Empty once the brand has been deleted.' } },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: [
            { label: 'Pending', value: 'pending' },
            { label: 'Running', value: 'running' },
            { label: 'Succeeded', value: 'succeeded' },
            { label: 'Failed', value: 'failed' },
          ],
        },
        {
          name: 'via',
          label: 'Rebuilt by',
          type: 'select',
          required: true,
          options: [
            { label: 'Build hook', value: 'buildHook' },
            { label: 'Local site build', value: 'local' },
          ],
        },
        { name: 'attempts', type: 'number', required: true, defaultValue: 0, min: 0 },
        { name: 'responseStatus', label: 'Response status', type: 'number', admin: { description: 'HTTP status of the last build-hook call.' } },
      ],
    },
    { name: 'reason', type: 'textarea', required: true, admin: { description: 'The published changes that made the site out of date.' } },
    // Not stored: worked out from the last error when read, so older records have it too.
    {
      name: 'plainReason',
      label: 'What went wrong',
      type: 'text',
      virtual: true,
      admin: {
        readOnly: true,
        condition: (data) => data?.status === 'failed',
        description: 'The last error in a sentence for editors; the dashboard and the pages\' site status show it.',
        disableListFilter: true,
      },
      hooks: { afterRead: [({ siblingData }) => (siblingData?.status === 'failed' ? plainReason(siblingData.lastError as string | null | undefined) : null)] },
    },
    { name: 'lastError', label: 'Last error', type: 'textarea' },
    {
      type: 'row',
      fields: [
        when('requestedAt', 'Requested', 'When the first of these changes was made.'),
        when('startedAt', 'Started'),
        when('finishedAt', 'Finished'),
      ],
    },
    // Which documents' changes it includes (`|articles:12|faqs:3|`, src/rebuild/changes.ts): a page's
    // site status finds the rebuild that took its latest published change live (src/dashboard/).
    { name: 'documents', type: 'text', admin: { hidden: true, disableListFilter: true, disableListColumn: true, disableGroupBy: true } },
    // The job's id as text on both databases: jobs are deleted once they succeeded, records stay.
    // Internal: shown on the record, never offered as a list filter or column.
    { name: 'job', type: 'text', index: true, admin: { readOnly: true, position: 'sidebar', description: 'The jobs-queue job that runs this rebuild.', disableListFilter: true, disableListColumn: true, disableGroupBy: true } },
  ],
}
