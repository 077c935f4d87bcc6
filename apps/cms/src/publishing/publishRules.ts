import {
  ArticleSchema,
  AuthorSchema,
  BrandSchema,
  ClinicSchema,
  ComparisonSchema,
  ConditionSchema,
  FaqSchema,
  ProviderSchema,
  TherapySchema,
} from '@clinic/schema'
import type { PayloadRequest, ValidationFieldError } from 'payload'
import type { z } from 'zod'
import { comparisonIssueMessage, unpublishedComparedTherapies } from '../collections/Comparisons/validation'
import type { Article, Author, Brand, Clinic, Comparison, Condition, Faq, Provider, Therapy } from '../payload-types'
import { mapArticle } from '../snapshot/map/articles'
import { mapAuthor } from '../snapshot/map/authors'
import { mapBrand } from '../snapshot/map/brand'
import { mapClinic } from '../snapshot/map/clinics'
import { mapComparison } from '../snapshot/map/comparisons'
import { mapCondition } from '../snapshot/map/conditions'
import type { MapContext } from '../snapshot/map/context'
import { mapFaq } from '../snapshot/map/faqs'
import { mapProvider } from '../snapshot/map/providers'
import { mapTherapy } from '../snapshot/map/therapies'

/** The collections whose published documents go into a brand's snapshot. */
export type GuardedCollection = 'brands' | 'clinics' | 'providers' | 'therapies' | 'conditions' | 'authors' | 'faqs' | 'articles' | 'comparisons'

/** One zod issue of a mapped document, with the document it was found in. */
export interface RuleIssue {
  issue: z.core.$ZodIssue
  /** The document as it will be stored (merged), before mapping. */
  doc: Record<string, unknown>
}

/** What the publish guard needs to know of one collection. */
export interface PublishRule {
  /** The field linking a document to its brands; absent for the brands themselves. */
  brandField?: 'brand' | 'brands'
  /** The collection's snapshot mapper, as `buildBrandSnapshot` calls it. */
  map: (doc: Record<string, unknown>, ctx: MapContext, serverUrl: string) => unknown
  /** The zod schema the snapshot validates the mapped document with. */
  schema: z.ZodType
  /** Top-level snapshot keys the mapper derives from another field, and that field. */
  renamed?: Readonly<Record<string, string>>
  /** A plainer message for an issue than zod's, when the collection has one. */
  message?: (issue: RuleIssue) => string | undefined
  /** Rules the document alone cannot show (other documents' state), checked for each of its brands. */
  check?: (doc: Record<string, unknown>, brand: Brand, req: PayloadRequest) => Promise<ValidationFieldError[]>
}

// The mappers take the generated document types; the guard hands them the merged document,
// which has those fields (possibly unset: what the schema is there to catch).
const as = <T>(doc: Record<string, unknown>) => doc as unknown as T

/** Review paths (`review.reviewedBy`) are the group's own fields; only derived keys need naming. */
export const PUBLISH_RULES: Record<GuardedCollection, PublishRule> = {
  brands: {
    map: (doc, ctx, serverUrl) => mapBrand(as<Brand>(doc), ctx, serverUrl),
    schema: BrandSchema,
    renamed: { appointmentUrl: 'acceptsAppointments' },
  },
  clinics: { brandField: 'brand', map: (doc, ctx) => mapClinic(as<Clinic>(doc), ctx), schema: ClinicSchema },
  providers: { brandField: 'brand', map: (doc, ctx) => mapProvider(as<Provider>(doc), ctx), schema: ProviderSchema },
  // The conditions a therapy treats are stored on the conditions (and checked there).
  therapies: { brandField: 'brands', map: (doc, ctx) => mapTherapy(as<Therapy>(doc), ctx, new Map()), schema: TherapySchema },
  conditions: { brandField: 'brands', map: (doc, ctx) => mapCondition(as<Condition>(doc), ctx), schema: ConditionSchema },
  authors: { brandField: 'brands', map: (doc, ctx) => mapAuthor(as<Author>(doc), ctx), schema: AuthorSchema },
  faqs: { brandField: 'brands', map: (doc, ctx) => mapFaq(as<Faq>(doc), ctx), schema: FaqSchema },
  articles: {
    brandField: 'brands',
    map: (doc, ctx) => mapArticle(as<Article>(doc), ctx),
    schema: ArticleSchema,
    renamed: { readingTimeMinutes: 'body' },
  },
  comparisons: {
    brandField: 'brands',
    map: (doc, ctx) => mapComparison(as<Comparison>(doc), ctx),
    schema: ComparisonSchema,
    // The table's rows and cells are the stored `grid` (one JSON field), which the admin marks as a whole.
    renamed: { rows: 'grid' },
    message: ({ issue, doc }) => comparisonIssueMessage(issue.path, doc),
    check: (doc, brand, req) => unpublishedComparedTherapies(doc, brand, req),
  },
}

/** Whether `slug` is a collection whose documents the publish guard checks. */
export const isGuarded = (slug: string): slug is GuardedCollection => Object.hasOwn(PUBLISH_RULES, slug)
