import { type PageCollection, SnapshotValidationError } from '@clinic/schema'
import { brandFieldOf } from '../redirects/livePage'
import type { Endpoint, PayloadRequest } from 'payload'
import { roleOf } from '../access/roles'
import { refIds, userBrandIds } from '../access/userBrands'
import { env } from '../env'
import { mediaOrigin } from '../media/objectKeys'
import { BrandNotFoundError, type DraftDocument, buildBrandSnapshot } from '../snapshot/buildSnapshot'
import { PreviewRenderError, renderDraftPreview } from './renderPreview'
import { verifyPreview } from './token'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Where the preview's images come from: the CMS, and S3_PUBLIC_URL when media live in object storage. */
const imageSources = [`'self'`, env.adminOrigin, mediaOrigin(env)].filter((source) => source !== null).join(' ')

/** Headers of every answer: private, never cached or indexed, no referrer (the link is a credential), nothing loaded but the CMS's images. */
function previewHeaders(): Headers {
  return new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'private, no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
    'Content-Security-Policy': `default-src 'none'; img-src ${imageSources} data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`,
  })
}

/** A short page for editors explaining why there is no preview. */
function notice(status: number, title: string, message: string, link?: { href: string; text: string }): Response {
  const action = link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : ''
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${escapeHtml(title)}</h1><p style="white-space:pre-line">${escapeHtml(message)}</p>${action}</body></html>`
  return new Response(body, { status, headers: previewHeaders() })
}

/** The draft banner, placed at the top of the page's body. */
function withBanner(html: string, brandName: string, expires: Date): string {
  const banner = `<div role="status" style="position:sticky;top:0;z-index:10;padding:.5rem 1rem;background:#fef3c7;color:#1f2937;border-bottom:2px solid #b45309;font:600 0.95rem/1.4 system-ui,sans-serif">Draft preview for ${escapeHtml(brandName)}: not published, visitors cannot see this page. This link stops working at ${escapeHtml(expires.toISOString().slice(0, 16).replace('T', ' '))} UTC.</div>`
  return html.replace(/<body[^>]*>/, (tag) => `${tag}${banner}`)
}

/** How a preview names each collection's documents to the editor. */
export const PREVIEW_NOUNS: Record<PageCollection, string> = {
  articles: 'article',
  comparisons: 'comparison',
  therapies: 'therapy',
  conditions: 'condition',
  clinics: 'clinic',
  providers: 'provider',
}

/** The brands the preview may be shown as: the document's, limited to the user's own unless they are a network admin. */
function allowedBrandIds(req: PayloadRequest, brandsOfDoc: unknown): string[] {
  const ofDoc = refIds(brandsOfDoc).map(String)
  if (roleOf(req) === 'admin') return ofDoc
  const mine = new Set(userBrandIds(req).map(String))
  return ofDoc.filter((id) => mine.has(id))
}

/**
 * `GET /api/<collection>/:id/preview?expires=…&sig=…[&brand=<slug>]`: the document's latest draft
 * as its brand site would show it, rendered by the site's own pages and components, for each page
 * collection (articles, comparisons, therapies, conditions, clinics, providers). The link comes
 * from the admin's Preview button and live preview panel (signed, expiring: src/preview/token.ts),
 * and it works only for a logged-in user who may read the draft, i.e. staff of one of the
 * document's brands.
 */
export function draftPreviewEndpoint(collection: PageCollection): Endpoint {
  const noun = PREVIEW_NOUNS[collection]
  const brandField = brandFieldOf(collection)
  return {
    path: '/:id/preview',
    method: 'get',
    handler: async (req) => {
      const id = String(req.routeParams?.id ?? '')
      const url = new URL(req.url ?? '', env.serverUrl)
      const check = verifyPreview({ collection, id, expires: url.searchParams.get('expires'), sig: url.searchParams.get('sig') }, env.PAYLOAD_SECRET)
      if (!check.ok) {
        return check.reason === 'expired'
          ? notice(410, 'This preview link has expired', `Open the ${noun} in the CMS and choose Preview again for a new link.`)
          : notice(403, 'This preview link is not valid', `Open the ${noun} in the CMS and choose Preview to get a working link.`)
      }
      if (!req.user) {
        const login = `/admin/login?redirect=${encodeURIComponent(`${url.pathname}${url.search}`)}`
        return notice(401, 'Log in to see this preview', `Draft previews are only for the staff of the ${noun}’s brand.`, { href: login, text: 'Log in to the CMS' })
      }

      let doc: DraftDocument['doc']
      try {
        doc = (await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user })) as DraftDocument['doc']
      } catch {
        // Unknown, or not readable by this user: the same answer, so ids of other brands are not confirmed.
        return notice(404, `No ${noun} to preview`, `This ${noun} does not exist or belongs to a brand you do not work for.`)
      }

      const brandIds = allowedBrandIds(req, (doc as { brands?: unknown; brand?: unknown })[brandField])
      if (brandIds.length === 0) return notice(404, `No ${noun} to preview`, `This ${noun} is not linked to any brand you work for.`)
      const { docs: brands } = await req.payload.find({ collection: 'brands', where: { id: { in: brandIds } }, depth: 0, limit: 0, pagination: false, sort: 'slug', overrideAccess: true })
      const wanted = url.searchParams.get('brand')
      const brand = (wanted === null ? brands[0] : brands.find((candidate) => candidate.slug === wanted)) ?? null
      if (brand === null) return notice(404, `No such brand for this ${noun}`, `Choose one of: ${brands.map((candidate) => candidate.slug).join(', ')}.`)

      try {
        // The collection and the document read from it belong together.
        const draft = { collection, doc } as DraftDocument
        const snapshot = await buildBrandSnapshot(req.payload, brand.slug, { serverUrl: env.serverUrl, draft })
        const html = await renderDraftPreview(snapshot, { collection, id: String(doc.id) })
        return new Response(withBanner(html, brand.name, new Date(Number(url.searchParams.get('expires')))), { status: 200, headers: previewHeaders() })
      } catch (error) {
        if (error instanceof BrandNotFoundError) return notice(409, 'The brand is not published yet', `Publish ${brand.name} before previewing its pages.`)
        if (error instanceof SnapshotValidationError) {
          const problems = error.problems.map((problem) => `• ${problem.collection} ${problem.documentId}, ${problem.field}: ${problem.message}`).join('\n')
          return notice(422, 'This draft cannot be shown yet', `Fix these fields and preview again:\n${problems}`)
        }
        if (error instanceof PreviewRenderError) {
          req.payload.logger.error(`Draft preview of ${noun} ${doc.id} (${collection}) failed: ${error.message}`)
          return notice(503, 'The preview could not be rendered', 'The site renderer failed; the CMS log has the details. Try again in a moment.')
        }
        throw error
      }
    },
  }
}
