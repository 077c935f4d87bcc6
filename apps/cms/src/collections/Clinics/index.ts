import { US_STATES, WEEKDAYS } from '@clinic/schema'
import type { CollectionConfig } from 'payload'
import { rowLabel } from '../../components/RowLabel/config'
import { brandsField } from '../../fields/brands'
import { languagesField } from '../../fields/languages'
import { slugField } from '../../fields/slug'
import { ensureUniqueSlug } from '../../hooks/ensureUniqueSlug'
import { keepContributorsToDrafts } from '../../hooks/keepContributorsToDrafts'
import { contentAccess, draftVersions } from '../contentAccess'
import { publishGuard } from '../../publishing/publishGuard'
import { clockTime, specialHoursField } from './hoursFields'


const capitalise = (day: string) => day.charAt(0).toUpperCase() + day.slice(1)

/** A physical location of a brand. */
export const Clinics: CollectionConfig = {
  slug: 'clinics',
  labels: { singular: 'Clinic', plural: 'Clinics' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'brand', 'address.city', 'address.state', '_status'],
    group: 'Network',
    description: 'Locations with their address, hours and the therapies offered there.',
  },
  access: contentAccess({ collection: 'clinics', brandField: 'brand', drafts: true }),
  versions: draftVersions,
  hooks: { beforeOperation: [keepContributorsToDrafts], beforeValidate: [ensureUniqueSlug('brand')], beforeChange: [publishGuard('clinics')] },
  // The database holds the slug rule when two saves race past ensureUniqueSlug's check. `slug`
  // first: both adapters name an index's first field in the error (src/hooks/slugClashErrors.ts).
  // On MongoDB it becomes a partial index that leaves drafts without a slug alone, as SQLite's
  // does (src/ops/mongoSlugIndexes.ts).
  indexes: [{ fields: ['slug', 'brand'], unique: true }],
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name' }),
    brandsField({ name: 'brand' }),
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', required: true },
        { name: 'street2', label: 'Suite, floor (optional)', type: 'text' },
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', required: true },
            {
              name: 'state',
              type: 'select',
              required: true,
              options: Object.entries(US_STATES).map(([value, label]) => ({ value, label })),
            },
            {
              name: 'postalCode',
              label: 'ZIP code',
              type: 'text',
              required: true,
              validate: (value: null | string | undefined) =>
                typeof value === 'string' && /^\d{5}(-\d{4})?$/.test(value) ? true : 'Use a 5-digit ZIP or ZIP+4.',
            },
          ],
        },
      ],
    },
    {
      name: 'geo',
      label: 'Map position',
      type: 'group',
      admin: { description: 'Latitude and longitude, for map links and search engines.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', label: 'Latitude', type: 'number', required: true, min: -90, max: 90 },
            { name: 'lng', label: 'Longitude', type: 'number', required: true, min: -180, max: 180 },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', required: true },
        { name: 'email', type: 'email' },
      ],
    },
    {
      name: 'openingHours',
      type: 'array',
      minRows: 7,
      maxRows: 7,
      labels: { singular: 'Day', plural: 'Opening hours' },
      admin: {
        description: 'One row per weekday, Monday first.',
        initCollapsed: false,
        components: { RowLabel: rowLabel({ parts: [{ field: 'day', as: 'capitalised' }, { as: 'hours' }], fallback: 'Day' }) },
      },
      defaultValue: WEEKDAYS.map((day) =>
        day === 'sunday' ? { day, closed: true } : { day, closed: false, opens: '08:00', closes: day === 'saturday' ? '12:00' : '18:00' },
      ),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'day',
              type: 'select',
              required: true,
              options: WEEKDAYS.map((day) => ({ value: day, label: capitalise(day) })),
            },
            { name: 'closed', type: 'checkbox', defaultValue: false },
            { name: 'opens', type: 'text', validate: clockTime, admin: { condition: (_, sibling) => !sibling?.closed } },
            { name: 'closes', type: 'text', validate: clockTime, admin: { condition: (_, sibling) => !sibling?.closed } },
          ],
        },
      ],
    },
    specialHoursField,
    {
      name: 'therapies',
      type: 'relationship',
      relationTo: 'therapies',
      hasMany: true,
      admin: { description: 'Offered here. Therapies not allowed in the clinic\'s state are shown as not offered.' },
    },
    {
      name: 'insurancePlans',
      label: 'Insurance plans accepted',
      type: 'text',
      hasMany: true,
      admin: {
        description: 'One plan per entry, as the clinic names it, e.g. "Medicare". Leave empty and the page says "call us to check your plan".',
      },
    },
    languagesField({ admin: { description: 'Spoken at the front desk or by the clinic\'s providers.' } }),
    {
      name: 'booking',
      type: 'group',
      fields: [
        {
          name: 'method',
          type: 'select',
          required: true,
          defaultValue: 'form',
          options: [
            { label: 'Appointment request form', value: 'form' },
            { label: 'Online booking link', value: 'url' },
            { label: 'Phone only', value: 'phone' },
          ],
        },
        {
          name: 'url',
          type: 'text',
          admin: { condition: (_, sibling) => sibling?.method === 'url' },
          validate: (value: null | string | undefined, { siblingData }: { siblingData: unknown }) =>
            (siblingData as { method?: string }).method !== 'url' || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
              ? true
              : 'Enter the booking page address, starting with https://',
        },
        { name: 'note', type: 'text', admin: { description: 'E.g. "New patients: please call first."' } },
      ],
    },
  ],
}
