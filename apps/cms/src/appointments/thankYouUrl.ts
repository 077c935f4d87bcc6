import { env } from '../env'
import type { Brand } from '../payload-types'

/** The brand's site and the fixed origins (SITE_ORIGINS, the CMS itself, whose error page posts again). */
export function allowedOriginsFor(brand: Brand | null): Set<string> {
  const origins = new Set(env.browserOrigins)
  if (brand) {
    const site = URL.parse(`https://${brand.domain}`)
    if (site) origins.add(site.origin)
  }
  return origins
}

/**
 * A path that begins with two slashes, or a slash and an encoded slash or backslash, reads as
 * another host wherever it is resolved against a base (`//evil.example/`), and some servers
 * decode and redirect such paths; no thank-you page has one.
 */
const PATH_NAMING_A_HOST = /^\/(?:\/|%2f|%5c)/i

/** Where a brand site's thank-you page lives, below the site's root. */
const THANK_YOU_PATH = '/request-appointment/thank-you/'

/** Whether `url` may be sent to a visitor as where to go next: http(s), no credentials, an allowed origin, a path that names no host. */
function isSafeThankYouUrl(url: URL, allowed: Set<string>): boolean {
  return /^https?:$/.test(url.protocol) && !url.username && !url.password && allowed.has(url.origin) && !PATH_NAMING_A_HOST.test(url.pathname)
}

/**
 * Where to send the visitor after a request: an absolute URL on an allowed origin, else null.
 * The form's thank-you URL when it is on an allowed origin, else the brand site's default one.
 * A site built for its domain but served from another allowed origin (SITE_ORIGINS: the demo's
 * local server, a staging host) sends its visitors back there: the path is kept, the origin is
 * the one the form was posted from (already checked against the allow-list). What is checked is
 * the URL the visitor is finally sent to, as the URL parser reads it (backslashes, tabs and line
 * breaks, dot segments and letter case resolved), never the string the form sent.
 */
export function thankYouUrlOf(value: unknown, brand: Brand | null, allowed: Set<string>, requestOrigin: string): string | null {
  const given = typeof value === 'string' && value.length <= 2048 ? URL.parse(value) : null
  if (given && isSafeThankYouUrl(given, allowed)) {
    const fromElsewhere = requestOrigin !== given.origin && requestOrigin !== env.adminOrigin
    // Components are set, not concatenated, so that the path can never become a host.
    const final = new URL(fromElsewhere ? requestOrigin : given.origin)
    final.pathname = given.pathname
    final.search = given.search
    if (!fromElsewhere) final.hash = given.hash
    if (isSafeThankYouUrl(final, allowed)) return final.href
  }
  const fallback = brand ? URL.parse(`https://${brand.domain}${THANK_YOU_PATH}`) : null
  return fallback && isSafeThankYouUrl(fallback, allowed) ? fallback.href : null
}

/** The brand site's root and privacy page, beside the thank-you page (same site and base path). */
export function siteUrlsOf(thankYouUrl: string, brand: Brand): { siteUrl: string; privacyUrl: string } {
  const root = thankYouUrl.endsWith(THANK_YOU_PATH) ? `${thankYouUrl.slice(0, -THANK_YOU_PATH.length)}/` : `https://${brand.domain}/`
  return { siteUrl: root, privacyUrl: `${root}privacy/` }
}
