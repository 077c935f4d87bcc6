import { z } from 'zod'
import { HttpUrlSchema, IdSchema, LanguageTagSchema, NonEmptyTextSchema, PhoneSchema } from './common'
import { CalendarDateSchema } from './review'
import { SlugSchema } from './slug'
import { UsStateSchema } from './usStates'
import { PageSeoSchema } from './seo'

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export const WeekdaySchema = z.enum(WEEKDAYS)
export type Weekday = z.output<typeof WeekdaySchema>

/** A 24-hour clock time `HH:MM`. */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM on a 24-hour clock')

/** Opening hours of one weekday; a closed day has no times. */
export const OpeningHoursSchema = z.discriminatedUnion('closed', [
  z.object({ day: WeekdaySchema, closed: z.literal(true) }),
  z
    .object({ day: WeekdaySchema, closed: z.literal(false), opens: ClockTimeSchema, closes: ClockTimeSchema })
    .refine((hours) => hours.opens < hours.closes, { message: 'closing time must be after opening time', path: ['closes'] }),
])

/** The most days one special-hours entry may cover; a longer closure is several entries. */
export const SPECIAL_HOURS_MAX_DAYS = 31

const DAY_MS = 24 * 60 * 60 * 1000

/** How many calendar days `from` to `through` covers, both included (1 for a single day). */
export function daysCovered(entry: { from: string; through: string }): number {
  return Math.round((Date.parse(`${entry.through}T00:00:00Z`) - Date.parse(`${entry.from}T00:00:00Z`)) / DAY_MS) + 1
}

const specialHoursDays = {
  /** First day the entry applies to. */
  from: CalendarDateSchema,
  /** Last day it applies to, the same as `from` for a single day. */
  through: CalendarDateSchema,
  /** Why, in a few words ("Thanksgiving", "Staff training"). */
  note: NonEmptyTextSchema.max(60, 'note must be at most 60 characters').optional(),
}

/** `through` on or after `from`, at most {@link SPECIAL_HOURS_MAX_DAYS} days later. */
function checkDays(entry: { from: string; through: string }, ctx: z.RefinementCtx) {
  // A malformed date has its own issue already; comparing it would only add noise.
  if (!CalendarDateSchema.safeParse(entry.from).success || !CalendarDateSchema.safeParse(entry.through).success) return
  if (entry.through < entry.from) {
    ctx.addIssue({ code: 'custom', path: ['through'], message: 'the last day must be on or after the first day' })
  } else if (daysCovered(entry) > SPECIAL_HOURS_MAX_DAYS) {
    ctx.addIssue({
      code: 'custom',
      path: ['through'],
      message: `one entry may cover at most ${SPECIAL_HOURS_MAX_DAYS} days; split a longer closure into several entries`,
    })
  }
}

/**
 * Hours that differ from the weekly ones on one date or a run of dates: a holiday closure, or
 * shorter (or longer) hours. They replace the weekly hours of the days they cover.
 */
export const SpecialHoursSchema = z.discriminatedUnion('closed', [
  z.object({ ...specialHoursDays, closed: z.literal(true) }).superRefine(checkDays),
  z
    .object({ ...specialHoursDays, closed: z.literal(false), opens: ClockTimeSchema, closes: ClockTimeSchema })
    .superRefine((entry, ctx) => {
      checkDays(entry, ctx)
      const timesValid = ClockTimeSchema.safeParse(entry.opens).success && ClockTimeSchema.safeParse(entry.closes).success
      if (timesValid && entry.opens >= entry.closes) ctx.addIssue({ code: 'custom', path: ['closes'], message: 'closing time must be after opening time' })
    }),
])

/** A clinic's special hours; no day may have two entries. */
export const SpecialHoursListSchema = z.array(SpecialHoursSchema).superRefine((entries, ctx) => {
  entries.forEach((entry, index) => {
    const earlier = entries.findIndex((other, otherIndex) => otherIndex < index && other.from <= entry.through && entry.from <= other.through)
    const other = entries[earlier]
    if (other === undefined) return
    const dates = other.from === other.through ? other.from : `${other.from} to ${other.through}`
    ctx.addIssue({
      code: 'custom',
      path: [index, 'from'],
      message: `these dates overlap special hours entry ${earlier + 1} (${dates}); each day may have only one entry`,
    })
  })
})

export const PostalAddressSchema = z.object({
  street: NonEmptyTextSchema,
  street2: z.string().optional(),
  city: NonEmptyTextSchema,
  state: UsStateSchema,
  /** ZIP or ZIP+4. */
  postalCode: z.string().regex(/^\d{5}(-\d{4})?$/, 'postal code must be a 5-digit ZIP or ZIP+4'),
  country: z.literal('US'),
})

export const GeoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
})

/** How a visitor books at a clinic. */
export const BookingSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('form'), note: z.string().optional() }),
  z.object({ method: z.literal('url'), url: HttpUrlSchema, note: z.string().optional() }),
  z.object({ method: z.literal('phone'), note: z.string().optional() }),
])

/** One physical location of a brand. */
export const ClinicSchema = z.object({
  id: IdSchema,
  /** Id of the brand the clinic belongs to. */
  brand: IdSchema,
  name: NonEmptyTextSchema,
  slug: SlugSchema,
  address: PostalAddressSchema,
  geo: GeoPointSchema,
  phone: PhoneSchema,
  email: z.email('clinic email must be an email address').nullable(),
  /** Exactly one entry per weekday, Monday first. */
  openingHours: z
    .array(OpeningHoursSchema)
    .length(7, 'opening hours need one entry per weekday')
    .refine((days) => days.every((entry, index) => entry.day === WEEKDAYS[index]), 'opening hours must list monday to sunday in order'),
  /**
   * Holiday closures and date-specific hours, replacing the weekly hours on the days they cover;
   * in the order the editor keeps them. Missing in snapshots made before they existed.
   */
  specialHours: SpecialHoursListSchema.default([]),
  /** Ids of the therapies offered at this clinic. */
  therapies: z.array(IdSchema),
  booking: BookingSchema,
  /** Insurance plans the clinic accepts, as the clinic names them; empty: "call us to check your plan". */
  insurancePlans: z.array(NonEmptyTextSchema).default([]),
  /** Languages spoken at the clinic's front desk and by its staff. */
  languages: z.array(LanguageTagSchema).default([]),
  /** Search and social for the location page; each null for the page's own. */
  seo: PageSeoSchema,
})

export type Clinic = z.output<typeof ClinicSchema>
export type OpeningHours = z.output<typeof OpeningHoursSchema>
export type SpecialHours = z.output<typeof SpecialHoursSchema>
export type PostalAddress = z.output<typeof PostalAddressSchema>
export type Booking = z.output<typeof BookingSchema>
