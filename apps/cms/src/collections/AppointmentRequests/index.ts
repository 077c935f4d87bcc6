import { APPOINTMENT_DAYS, APPOINTMENT_DAY_LABELS, APPOINTMENT_LIMITS, APPOINTMENT_TIMES, APPOINTMENT_TIME_LABELS } from '@clinic/schema'
import type { Access, CollectionConfig, Field, FieldAccess } from 'payload'
import { brandScoped } from '../../access/brandScoped'
import { isAdmin } from '../../access/isAdmin'
import { roleOf, seesVisitors } from '../../access/roles'
import { submitAppointmentEndpoint } from '../../appointments/submitEndpoint'
import { env } from '../../env'
import { IDEMPOTENCY_KEY_INDEX_FIELDS } from './indexes'
import { LIST_EXCLUSION } from '../../admin/internalFields'

const nobody = () => false
const ownBrandsRequests = brandScoped('brand')
/** The brand's staff; clinical reviewers never see visitors' personal data. */
const visitorsOfOwnBrands: Access = (args) => (seesVisitors(roleOf(args.req)) ? ownBrandsRequests(args) : false)
/** Written by the CMS only (the public endpoint and the notification job, both with overrideAccess). */
const systemWritten: { create: FieldAccess; update: FieldAccess } = { create: nobody, update: nobody }

/** A field the CMS writes and staff only read; never offered in the list's "Edit" of several requests. */
const readOnly = <T extends Field>(field: T): T => ({ ...field, access: { ...systemWritten }, admin: { ...field.admin, readOnly: true, disableBulkEdit: true } }) as T

/** Phone and e-mail as `tel:`/`mailto:` links, in the list and on the request (src/components/ContactLinks/). */
const contactLink = (kind: 'Phone' | 'Email') => ({
  components: { Cell: `/components/ContactLinks/ContactLinks#${kind}Cell`, Field: `/components/ContactLinks/ContactLinks#${kind}Field` },
})

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm' } }

/**
 * A visitor's request for an appointment, sent from a brand site's form to the public endpoint
 * (`POST /api/appointment-requests/submit`, src/appointments/). Nobody creates one through the
 * API; the brand's staff read them and change only the status and their notes; network admins
 * delete them, and the daily retention task deletes them after APPOINTMENT_RETENTION_DAYS.
 * Never part of a snapshot. No IP address or user agent is stored.
 */
export const AppointmentRequests: CollectionConfig = {
  slug: 'appointment-requests',
  labels: { singular: 'Appointment request', plural: 'Appointment requests' },
  admin: {
    useAsTitle: 'name',
    // Staff change the status of several at once from the list ("Edit" on the selected rows):
    // only status and notes are offered there, every other field has disableBulkEdit.
    defaultColumns: ['name', 'phone', 'email', 'clinic', 'status', 'createdAt'],
    group: 'Appointments',
    description: 'Requests visitors sent from the brand sites. Call or write back, then set the status. Deleted automatically after the retention period.',
  },
  access: {
    read: visitorsOfOwnBrands,
    // Only status and notes can change (every other field is read-only below).
    update: visitorsOfOwnBrands,
    create: nobody,
    delete: isAdmin,
  },
  disableDuplicate: true,
  defaultSort: '-createdAt',
  // One stored request per brand and idempotency key, enforced by the database, so that two CMS
  // processes cannot both store one. SQLite's unique index lets any number of requests without a
  // key (NULL) coexist; MongoDB's equivalent must be partial and is created at start instead
  // (./indexes.ts), because this one would let only one request per brand go without a key.
  indexes: env.databaseKind === 'sqlite' ? [{ fields: [...IDEMPOTENCY_KEY_INDEX_FIELDS], unique: true }] : [],
  endpoints: [submitAppointmentEndpoint],
  fields: [
    readOnly({ name: 'brand', type: 'relationship', relationTo: 'brands', required: true, index: true, admin: { position: 'sidebar' } }),
    {
      type: 'row',
      fields: [
        readOnly({ name: 'clinic', type: 'relationship', relationTo: 'clinics', required: true }),
        readOnly({ name: 'therapy', label: 'Treatment', type: 'relationship', relationTo: 'therapies' }),
      ],
    },
    readOnly({ name: 'name', type: 'text', required: true, maxLength: APPOINTMENT_LIMITS.name }),
    {
      type: 'row',
      fields: [
        readOnly({ name: 'phone', type: 'text', maxLength: APPOINTMENT_LIMITS.phone, admin: contactLink('Phone') }),
        // Text, not `email`: the contract (zod) validated it; a second, different email rule must not refuse a stored request.
        readOnly({ name: 'email', type: 'text', maxLength: APPOINTMENT_LIMITS.email, admin: contactLink('Email') }),
      ],
    },
    {
      type: 'row',
      fields: [
        readOnly({
          name: 'preferredDays',
          label: 'Preferred days',
          type: 'select',
          hasMany: true,
          options: APPOINTMENT_DAYS.map((value) => ({ value, label: APPOINTMENT_DAY_LABELS[value] })),
        }),
        readOnly({
          name: 'preferredTimes',
          label: 'Preferred times',
          type: 'select',
          hasMany: true,
          options: APPOINTMENT_TIMES.map((value) => ({ value, label: APPOINTMENT_TIME_LABELS[value] })),
        }),
      ],
    },
    readOnly({ name: 'message', type: 'textarea', maxLength: APPOINTMENT_LIMITS.message }),
    readOnly({
      name: 'consentAt',
      label: 'Consent given',
      type: 'date',
      required: true,
      admin: { position: 'sidebar', description: 'When the visitor agreed to be contacted about this request (when it arrived).', ...dateTime },
    }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: [
        { label: 'New', value: 'new' },
        { label: 'Contacted', value: 'contacted' },
        { label: 'Closed', value: 'closed' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'notes',
      type: 'textarea',
      // Not in the list's "Edit" of several requests: it would replace each one's own notes.
      admin: { position: 'sidebar', disableBulkEdit: true, description: 'For the team only: calls made, what was agreed. Never shown to the visitor.' },
    },
    {
      name: 'notification',
      label: 'Email to the clinic',
      type: 'group',
      admin: { description: 'The email that told the clinic about this request (sent by the jobs queue, retried on failure).' },
      fields: [
        {
          type: 'row',
          fields: [
            readOnly({
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'pending',
              options: [
                { label: 'Pending', value: 'pending' },
                { label: 'Sent', value: 'sent' },
                { label: 'Failed', value: 'failed' },
                { label: 'Skipped', value: 'skipped' },
              ],
            }),
            readOnly({ name: 'attempts', type: 'number', required: true, defaultValue: 0, min: 0 }),
            readOnly({ name: 'sentAt', label: 'Sent', type: 'date', admin: dateTime }),
          ],
        },
        readOnly({ name: 'recipients', type: 'text', admin: { description: 'Who the email went (or was to go) to.' } }),
        readOnly({ name: 'lastError', label: 'Last error', type: 'textarea' }),
      ],
    },
    // Deduplication (src/appointments/dedupe.ts): the same content within minutes, or a repeated
    // Idempotency-Key, is answered as a success without a second record.
    // Internal: neither in the form nor in the list's filters and columns.
    readOnly({ name: 'dedupeKey', type: 'text', index: true, admin: { hidden: true, ...LIST_EXCLUSION } }),
    readOnly({ name: 'idempotencyKey', type: 'text', index: true, admin: { hidden: true, ...LIST_EXCLUSION } }),
  ],
}
