import type { Article, Author, Brand, BrandSnapshot, Clinic, Comparison, Condition, Faq, Provider, Therapy } from '@clinic/schema'
import { newestFirst } from './articles'
import { byLocation } from './clinics'

/** One brand's content, ordered for display and indexed by id. */
export interface SiteData {
  brand: Brand
  /** When the CMS made the snapshot: the day "upcoming" (special hours) is counted from. */
  generatedAt: string
  /** By state, city, name. */
  clinics: Clinic[]
  /** The brand's clinicians, by name. */
  providers: Provider[]
  /** By name. */
  therapies: Therapy[]
  conditions: Condition[]
  authors: Author[]
  /** By topic, then question. */
  faqs: Faq[]
  /** Newest first. */
  articles: Article[]
  comparisons: Comparison[]
  therapy(id: string): Therapy | undefined
  condition(id: string): Condition | undefined
  author(id: string): Author | undefined
  faq(id: string): Faq | undefined
  comparison(id: string): Comparison | undefined
  clinic(id: string): Clinic | undefined
  provider(id: string): Provider | undefined
  article(id: string): Article | undefined
  /** The slug of a document, for internal links; undefined when it is not on this site. */
  slugOf(collection: string, id: string): string | undefined
}

type Parts = Pick<BrandSnapshot, 'generatedAt' | 'brand' | 'clinics' | 'providers' | 'therapies' | 'conditions' | 'authors' | 'faqs' | 'articles' | 'comparisons'>

const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name))

/** Orders and indexes a validated snapshot's documents for the pages. */
export function indexSite(parts: Parts): SiteData {
  const maps = {
    clinics: new Map(parts.clinics.map((doc) => [doc.id, doc])),
    providers: new Map(parts.providers.map((doc) => [doc.id, doc])),
    therapies: new Map(parts.therapies.map((doc) => [doc.id, doc])),
    conditions: new Map(parts.conditions.map((doc) => [doc.id, doc])),
    authors: new Map(parts.authors.map((doc) => [doc.id, doc])),
    faqs: new Map(parts.faqs.map((doc) => [doc.id, doc])),
    articles: new Map(parts.articles.map((doc) => [doc.id, doc])),
    comparisons: new Map(parts.comparisons.map((doc) => [doc.id, doc])),
  }
  return {
    brand: parts.brand,
    generatedAt: parts.generatedAt,
    clinics: byLocation(parts.clinics),
    providers: byName(parts.providers),
    therapies: byName(parts.therapies),
    conditions: byName(parts.conditions),
    authors: byName(parts.authors),
    faqs: [...parts.faqs].sort((a, b) => a.topic.localeCompare(b.topic) || a.question.localeCompare(b.question)),
    articles: newestFirst(parts.articles),
    comparisons: [...parts.comparisons].sort((a, b) => a.title.localeCompare(b.title)),
    therapy: (id) => maps.therapies.get(id),
    condition: (id) => maps.conditions.get(id),
    author: (id) => maps.authors.get(id),
    faq: (id) => maps.faqs.get(id),
    comparison: (id) => maps.comparisons.get(id),
    clinic: (id) => maps.clinics.get(id),
    provider: (id) => maps.providers.get(id),
    article: (id) => maps.articles.get(id),
    slugOf: (collection, id) => (maps[collection as keyof typeof maps]?.get(id) as { slug?: string } | undefined)?.slug,
  }
}
