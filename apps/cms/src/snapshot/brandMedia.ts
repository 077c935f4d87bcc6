import type { Media as SnapshotMedia } from '@clinic/schema'
import type { Payload, Where } from 'payload'
import { refId } from '../access/userBrands'
import { networkLibrary } from '../collections/Media/access'
import type { Media } from '../payload-types'

type Id = number | string

/**
 * The images a brand's site may show: those whose brands include it (its own, and those shared
 * with it) and the network library, the images its staff may read (`readMedia`). Works on every
 * database: `in` on the hasMany `brands`, and `networkLibrary` for no brand.
 */
export function brandMediaScope(brandId: Id): Where {
  return { or: [{ brands: { in: [brandId] } }, networkLibrary] }
}

/**
 * Payload's URL of a file: on the CMS (`/api/media/file/…`, made absolute on `serverUrl`), or the public object URL
 * when media live in object storage (already absolute, kept as it is: src/media/storage.ts).
 */
function absolute(url: string | null | undefined, serverUrl: string): string | null {
  if (!url) return null
  return new URL(url, `${serverUrl}/`).toString()
}

function toMedia(doc: Media, serverUrl: string): SnapshotMedia {
  const sizes = Object.entries(doc.sizes ?? {})
    .flatMap(([name, size]) => {
      const url = absolute(size?.url, serverUrl)
      return url && size?.width && size.height ? [{ name, url, width: size.width, height: size.height }] : []
    })
    .sort((a, b) => a.width - b.width)
  // Width, height and type pass through unchanged so that a broken upload fails validation with its path.
  return {
    id: String(doc.id),
    url: absolute(doc.url, serverUrl) as string,
    alt: doc.alt,
    width: doc.width as number,
    height: doc.height as number,
    mimeType: doc.mimeType as string,
    sizes,
  }
}

export interface BrandMedia {
  /** The images the brand may show, by id, as the snapshot carries them. */
  media: Map<string, SnapshotMedia>
  /** Ids asked for that are images of other brands only: left out of the snapshot like unpublished content. */
  foreign: Set<string>
}

/**
 * Loads the images `ids` within the brand's scope ({@link brandMediaScope}), in one query. An id
 * that is not found there is looked up once more, for its existence only, to tell another
 * brand's image (left out, see {@link BrandMedia.foreign}) from a deleted one (reported by the
 * rich-text conversion as missing); valid content never needs that second query.
 */
export async function loadBrandMedia(payload: Payload, brandId: Id, ids: ReadonlySet<string>, serverUrl: string): Promise<BrandMedia> {
  if (ids.size === 0) return { media: new Map(), foreign: new Set() }
  const { docs } = await payload.find({
    collection: 'media',
    where: { and: [{ id: { in: [...ids] } }, brandMediaScope(brandId)] },
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
    sort: 'id',
  })
  const media = new Map(docs.map((doc) => [String(doc.id), toMedia(doc, serverUrl)]))
  const outside = [...ids].filter((id) => !media.has(id))
  if (outside.length === 0) return { media, foreign: new Set() }
  const existing = await payload.db.find<Pick<Media, 'id'>>({ collection: 'media', where: { id: { in: outside } }, pagination: false, limit: 0, select: { createdAt: true } })
  return { media, foreign: new Set(existing.docs.map((doc) => String(doc.id))) }
}

/**
 * A Lexical editor state without its top-level images in `leftOut` (the only images the sites
 * show), calling `report` with the index of each; the state itself when there is none. Each is
 * replaced by an empty paragraph, which the conversion drops, so the paths of any other problem
 * in the body stay those of the stored body.
 */
export function withoutImages(state: unknown, leftOut: ReadonlySet<string>, report: (id: string, index: number) => void): unknown {
  const root = (state as { root?: { children?: unknown } } | null | undefined)?.root
  if (leftOut.size === 0 || !Array.isArray(root?.children)) return state
  let changed = false
  const children = root.children.map((node: unknown, index) => {
    const upload = node as { type?: unknown; value?: unknown } | null
    if (upload === null || typeof upload !== 'object' || upload.type !== 'upload') return node
    const id = refId(upload.value as Id | { id: Id } | null | undefined)
    if (id === null || !leftOut.has(String(id))) return node
    report(String(id), index)
    changed = true
    return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [] }
  })
  return changed ? { ...(state as object), root: { ...root, children } } : state
}
