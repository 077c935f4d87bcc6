import type { Endpoint } from 'payload'
import { type SiteCollection, siteStatusOf } from './siteStatus'

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })

/**
 * `GET /api/<collection>/:id/site-status`: whether the document's latest published change is
 * live on each of its brands' sites (for the brands the user works for), waiting for a rebuild,
 * or failed with a plain reason (src/dashboard/siteStatus.ts). The edit view's sidebar shows it.
 */
export function siteStatusEndpoint(collection: SiteCollection): Endpoint {
  return {
    path: '/:id/site-status',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return json({ error: 'Log in to see where this document stands on the site.' }, 401)
      const id = String(req.routeParams?.id ?? '')
      const status = await siteStatusOf(req.payload, req.user, collection, id)
      // Unknown, or not readable by this user: the same answer, so another brand's ids are not confirmed.
      if (!status) return json({ error: `No ${collection} document ${id} that you may read.` }, 404)
      return json(status, 200)
    },
  }
}
