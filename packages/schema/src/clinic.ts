import { z } from 'zod'
import { HttpUrlSchema, IdSchema, LanguageTagSchema, NonEmptyTextSchema, PhoneSchema } from './common'
import { SlugSchema } from './slug'
import { UsStateSchema } from './usStates'

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
  /** Ids of the therapies offered at this clinic. */
  therapies: z.array(IdSchema),
  booking: BookingSchema,
  /** Insurance plans the clinic accepts, as the clinic names them; empty: "call us to check your plan". */
  insurancePlans: z.array(NonEmptyTextSchema).default([]),
  /** Languages spoken at the clinic's front desk and by its staff. */
  languages: z.array(LanguageTagSchema).default([]),
})

export type Clinic = z.output<typeof ClinicSchema>
export type OpeningHours = z.output<typeof OpeningHoursSchema>
export type PostalAddress = z.output<typeof PostalAddressSchema>
export type Booking = z.output<typeof BookingSchema>
