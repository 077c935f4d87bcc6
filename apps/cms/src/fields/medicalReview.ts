import type { DateFieldValidation, FieldHook, FilterOptions, GroupField, RelationshipFieldSingleValidation } from 'payload'
import { relationship } from 'payload/shared'
import { refIds } from '../access/userBrands'

interface ReviewSiblings {
  reviewedBy?: unknown
  lastReviewed?: unknown
}

const DAY_MS = 86_400_000

const isSet = (value: unknown) => value !== null && value !== undefined && value !== ''

/** The reviewer must be a provider of one of the page's brands (of `brands`, or of `brand`). */
const providersOfThePagesBrands: FilterOptions = ({ data }) => {
  const brands = refIds((data as { brands?: unknown; brand?: unknown } | undefined)?.brands ?? (data as { brand?: unknown } | undefined)?.brand)
  // The list view's filter has no document: any provider the user may read.
  return brands.length === 0 ? true : { brand: { in: brands } }
}

const reviewerGiven: RelationshipFieldSingleValidation = async (value, options) => {
  const base = await relationship(value, options)
  if (base !== true) return base
  const { lastReviewed } = (options.siblingData ?? {}) as ReviewSiblings
  return isSet(lastReviewed) && !isSet(value) ? 'Choose the provider who reviewed this page, or clear the last reviewed date.' : true
}

const dateGiven: DateFieldValidation = (value, { siblingData }) => {
  const { reviewedBy } = (siblingData ?? {}) as ReviewSiblings
  if (!isSet(value)) return isSet(reviewedBy) ? 'Enter the day of the last review, or clear the reviewer.' : true
  const day = new Date(value as Date | string)
  if (Number.isNaN(day.getTime())) return 'Enter the day of the last review as a date, e.g. 2026-03-14.'
  // A day is stored at noon UTC (see atNoonUtc); one day of slack lets editors east of UTC enter their today.
  return day.getTime() > atNoonUtc(new Date()).getTime() + DAY_MS ? 'The last review cannot be in the future: enter the day it took place.' : true
}

/** The calendar day of `date` (in UTC) at 12:00 UTC, as the admin's day picker stores a day. */
function atNoonUtc(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12))
}

/**
 * A day, whatever time came with it: `2026-03-14` through the API becomes the day at noon UTC,
 * the admin's day picker's own convention, so the snapshot's `YYYY-MM-DD` is the day chosen.
 */
const keepTheDayOnly: FieldHook = ({ value }) => {
  if (!isSet(value)) return value
  const day = new Date(value as Date | string)
  return Number.isNaN(day.getTime()) ? value : atNoonUtc(day).toISOString()
}

/**
 * "Medically reviewed by … · last reviewed …" of a health page (articles, therapies, conditions,
 * comparisons): a provider of the page's brand and the day of the review, both or neither.
 * The snapshot carries it as `review` (null when the provider is not published for the brand).
 */
export function medicalReviewField(): GroupField {
  return {
    name: 'review',
    label: 'Medical review',
    type: 'group',
    admin: {
      position: 'sidebar',
      description: 'The clinician who checked the health information, and when. Shown as "Medically reviewed by …" near the title.',
    },
    fields: [
      {
        name: 'reviewedBy',
        label: 'Reviewed by',
        type: 'relationship',
        relationTo: 'providers',
        filterOptions: providersOfThePagesBrands,
        validate: reviewerGiven,
        admin: { description: 'A provider of this brand. Published providers only appear on the site.' },
      },
      {
        name: 'lastReviewed',
        label: 'Last reviewed',
        type: 'date',
        validate: dateGiven,
        hooks: { beforeChange: [keepTheDayOnly] },
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
      },
    ],
  }
}
