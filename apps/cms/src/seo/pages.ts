import { type PageCollection, documentPath, providerDisplayName } from '@clinic/schema'
import { refId, refIds } from '../access/userBrands'

/** The collections whose documents are pages of a brand site and get SEO fields; `brands` is the home page. */
export const SEO_COLLECTIONS = ['articles', 'comparisons', 'therapies', 'conditions', 'clinics', 'providers', 'brands'] as const

export type SeoCollection = (typeof SEO_COLLECTIONS)[number]

export const isSeoCollection = (slug: unknown): slug is SeoCollection => SEO_COLLECTIONS.includes(slug as SeoCollection)

/** A document's values as the edit form holds them: relationships as ids, anything possibly missing. */
export type FormDoc = Record<string, unknown>

type Id = number | string

/** What the SEO defaults of one page collection are made of. */
export interface PageSource {
  /** The page's own title, as the site writes it before the brand's name; null while it is empty. */
  title: (doc: FormDoc) => string | null
  /** The page's lead, the site's meta description when the SEO description is empty; null while it is empty. */
  lead: (doc: FormDoc) => string | null
  /** The page's main image (the site's share image when the SEO image is empty), or null. */
  image: (doc: FormDoc) => Id | null
  /** The brands whose sites show the page. */
  brandIds: (doc: FormDoc) => Id[]
  /** The page's path on a brand site, or null while it has no slug. */
  path: (doc: FormDoc) => string | null
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : null)
const textAt = (doc: FormDoc, ...path: string[]): string | null => {
  let value: unknown = doc
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return text(value)
}
const imageAt = (name: string) => (doc: FormDoc) => refId(doc[name] as Id | { id: Id } | null | undefined)
const noImage = () => null
const sharedByBrands = (doc: FormDoc) => refIds(doc.brands)
const ofOneBrand = (doc: FormDoc) => refIds(doc.brand)
const pageAt = (collection: PageCollection) => (doc: FormDoc) => {
  const slug = text(doc.slug)
  return slug === null ? null : documentPath(collection, slug)
}

/** A provider as the site names them: the name, then their credentials ("Ana Ruiz, PT, DPT"). */
function providerName(doc: FormDoc): string | null {
  const name = text(doc.name)
  if (name === null) return null
  const credentials = Array.isArray(doc.credentials) ? doc.credentials.map(text).filter((entry) => entry !== null) : []
  return providerDisplayName({ name, credentials })
}

/**
 * Where each page collection's defaults come from: the same fields the site's pages use for their
 * title, meta description and share image when the SEO fields are empty (apps/site/src/pages).
 */
export const PAGE_SOURCES: Record<SeoCollection, PageSource> = {
  articles: { title: (doc) => text(doc.title), lead: (doc) => text(doc.excerpt), image: imageAt('heroImage'), brandIds: sharedByBrands, path: pageAt('articles') },
  comparisons: { title: (doc) => text(doc.title), lead: (doc) => text(doc.intro), image: noImage, brandIds: sharedByBrands, path: pageAt('comparisons') },
  therapies: { title: (doc) => text(doc.name), lead: (doc) => text(doc.summary), image: noImage, brandIds: sharedByBrands, path: pageAt('therapies') },
  conditions: { title: (doc) => text(doc.name), lead: (doc) => text(doc.summary), image: noImage, brandIds: sharedByBrands, path: pageAt('conditions') },
  clinics: {
    title: (doc) => {
      const name = text(doc.name)
      const city = textAt(doc, 'address', 'city')
      return name === null ? null : city === null ? name : `${name}, ${city}`
    },
    lead: (doc) => {
      const name = text(doc.name)
      const street = textAt(doc, 'address', 'street')
      const city = textAt(doc, 'address', 'city')
      if (name === null || street === null || city === null) return null
      return `${name} at ${street}, ${city}: opening hours, phone, the therapies offered there and how to book.`
    },
    image: noImage,
    brandIds: ofOneBrand,
    path: pageAt('clinics'),
  },
  providers: {
    title: providerName,
    lead: (doc) => {
      const name = providerName(doc)
      const jobTitle = text(doc.jobTitle)
      return name === null || jobTitle === null ? null : `${name}, ${jobTitle.toLowerCase()}: credentials, therapies, conditions and languages.`
    },
    image: imageAt('photo'),
    brandIds: ofOneBrand,
    path: pageAt('providers'),
  },
  brands: {
    title: (doc) => text(doc.name),
    lead: (doc) => text(doc.tagline),
    image: imageAt('logo'),
    brandIds: (doc) => refIds(doc.id),
    path: () => '/',
  },
}
