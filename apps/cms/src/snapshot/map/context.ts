import type { Media, RichText, SnapshotCollection, SnapshotValidationError } from '@clinic/schema'
import type { Payload } from 'payload'
import { refId, refIds } from '../../access/userBrands'
import { RichTextConversionError, type RichTextResolver, lexicalToRichText, richTextMediaIds } from '../../richText/lexicalToRichText'
import { loadBrandMedia, withoutImages } from '../brandMedia'
import type { BrandContent } from '../load'

type Id = number | string
/** A relationship as stored at depth 0, or populated. */
export type Ref = Id | { id: Id } | null | undefined

/** The id of a relationship as the snapshot writes it, or null when unset. */
export const idOf = (ref: Ref): string | null => {
  const id = refId(ref)
  return id === null ? null : String(id)
}

/** The ids of a hasMany relationship, in their stored order. */
export const idsOf = (refs: readonly Ref[] | null | undefined): string[] => refIds(refs).map(String)

/** Where a value comes from, for the messages naming a left-out image or a rich-text problem. */
export interface Located {
  collection: SnapshotCollection | 'brand'
  id: string
}

/** What every collection's mapper reads besides its own document. */
export interface MapContext {
  /** The ids in `refs` that are published documents of `collection` in this snapshot, in their order. */
  keep: (collection: SnapshotCollection, refs: readonly Ref[] | null | undefined) => string[]
  /** Whether `id` is a published document of `collection` in this snapshot. */
  isPublished: (collection: SnapshotCollection, id: string) => boolean
  /** The image `ref`, or null when unset, missing or of other brands only (logged). */
  mediaOf: (ref: Ref, at: Located, field: string) => Media | null
  /** A Lexical field as snapshot rich text; a conversion problem is recorded in `problems` and gives `[]`. */
  richText: (value: unknown, at: Located, field: string) => RichText
  /** The rich-text conversion problems found so far, reported with the validation's. */
  problems: SnapshotValidationError['problems']
}

/** The id of every image a document of `content` uses, in the order they are met. */
function collectMediaIds(content: BrandContent): Set<string> {
  const { brand, authors, providers, articles, therapies, conditions, faqs, clinics, comparisons } = content
  const mediaIds = new Set<string>()
  const addMedia = (ref: Ref) => {
    const id = idOf(ref)
    if (id !== null) mediaIds.add(id)
  }
  addMedia(brand.logo)
  authors.forEach((author) => addMedia(author.photo))
  providers.forEach((provider) => addMedia(provider.photo))
  articles.forEach((article) => addMedia(article.heroImage))
  // Every page's share image (its `seo` group).
  for (const page of [brand, ...providers, ...articles, ...therapies, ...conditions, ...clinics, ...comparisons]) addMedia(page.seo?.image)
  // Only the images the rich-text conversion will ask for (top-level upload nodes) are collected.
  for (const docs of [providers.map((d) => d.bio), therapies.map((d) => d.howItWorks), conditions.map((d) => d.body), faqs.map((d) => d.answer), articles.map((d) => d.body)]) {
    for (const body of docs) for (const id of richTextMediaIds(body)) mediaIds.add(id)
  }
  return mediaIds
}

/**
 * The {@link MapContext} of one brand's snapshot: which documents are published, and every image
 * any of them uses, loaded in one query.
 */
export async function createMapContext(payload: Payload, brandSlug: string, content: BrandContent, serverUrl: string): Promise<MapContext> {
  const published: Record<string, Set<string>> = {
    clinics: new Set(content.clinics.map((doc) => String(doc.id))),
    providers: new Set(content.providers.map((doc) => String(doc.id))),
    therapies: new Set(content.therapies.map((doc) => String(doc.id))),
    conditions: new Set(content.conditions.map((doc) => String(doc.id))),
    authors: new Set(content.authors.map((doc) => String(doc.id))),
    faqs: new Set(content.faqs.map((doc) => String(doc.id))),
    articles: new Set(content.articles.map((doc) => String(doc.id))),
    comparisons: new Set(content.comparisons.map((doc) => String(doc.id))),
  }
  const isPublished = (collection: string, id: string) => published[collection]?.has(id) ?? false
  const keep = (collection: string, refs: readonly Ref[] | null | undefined) => idsOf(refs).filter((id) => isPublished(collection, id))

  // In the brand's scope only: an image of other brands only (in a document saved before upload
  // fields were checked on drafts, by a script, or shared by a network admin) is left out like an
  // unpublished reference, and logged so that someone replaces it.
  const { media, foreign } = await loadBrandMedia(payload, content.brand.id, collectMediaIds(content), serverUrl)
  const leaveOut = (imageId: string, at: Located, field: string) =>
    payload.logger.warn(
      `Snapshot of brand ${brandSlug}: ${at.collection} ${at.id} field ${field} uses image ${imageId}, which belongs to other brands only; it is left out. Choose an image of the brand or the network library.`,
    )
  const mediaOf = (ref: Ref, at: Located, field: string) => {
    const id = idOf(ref)
    if (id === null) return null
    if (foreign.has(id)) {
      leaveOut(id, at, field)
      return null
    }
    return media.get(id) ?? null
  }

  const resolver: RichTextResolver = { media: (id) => media.get(id) ?? null, isPublished }
  const problems: SnapshotValidationError['problems'] = []
  const richText = (value: unknown, at: Located, field: string) => {
    try {
      const shown = withoutImages(value, foreign, (imageId, index) => leaveOut(imageId, at, `${field}.${index}`))
      return lexicalToRichText(shown, resolver, field)
    } catch (error) {
      if (!(error instanceof RichTextConversionError)) throw error
      problems.push({ brand: brandSlug, collection: at.collection, documentId: at.id, field: error.path, message: error.message })
      return []
    }
  }

  return { keep, isPublished, mediaOf, richText, problems }
}
