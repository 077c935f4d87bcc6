import type { APIRoute } from 'astro'
import { canonicalUrl, routes } from '../lib/routes'
import { loadSite } from '../lib/loadSite'

export const GET: APIRoute = async () => {
  const { brand } = await loadSite()
  // The sitemap index `@astrojs/sitemap` writes (src/integrations/brandSitemap.ts), on the brand's own domain.
  const sitemap = canonicalUrl(brand.domain, import.meta.env.BASE_URL, routes(import.meta.env.BASE_URL).sitemap())
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
