import type { APIRoute } from 'astro'
import { canonicalUrl, routes } from '../lib/routes'
import { loadSite } from '../lib/loadSite'
import { sitePages } from '../lib/sitePages'
import { sitemapXml } from '../lib/sitemap'

export const GET: APIRoute = async () => {
  const site = await loadSite()
  const base = import.meta.env.BASE_URL
  const entries = sitePages(site, routes(base)).map((page) => ({
    loc: canonicalUrl(site.brand.domain, base, page.path),
    ...(page.lastmod ? { lastmod: page.lastmod } : {}),
  }))
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
