import { z } from 'zod'
import { DomainSchema, HexColorSchema, HttpUrlSchema, IdSchema, NonEmptyTextSchema, PhoneSchema } from './common'
import { MediaSchema } from './media'
import { SlugSchema } from './slug'
import { PageSeoSchema } from './seo'

/** What kind of publisher a brand is; it decides which parts of a site make sense (booking, locations). */
export const BrandKindSchema = z.enum(['clinic', 'spine-practice', 'group', 'publication'])

/** Colours a brand site is painted with. */
export const BrandThemeSchema = z.object({
  /** Buttons, links and the header band. */
  primary: HexColorSchema,
  /** Highlights and focus rings. */
  accent: HexColorSchema,
  /** Page background. */
  background: HexColorSchema,
  /** Body text. */
  text: HexColorSchema,
})

export const SocialLinkSchema = z.object({
  platform: z.enum(['facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'x']),
  url: HttpUrlSchema,
})

/** A clinic brand (or publication) with its own website. */
export const BrandSchema = z.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  slug: SlugSchema,
  kind: BrandKindSchema,
  /** One line under the name on the home page. */
  tagline: z.string(),
  /** The site's host name; canonical URLs are built on it. */
  domain: DomainSchema,
  theme: BrandThemeSchema,
  logo: MediaSchema.nullable(),
  contact: z.object({
    phone: PhoneSchema.nullable(),
    email: z.email('contact email must be an email address').nullable(),
  }),
  socialLinks: z.array(SocialLinkSchema),
  /** Whether visitors can ask this brand for an appointment. Publications say no. */
  acceptsAppointments: z.boolean(),
  /**
   * Where the site's appointment form posts (the CMS's public endpoint, absolute), or null when
   * the brand takes no requests: then the site lists phone numbers and booking links instead.
   */
  appointmentUrl: HttpUrlSchema.nullable(),
  /** Shown under every article and therapy page. */
  medicalDisclaimer: NonEmptyTextSchema,
  /**
   * How the brand handles what visitors send (the privacy page the appointment form's consent
   * links to). Plain text; blank lines separate paragraphs.
   */
  privacyNotice: NonEmptyTextSchema,
  /** Search and social for the home page; each null for the brand's own name, tagline and logo. */
  seo: PageSeoSchema,
})

export type Brand = z.output<typeof BrandSchema>
export type BrandKind = z.output<typeof BrandKindSchema>
export type BrandTheme = z.output<typeof BrandThemeSchema>
