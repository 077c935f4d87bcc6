import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { refId, refIds } from '../../access/userBrands'
import type { KnownTherapy } from '../types'
import { CONDITION_ALIASES, THERAPY_ALIASES, type NamedRef, aliasesOf } from './aliases'

/** A document id: a number on SQLite, a string on MongoDB. */
export type Id = number | string

/** The brand posts are imported into. */
export interface BrandRef {
  id: Id
  slug: string
  name: string
}

/** What an earlier import of a post wrote (the `imported-posts` record). */
export interface EarlierImport {
  /** The `imported-posts` record. */
  id: Id
  key: string
  sourceUrl: string | null
  /** Null when the article has been deleted since. */
  article: Id | null
  /** The article's current slug (its latest draft's). */
  articleSlug: string | null
  faqs: Id[]
  comparisons: Id[]
  media: { src: string; id: Id }[]
  /** The documents of this import an editor has published since (collection and id), which a re-import leaves alone. */
  publishedSince: { collection: 'articles' | 'faqs' | 'comparisons'; id: Id }[]
}

/** What planning needs to know about the brand's documents, read once per import. */
export interface PlanContext {
  brand: BrandRef
  /** The brand's therapies (network ones shared with it included), with their aliases. */
  therapies: NamedRef<Id>[]
  conditions: NamedRef<Id>[]
  authors: { id: Id; name: string }[]
  /** The brand's comparisons (drafts too), by the therapies they compare. */
  comparisons: { id: Id; therapies: Id[] }[]
  /** Earlier imports of posts into the brand, by post key. */
  earlier: Map<string, EarlierImport>
  /** Every article slug of the brand (drafts too) and the article using it. */
  articleSlugs: Map<string, Id>
}

type Doc = Record<string, unknown> & { id: Id }

const ofBrand = (brand: Id): Where => ({ brands: { in: [brand] } })

/** Every document of `collection` matching `where`, latest drafts included, with only `fields`. */
async function findAll(payload: Payload, req: PayloadRequest | undefined, collection: CollectionSlug, where: Where, fields: string[], draft = true): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    draft,
    overrideAccess: true,
    select: Object.fromEntries(fields.map((field) => [field, true])),
    req,
  })
  return docs as unknown as Doc[]
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** The therapies a post may name: the brand's, with the aliases of {@link THERAPY_ALIASES}. */
export function knownTherapiesOf(context: Pick<PlanContext, 'therapies'>): KnownTherapy[] {
  return context.therapies.map(({ name, aliases }) => ({ name, aliases }))
}

/**
 * Reads what planning the import of posts into `brand` needs: the brand's therapies, conditions,
 * authors and comparisons, every article slug, and what earlier imports wrote (with the documents
 * an editor has published since). Access is not checked here: the caller has checked that the
 * user may import into the brand, and nothing read here reaches another brand.
 */
export async function loadPlanContext(payload: Payload, brand: BrandRef, req?: PayloadRequest): Promise<PlanContext> {
  const where = ofBrand(brand.id)
  const [therapies, conditions, authors, comparisons, articles, imported] = await Promise.all([
    findAll(payload, req, 'therapies', where, ['name']),
    findAll(payload, req, 'conditions', where, ['name']),
    findAll(payload, req, 'authors', where, ['name'], false),
    findAll(payload, req, 'comparisons', where, ['therapies']),
    findAll(payload, req, 'articles', where, ['slug']),
    findAll(payload, req, 'imported-posts', { brand: { equals: brand.id } }, ['key', 'sourceUrl', 'article', 'faqs', 'comparisons', 'media'], false),
  ])

  const articleSlugs = new Map<string, Id>()
  const slugOfArticle = new Map<string, string>()
  for (const article of articles) {
    const slug = text(article.slug)
    if (slug !== '') articleSlugs.set(slug, article.id)
    slugOfArticle.set(String(article.id), slug)
  }

  const published = await publishedSince(payload, req, imported)
  const earlier = new Map<string, EarlierImport>()
  for (const record of imported) {
    const articleId = refId(record.article as Id | null)
    const exists = articleId !== null && slugOfArticle.has(String(articleId))
    const faqs = refIds(record.faqs)
    const comparisonIds = refIds(record.comparisons)
    const media = (Array.isArray(record.media) ? (record.media as { src?: unknown; image?: unknown }[]) : [])
      .map((entry) => ({ src: text(entry.src), id: refId(entry.image as Id | null) }))
      .filter((entry): entry is { src: string; id: Id } => entry.src !== '' && entry.id !== null)
    const mine = [
      ...(exists ? [{ collection: 'articles' as const, id: articleId }] : []),
      ...faqs.map((id) => ({ collection: 'faqs' as const, id })),
      ...comparisonIds.map((id) => ({ collection: 'comparisons' as const, id })),
    ]
    earlier.set(text(record.key), {
      id: record.id,
      key: text(record.key),
      sourceUrl: text(record.sourceUrl) || null,
      article: exists ? articleId : null,
      articleSlug: exists ? (slugOfArticle.get(String(articleId)) ?? null) : null,
      faqs,
      comparisons: comparisonIds,
      media,
      publishedSince: mine.filter(({ collection, id }) => published.has(`${collection}:${String(id)}`)),
    })
  }

  return {
    brand,
    therapies: therapies.map((doc) => ({ id: doc.id, name: text(doc.name), aliases: aliasesOf(THERAPY_ALIASES, text(doc.name)) })),
    conditions: conditions.map((doc) => ({ id: doc.id, name: text(doc.name), aliases: aliasesOf(CONDITION_ALIASES, text(doc.name)) })),
    authors: authors.map((doc) => ({ id: doc.id, name: text(doc.name) })),
    comparisons: comparisons.map((doc) => ({ id: doc.id, therapies: refIds(doc.therapies) })),
    earlier,
    articleSlugs,
  }
}

/**
 * The documents earlier imports wrote that have a published version now, as `collection:id`.
 * The importer only writes drafts, so a live version means an editor published it.
 */
async function publishedSince(payload: Payload, req: PayloadRequest | undefined, imported: Doc[]): Promise<Set<string>> {
  const ids = { articles: [] as Id[], faqs: [] as Id[], comparisons: [] as Id[] }
  for (const record of imported) {
    const article = refId(record.article as Id | null)
    if (article !== null) ids.articles.push(article)
    ids.faqs.push(...refIds(record.faqs))
    ids.comparisons.push(...refIds(record.comparisons))
  }
  const found = new Set<string>()
  for (const collection of ['articles', 'faqs', 'comparisons'] as const) {
    if (ids[collection].length === 0) continue
    const docs = await findAll(payload, req, collection, { and: [{ id: { in: ids[collection] } }, { _status: { equals: 'published' } }] }, ['_status'], false)
    for (const doc of docs) found.add(`${collection}:${String(doc.id)}`)
  }
  return found
}
