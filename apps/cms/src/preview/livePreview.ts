import { PAGE_COLLECTIONS, type PageCollection } from '@clinic/schema'
import type { CollectionConfig, Config, LivePreviewConfig, Plugin } from 'payload'
import { env } from '../env'
import { draftPreviewEndpoint } from './endpoint'
import { previewPath } from './token'

/**
 * The collections whose drafts the preview endpoint renders with the site's own pages: every
 * collection whose documents are pages of a brand site.
 */
export const LIVE_PREVIEW_COLLECTIONS: readonly PageCollection[] = PAGE_COLLECTIONS

const isPreviewCollection = (slug: string): slug is PageCollection => (LIVE_PREVIEW_COLLECTIONS as readonly string[]).includes(slug)

/** The sizes the live preview panel offers besides "Responsive": a small phone first, as most visitors read on one. */
export const LIVE_PREVIEW_BREAKPOINTS: NonNullable<LivePreviewConfig['breakpoints']> = [
  { name: 'mobile', label: 'Mobile (360 px)', width: 360, height: 740 },
  { name: 'tablet', label: 'Tablet (768 px)', width: 768, height: 1024 },
  { name: 'desktop', label: 'Desktop (1280 px)', width: 1280, height: 800 },
]

type Doc = { id?: unknown; updatedAt?: unknown }

/**
 * The live preview panel's address of a document: the same signed, expiring preview link as the
 * Preview button's (src/preview/token.ts), made on the server for the logged-in user. `v` is the
 * saved version's time: after every save (autosave included) the admin asks for the address
 * again, gets a new one and reloads the panel, so the page shows what was just saved. The
 * preview page itself runs no script.
 */
export function livePreviewUrl(collection: string, doc: Doc, loggedIn: boolean, now = Date.now()): string | null {
  const { id } = doc
  if (!loggedIn || (typeof id !== 'string' && typeof id !== 'number')) return null
  const path = previewPath({ collection, id: String(id) }, env.PAYLOAD_SECRET, env.PREVIEW_TTL_MINUTES * 60_000, now)
  const version = typeof doc.updatedAt === 'string' ? `&v=${encodeURIComponent(doc.updatedAt)}` : ''
  return `${env.serverUrl}${path}${version}`
}

/** The Preview button's address: the signed, expiring link to the latest draft, for a logged-in user. */
function previewButtonUrl(collection: PageCollection, id: unknown, loggedIn: boolean): string | null {
  if (!loggedIn || (typeof id !== 'string' && typeof id !== 'number')) return null
  return `${env.serverUrl}${previewPath({ collection, id: String(id) }, env.PAYLOAD_SECRET, env.PREVIEW_TTL_MINUTES * 60_000)}`
}

function withDraftPreview(collection: CollectionConfig): CollectionConfig {
  const slug = collection.slug
  if (!isPreviewCollection(slug)) return collection
  return {
    ...collection,
    endpoints: [...(collection.endpoints || []), draftPreviewEndpoint(slug)],
    admin: {
      ...collection.admin,
      // "Preview" opens the latest draft rendered by the brand site's own pages: a signed link
      // that expires (PREVIEW_TTL_MINUTES) and works only for staff of the document's brand.
      preview: (doc, { req }) => previewButtonUrl(slug, doc.id, Boolean(req.user)),
      livePreview: {
        breakpoints: LIVE_PREVIEW_BREAKPOINTS,
        url: ({ data, req }) => livePreviewUrl(slug, data as Doc, Boolean(req.user)),
      },
    },
  }
}

/**
 * The draft preview of every page collection (articles, comparisons, therapies, conditions,
 * clinics, providers): the `/api/<collection>/:id/preview` endpoint (src/preview/endpoint.ts), the
 * Preview button, and Payload's live preview beside the editor, whose panel shows the signed
 * draft preview page (the brand site's real page) and reloads after each save. The preview
 * endpoint answers only staff of the document's brand, and may be framed by the admin (same
 * origin: `frame-ancestors 'self'`).
 */
export const livePreview: Plugin = (config: Config): Config => ({ ...config, collections: config.collections?.map(withDraftPreview) })
