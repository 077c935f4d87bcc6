import type { ImportedPost } from '@clinic/schema'
import type { CollectionSlug, PayloadRequest } from 'payload'
import type { BrandRef, EarlierImport, Id } from '../plan/context'
import { type ImageFetcher, ImageFetchError } from './fetchImage'
import type { ImportCaches, PostCaches, RecordWritten } from './importCaches'
import type { PostTransaction } from './postTransaction'

interface PostImagesInput {
  tx: PostTransaction
  brand: BrandRef
  report: ImportedPost
  earlier: EarlierImport | null
  imageFetcher: ImageFetcher
  caches: ImportCaches
  mine: PostCaches
  wrote: RecordWritten
}

/**
 * The media document of each of the post's images (null where it could not be imported), made
 * outside the post's transaction: an earlier import's upload of the same source, one of this
 * import, or a new upload. An image that cannot be read is a warning on the report, not a failure.
 */
export async function writePostImages({ tx, brand, report, earlier, imageFetcher, caches, mine, wrote }: PostImagesInput): Promise<(Id | null)[]> {
  const earlierMedia = new Map((earlier?.media ?? []).map((entry) => [entry.src, entry.id]))
  const stillThere = await existing(tx.req, 'media', [...earlierMedia.values()], false)
  const mediaIds: (Id | null)[] = []
  for (const [index, image] of report.images.entries()) {
    const fromEarlier = earlierMedia.get(image.src)
    const reused = mine.media.get(image.src) ?? caches.media.get(image.src) ?? (fromEarlier !== undefined && stillThere.has(String(fromEarlier)) ? fromEarlier : undefined)
    if (reused !== undefined) {
      mediaIds[index] = reused
      mine.media.set(image.src, reused)
      continue
    }
    try {
      const fetched = await imageFetcher.fetch(image.src, report.source)
      const sameFile = mine.media.get(fetched.location) ?? caches.media.get(fetched.location)
      const id =
        sameFile ??
        (await tx.createMedia(
          { alt: image.alt.trim() || image.caption.trim() || `Image from “${report.title}”`, brands: [brand.id] },
          { data: fetched.bytes, mimetype: fetched.mimeType, name: fetched.filename, size: fetched.bytes.length },
        ))
      if (sameFile === undefined) wrote('media', id)
      mediaIds[index] = id
      mine.media.set(image.src, id)
      mine.media.set(fetched.location, id)
    } catch (error) {
      if (!(error instanceof ImageFetchError)) throw error
      mediaIds[index] = null
      report.warnings.push(`The ${image.role === 'hero' ? 'hero image' : 'image'} was not imported: ${error.message}`)
    }
  }
  return mediaIds
}

/** Ids among `ids` of documents of `collection` that still exist. */
async function existing(req: PayloadRequest, collection: CollectionSlug, ids: readonly Id[], draft: boolean): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { docs } = await req.payload.find({ collection, where: { id: { in: [...ids] } }, depth: 0, pagination: false, draft, overrideAccess: true, select: {}, req })
  return new Set(docs.map((doc) => String(doc.id)))
}
