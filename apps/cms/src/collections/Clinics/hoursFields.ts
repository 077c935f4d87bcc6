import { SPECIAL_HOURS_MAX_DAYS } from '@clinic/schema'
import type { ArrayField, DateFieldValidation, TextFieldSingleValidation } from 'payload'
import { rowLabel } from '../../components/RowLabel/config'

/** An opening or closing time; not needed when the row is closed. */
export const clockTime: TextFieldSingleValidation = (value, { siblingData }) => {
  const closed = (siblingData as { closed?: boolean } | undefined)?.closed
  if (closed) return true
  return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? true : 'Use HH:MM on a 24-hour clock, e.g. 08:30.'
}

/** The calendar day of a day-only date field's value (the picker stores noon UTC of the picked day). */
export function dayOf(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

const lastDay: DateFieldValidation = (value, { siblingData }) => {
  const through = dayOf(value)
  const from = dayOf((siblingData as { from?: unknown } | undefined)?.from)
  if (through === null || from === null) return true
  if (through < from) return 'The last day must be on or after the first day. Leave it empty for a single day.'
  const days = (Date.parse(through) - Date.parse(from)) / 86_400_000 + 1
  return days <= SPECIAL_HOURS_MAX_DAYS ? true : `One entry covers at most ${SPECIAL_HOURS_MAX_DAYS} days; add another entry for the rest.`
}

const dayPicker = { date: { pickerAppearance: 'dayOnly', displayFormat: 'EEE, MMM d, yyyy' } } as const

/**
 * A clinic's holiday closures and date-specific hours. The site shows the coming ones beside the
 * weekly hours and search engines get them as `specialOpeningHoursSpecification`; entries whose
 * last day has passed (in the brand's time zone) are left out of the site.
 */
export const specialHoursField: ArrayField = {
  name: 'specialHours',
  label: 'Holiday and special hours',
  type: 'array',
  labels: { singular: 'Date', plural: 'Holiday and special hours' },
  admin: {
    description: 'Closures and changed hours on particular dates. They replace the weekly hours on those days; past dates drop off the site by themselves.',
    initCollapsed: false,
    components: {
      RowLabel: rowLabel({ parts: [{ field: 'from', as: 'date', through: 'through' }, { as: 'hours' }, { field: 'note' }], fallback: 'Date' }),
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'from', label: 'Date', type: 'date', required: true, admin: { ...dayPicker, width: '50%' } },
        {
          name: 'through',
          label: 'Until (for several days)',
          type: 'date',
          validate: lastDay,
          admin: { ...dayPicker, width: '50%', description: 'The last day, included. Empty: the one date only.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'closed', label: 'Closed all day', type: 'checkbox', defaultValue: true },
        { name: 'opens', type: 'text', validate: clockTime, admin: { condition: (_, sibling) => !sibling?.closed, placeholder: '09:00' } },
        { name: 'closes', type: 'text', validate: clockTime, admin: { condition: (_, sibling) => !sibling?.closed, placeholder: '13:00' } },
      ],
    },
    { name: 'note', type: 'text', maxLength: 60, admin: { description: 'A few words for visitors, e.g. "Thanksgiving" or "Staff training".' } },
  ],
}
