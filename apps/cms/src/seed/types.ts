import type {
  Booking,
  BrandKind,
  BrandTheme,
  CostRange,
  OpeningHours,
  PostalAddress,
  SitePage,
  UsStateCode,
} from '@clinic/schema'
import type { UsTimeZone } from '../admin/timezoneList'

/*
 * Demo content is written in these shapes: the published contract's shapes, but with
 * references by slug (ids do not exist before seeding) and images described instead of
 * uploaded. The seed turns them into CMS documents.
 */

/** An image the seed draws (abstract shapes in two colours) and uploads with its alt text. */
export interface SeedImage {
  /** File name without extension, unique across the seed. */
  key: string
  alt: string
  /** Two #rrggbb colours the picture is drawn in. */
  palette: [string, string]
  width: number
  height: number
}

export interface SeedText {
  type: 'text'
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strikethrough?: boolean
  code?: boolean
}
export type SeedInline =
  | SeedText
  | { type: 'linebreak' }
  | {
      type: 'link'
      target:
        | { kind: 'external'; href: string; newTab: boolean }
        | { kind: 'internal'; collection: 'articles' | 'therapies' | 'conditions' | 'comparisons'; slug: string }
        /** One of the site's fixed pages (appointment request, indexes, FAQ page). */
        | { kind: 'page'; page: SitePage }
      children: SeedText[]
    }
export interface SeedListItem {
  children: SeedInline[]
  sublists?: SeedList[]
}
export interface SeedList {
  type: 'list'
  ordered: boolean
  items: SeedListItem[]
}
export type SeedBlock =
  | { type: 'paragraph'; children: SeedInline[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: SeedInline[] }
  | { type: 'quote'; children: SeedInline[] }
  | SeedList
  | { type: 'image'; image: SeedImage; caption?: string }
  | { type: 'table'; rows: { cells: { header: boolean; children: SeedInline[] }[] }[] }
  /** FAQ slugs. */
  | { type: 'faqGroup'; title?: string; faqs: string[] }
  /** A comparison slug; its advice is shown under the table unless `showAdvice` is false. */
  | { type: 'comparison'; comparison: string; showAdvice?: boolean }
  | { type: 'hr' }
export type SeedRichText = SeedBlock[]
/** A comparison's advice: paragraphs and lists only (the snapshot's ComparisonTextSchema). */
export type SeedAdvice = Extract<SeedBlock, { type: 'paragraph' } | { type: 'list' }>[]

export interface SeedBrand {
  slug: string
  name: string
  kind: BrandKind
  tagline: string
  domain: string
  theme: BrandTheme
  logo: SeedImage
  contact: { phone: string | null; email: string | null }
  socialLinks: { platform: 'facebook' | 'instagram' | 'linkedin' | 'youtube' | 'tiktok' | 'x'; url: string }[]
  acceptsAppointments: boolean
  medicalDisclaimer: string
  /** The site's privacy page: plain text, blank lines between paragraphs. */
  privacyNotice: string
  /** IANA zone the schedule dialog starts in; the brand field's default when left out. */
  timeZone?: UsTimeZone
}

/** One holiday closure or day of changed hours; without `through`, the one date. */
export interface SeedSpecialHours {
  from: string
  through?: string
  closed: boolean
  opens?: string
  closes?: string
  note?: string
}

export interface SeedClinic {
  /** Brand slug. */
  brand: string
  name: string
  slug: string
  address: PostalAddress
  geo: { lat: number; lng: number }
  phone: string
  email: string | null
  openingHours: OpeningHours[]
  /** Holiday closures and changed hours; days as the admin's day picker stores them (noon UTC). */
  specialHours?: SeedSpecialHours[]
  /** Therapy slugs. */
  therapies: string[]
  booking: Booking
  /** As the clinic names them; empty: the site says "call us to check your plan". */
  insurancePlans: string[]
  /** BCP 47 codes of src/fields/languages.ts. */
  languages: string[]
}

/** A clinician of one brand. */
export interface SeedProvider {
  /** Brand slug. */
  brand: string
  name: string
  /** Unique across the seed, so reviews and authors can name the provider. */
  slug: string
  credentials: string[]
  jobTitle: string
  photo: SeedImage | null
  bio: SeedRichText
  /** Clinic slugs, of the provider's brand. */
  clinics: string[]
  /** Therapy slugs. */
  therapies: string[]
  /** Condition slugs. */
  conditions: string[]
  languages: string[]
  acceptingNewPatients: boolean
  npi: string | null
}

/** Who reviewed a demo page (provider slug) and the day, `YYYY-MM-DD`. */
export interface SeedReview {
  collection: 'articles' | 'therapies' | 'conditions' | 'comparisons'
  /** The page's slug. */
  slug: string
  reviewedBy: string
  lastReviewed: string
}

/** Documents that can appear on several brands' sites list those brands by slug. */
interface Shared {
  brands: string[]
}

export interface SeedTherapy extends Shared {
  name: string
  slug: string
  summary: string
  howItWorks: SeedRichText
  sessionLength: { minMinutes: number; maxMinutes: number }
  cost: CostRange
  sideEffects: string[]
  contraindications: string[]
  practitioners: string[]
  notOfferedInStates: UsStateCode[]
}

export interface SeedCondition extends Shared {
  name: string
  slug: string
  summary: string
  body: SeedRichText
  /** Therapy slugs. */
  therapies: string[]
}

export interface SeedAuthor extends Shared {
  name: string
  slug: string
  credentials: string
  jobTitle: string
  bio: string
  photo: SeedImage | null
  /** Slug of the author's provider profile, when the author is one of the clinicians. */
  provider?: string
}

export interface SeedFaq extends Shared {
  slug: string
  question: string
  answer: SeedRichText
  topic: string
  therapies: string[]
  conditions: string[]
}

export interface SeedArticle extends Shared {
  title: string
  /** A line under the title. */
  subtitle?: string
  slug: string
  excerpt: string
  body: SeedRichText
  /** Author slug. */
  author: string | null
  /** ISO date-time. */
  publishedAt: string
  categories: string[]
  heroImage: SeedImage | null
  relatedTherapies: string[]
  relatedConditions: string[]
  faqs: string[]
  seo?: { title?: string; description?: string }
  /** Demo drafts show editors that unpublished work stays out of the sites. */
  status: 'published' | 'draft'
}

export interface SeedComparison extends Shared {
  title: string
  slug: string
  intro: string
  /** Therapy slugs, the table's columns in order. */
  therapies: string[]
  rows: { label: string; values: string[] }[]
  whenToChoose: { therapy: string; text: SeedAdvice }[]
  combination: { canCombine: boolean; how: SeedAdvice }
  conditionGuidance: { condition: string; guidance: string }[]
}

/** The whole demo network. */
export interface SeedNetwork {
  brands: SeedBrand[]
  clinics: SeedClinic[]
  providers: SeedProvider[]
  therapies: SeedTherapy[]
  conditions: SeedCondition[]
  authors: SeedAuthor[]
  faqs: SeedFaq[]
  articles: SeedArticle[]
  comparisons: SeedComparison[]
  /** Reviews of the pages above, by collection and slug. */
  reviews: SeedReview[]
}
