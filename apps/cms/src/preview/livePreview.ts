import type { CollectionConfig, Config, LivePreviewConfig, Plugin } from 'payload'
import { env } from '../env'
import { previewPath } from './token'

/** The collections whose drafts the preview endpoint renders with the site's own pages. */
export const LIVE_PREVIEW_COLLECTIONS = ['articles'] as const

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

function withLivePreview(collection: CollectionConfig): CollectionConfig {
  if (!(LIVE_PREVIEW_COLLECTIONS as readonly string[]).includes(collection.slug)) return collection
  return {
    ...collection,
    admin: {
      ...collection.admin,
      livePreview: {
        breakpoints: LIVE_PREVIEW_BREAKPOINTS,
        url: ({ data, req }) => livePreviewUrl(collection.slug, data as Doc, Boolean(req.user)),
      },
    },
  }
}

/**
 * Payload's live preview beside the editor for the collections with a draft preview: the panel
 * shows the signed draft preview page (the brand site's real page) and reloads after each save.
 * The preview endpoint answers only staff of the document's brand, and may be framed by the
 * admin (same origin: `frame-ancestors 'self'`).
 */
export const livePreview: Plugin = (config: Config): Config => ({ ...config, collections: config.collections?.map(withLivePreview) })
