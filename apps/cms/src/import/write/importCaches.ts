import type { ImportWritten } from '@clinic/schema'
import type { Payload } from 'payload'
import type { BrandRef, Id } from '../plan/context'
import { SlugAllocator } from '../plan/slugs'
import { OldPostLinks } from './oldPostLinks'

/** What the import has made so far and may reuse: only what committed posts made. */
export interface ImportCaches {
  media: Map<string, Id>
  authors: Map<string, Id>
  comparisons: Map<string, Id>
  links: OldPostLinks
  slugs: { faqs: SlugAllocator; comparisons: SlugAllocator; authors: SlugAllocator }
}

/** What one post made, kept in the import's caches only once the post commits. */
export interface PostCaches {
  media: Map<string, Id>
  authors: Map<string, Id>
  comparisons: Map<string, Id>
}

/** Records a document the post wrote, for its report. */
export type RecordWritten = (collection: ImportWritten['collection'], id: Id) => void

/** Empty caches, with the slugs the brand's FAQs, comparisons and authors already use. */
export async function openImportCaches(payload: Payload, brand: BrandRef): Promise<ImportCaches> {
  return {
    media: new Map(),
    authors: new Map(),
    comparisons: new Map(),
    links: new OldPostLinks(),
    slugs: {
      faqs: new SlugAllocator(await brandSlugs(payload, 'faqs', brand.id)),
      comparisons: new SlugAllocator(await brandSlugs(payload, 'comparisons', brand.id)),
      authors: new SlugAllocator(await brandSlugs(payload, 'authors', brand.id)),
    },
  }
}

/** Keeps what a committed post made for the posts after it. */
export function keepPostCaches(caches: ImportCaches, mine: PostCaches): void {
  for (const [key, id] of mine.media) caches.media.set(key, id)
  for (const [key, id] of mine.authors) caches.authors.set(key, id)
  for (const [key, id] of mine.comparisons) caches.comparisons.set(key, id)
}

/** Slugs of a collection's documents of the brand (drafts too). */
async function brandSlugs(payload: Payload, collection: 'faqs' | 'comparisons' | 'authors', brand: Id): Promise<string[]> {
  const { docs } = await payload.find({
    collection,
    where: { brands: { in: [brand] } },
    depth: 0,
    pagination: false,
    draft: collection !== 'authors',
    overrideAccess: true,
    select: { slug: true },
  })
  return docs.map((doc) => (doc as { slug?: unknown }).slug).filter((slug): slug is string => typeof slug === 'string')
}
