import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

/**
 * Which origins may call the CMS from a browser.
 *
 * - CSRF (`config.csrf`): the admin's origin only. Payload uses a session cookie only when the
 *   request comes from a listed origin, so a page elsewhere (a brand site included) can never act
 *   with an editor's session.
 * - CORS (`config.cors`): the admin's origin, SITE_ORIGINS (e.g. the demo's local sites) and every
 *   brand site's `https://<domain>`, so brand sites may call public endpoints (the appointment
 *   form) from the browser. Brand domains change in the CMS, so the list
 *   is loaded when Payload starts and again whenever a brand is saved or deleted.
 *
 * Payload reads both lists from its config on every request; they are updated in place.
 */

/** `https://<domain>` for each brand domain, without duplicates, sorted. */
export function brandOrigins(domains: readonly (string | null | undefined)[]): string[] {
  const origins = new Set<string>()
  for (const domain of domains) {
    if (typeof domain !== 'string' || domain === '') continue
    const url = URL.parse(`https://${domain}`)
    if (url !== null && url.hostname === domain.toLowerCase()) origins.add(url.origin)
  }
  return [...origins].sort()
}

/**
 * The CORS allow-list: the fixed origins first (the admin's, then SITE_ORIGINS: `env.browserOrigins`),
 * then the brand sites.
 */
export function corsOrigins(fixedOrigins: readonly string[], domains: readonly (string | null | undefined)[]): string[] {
  return [...new Set([...fixedOrigins, ...brandOrigins(domains)])]
}

/** Replaces the origins of Payload's CORS setting in place: a plain list, or `{ origins, headers }`. */
function replaceContents(cors: unknown, next: readonly string[]): void {
  const list = Array.isArray(cors) ? cors : typeof cors === 'object' && cors !== null && 'origins' in cors ? (cors as { origins: unknown }).origins : null
  if (Array.isArray(list)) list.splice(0, list.length, ...next)
}

/**
 * Reloads the CORS allow-list from the brands collection (all brands, drafts included: a site
 * may go live before its first publish). Pass the request from a hook so the read sees its
 * not yet committed change.
 */
export async function refreshAllowedOrigins(payload: Payload, fixedOrigins: readonly string[], req?: PayloadRequest): Promise<string[]> {
  const { docs } = await payload.find({
    req,
    collection: 'brands',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { domain: true },
    overrideAccess: true,
  })
  const origins = corsOrigins(
    fixedOrigins,
    docs.map((brand) => brand.domain),
  )
  replaceContents(payload.config.cors, origins)
  return origins
}

/** Keeps the CORS list current when a brand's domain is added, changed or removed. */
export function refreshAllowedOriginsHooks(fixedOrigins: readonly string[]): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  const refresh = async (req: PayloadRequest) => {
    try {
      await refreshAllowedOrigins(req.payload, fixedOrigins, req)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Could not reload the CORS allow-list from the brands' })
    }
  }
  return {
    afterChange: async ({ doc, previousDoc, req }) => {
      if ((doc as { domain?: unknown }).domain !== (previousDoc as { domain?: unknown } | undefined)?.domain) await refresh(req)
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await refresh(req)
      return doc
    },
  }
}
