import { ImportReportSchema } from '@clinic/schema'
import type { CollectionConfig, Field, JSONFieldValidation } from 'payload'
import { brandScoped } from '../../access/brandScoped'
import { isAdmin } from '../../access/isAdmin'
import { rowLabel } from '../../components/RowLabel/config'
import { importRunEndpoint } from '../endpoint'
import { decideProposalEndpoint, listProposalsEndpoint } from '../proposals/endpoints'

const nobody = () => false

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm:ss' } }

const count = (name: string, label: string): Field => ({ name, label, type: 'number', min: 0, defaultValue: 0, admin: { readOnly: true } })

/** The stored report must be the contract's: scripts and the admin's import view read it as such. */
const validReport: JSONFieldValidation = (value) => {
  const parsed = ImportReportSchema.safeParse(value)
  if (parsed.success) return true
  const issue = parsed.error.issues[0]
  return `The import report does not fit ImportReportSchema at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`
}

/**
 * One import of existing posts into a brand (WordPress export, saved pages): who ran it, when,
 * from which files, what it created and everything an editor should check. Written only by the
 * importer (`POST /api/imports/run`, `pnpm --filter cms import-posts`); read by the brand's
 * staff and network admins. Previews (dry runs) write nothing, so they leave no record.
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: 'Post import', plural: 'Post imports' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'brand', 'status', 'importedBy', 'startedAt'],
    group: 'Administration',
    description: 'Imports of a clinic\'s existing posts. Each created drafts only; open them from here, check the warnings, then publish.',
  },
  access: { read: brandScoped('brand'), create: nobody, update: nobody, delete: isAdmin },
  endpoints: [importRunEndpoint, listProposalsEndpoint, decideProposalEndpoint],
  typescript: { interface: 'PostImport' },
  // Read through REST and the admin only: nothing needs them in GraphQL, where they would only widen the schema.
  graphQL: false,
  disableDuplicate: true,
  // Nobody edits these in the admin, so nothing to lock.
  lockDocuments: false,
  defaultSort: '-startedAt',
  fields: [
    { name: 'title', type: 'text', required: true, admin: { readOnly: true, description: 'Brand, files and time.' } },
    {
      type: 'row',
      fields: [
        { name: 'brand', type: 'relationship', relationTo: 'brands', index: true, admin: { readOnly: true, description: 'Empty once the brand has been deleted.' } },
        { name: 'importedBy', label: 'Imported by', type: 'relationship', relationTo: 'users', admin: { readOnly: true, description: 'Empty when run from the command line.' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'running',
          index: true,
          admin: { readOnly: true },
          options: [
            { label: 'Running', value: 'running' },
            { label: 'Succeeded', value: 'succeeded' },
            { label: 'Some posts failed', value: 'partial' },
            { label: 'Failed', value: 'failed' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startedAt', label: 'Started', type: 'date', required: true, admin: { readOnly: true, ...dateTime } },
        { name: 'finishedAt', label: 'Finished', type: 'date', admin: { readOnly: true, ...dateTime } },
      ],
    },
    { name: 'sources', label: 'Files', type: 'text', hasMany: true, admin: { readOnly: true } },
    { name: 'overwritePublished', label: 'Overwrote published documents', type: 'checkbox', defaultValue: false, admin: { readOnly: true } },
    {
      name: 'counts',
      type: 'group',
      admin: { description: 'Posts found and what became of them.' },
      fields: [
        {
          type: 'row',
          fields: [
            count('created', 'New drafts'),
            count('updated', 'Updated drafts'),
            count('skipped', 'Left alone'),
            count('failed', 'Failed'),
            count('warnings', 'Posts with warnings'),
          ],
        },
        {
          type: 'row',
          fields: [count('faqs', 'FAQs'), count('comparisons', 'Comparisons'), count('images', 'Images'), count('redirects', 'Redirects'), count('therapyFacts', 'Therapy facts proposed')],
        },
      ],
    },
    { name: 'summary', type: 'textarea', admin: { readOnly: true, rows: 12, description: 'What happened to each post, in plain words.' } },
    {
      name: 'posts',
      label: 'Posts',
      type: 'array',
      admin: {
        readOnly: true,
        description: 'Each post found, its draft and what to check.',
        initCollapsed: true,
        components: { RowLabel: rowLabel({ parts: [{ field: 'title' }], fallback: 'Post' }) },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', admin: { readOnly: true } },
            {
              name: 'status',
              type: 'select',
              admin: { readOnly: true },
              options: [
                { label: 'New draft', value: 'new' },
                { label: 'Updated draft', value: 'update' },
                { label: 'Left alone', value: 'skipped' },
                { label: 'Failed', value: 'failed' },
              ],
            },
            { name: 'article', type: 'relationship', relationTo: 'articles', admin: { readOnly: true } },
          ],
        },
        { name: 'source', type: 'text', admin: { readOnly: true } },
        { name: 'warnings', type: 'textarea', admin: { readOnly: true } },
      ],
    },
    {
      type: 'collapsible',
      label: 'Created and updated drafts',
      fields: [
        { name: 'articles', type: 'relationship', relationTo: 'articles', hasMany: true, admin: { readOnly: true } },
        { name: 'faqs', label: 'FAQs', type: 'relationship', relationTo: 'faqs', hasMany: true, admin: { readOnly: true } },
        { name: 'comparisons', type: 'relationship', relationTo: 'comparisons', hasMany: true, admin: { readOnly: true } },
      ],
    },
    {
      name: 'proposals',
      label: 'Proposed therapy facts',
      type: 'ui',
      admin: { components: { Field: '/components/ImportProposals/ImportProposalsField#ImportProposalsField' } },
    },
    {
      name: 'proposalDecisions',
      label: 'Decisions on proposed therapy facts',
      type: 'json',
      // Written only by POST /api/imports/:id/proposals, after its own access checks; shown by the field above.
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'report',
      type: 'json',
      required: true,
      validate: validReport,
      // Not shown in the admin: its JSON editor loads its code from a CDN, which the admin's CSP (and
      // an offline server) does not allow, and the summary, posts and proposals above show what it holds.
      // Read it at GET /api/imports/<id>, or from the command line's --report.
      admin: { readOnly: true, hidden: true, description: 'The full report (ImportReportSchema of @clinic/schema), as the command line writes it with --report.' },
    },
  ],
}
