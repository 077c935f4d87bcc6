import sitemap, { type SitemapItem } from '@astrojs/sitemap'
import type { AstroIntegration } from 'astro'
import { isPreviewBuild, loadSite } from '../lib/loadSite'
import { type Routes, routes } from '../lib/routes'
import type { SiteData } from '../lib/siteIndex'

/** What the sitemap needs to know about a brand's pages beyond the list Astro built. */
export interface SitemapFacts {
  /** Paths Astro builds but the sitemap leaves out. */
  unlisted: ReadonlySet<string>
  /** ISO date-time of the last change, by path, for the pages whose content has one. */
  lastmod: ReadonlyMap<string, string>
}

/**
 * The pages built but not listed: the thank-you page (`noindex`, only the CMS sends people
 * there), and the appointment page of a brand that takes no requests (it is built, with the
 * clinics' phones, but linked from nowhere). The 404 page `@astrojs/sitemap` leaves out itself.
 */
export function sitemapFacts(site: SiteData, r: Routes): SitemapFacts {
  const unlisted = new Set([r.appointmentThankYou()])
  if (!site.brand.acceptsAppointments) unlisted.add(r.appointment())
  const lastmod = new Map<string, string>()
  // The home page lists the latest articles: it changed when the newest one did.
  const newest = site.articles[0]
  if (newest) lastmod.set(r.home(), newest.updatedAt)
  for (const article of site.articles) lastmod.set(r.article(article.slug), article.updatedAt)
  return { unlisted, lastmod }
}

/**
 * `@astrojs/sitemap` for a brand: every page Astro built except {@link sitemapFacts}'s unlisted
 * ones, with `lastmod` from the snapshot, written as `sitemap-index.xml` and `sitemap-0.xml`.
 *
 * URLs are the pages' canonical URLs, on the brand's domain at its root, even when the build
 * serves the brand under a base path (`SITE_BASE_PATH_PER_BRAND`, for local previews): the
 * integration is given the config with base `/`, as the canonical links are. A draft preview
 * builds one article page and gets no sitemap.
 */
export function brandSitemap(): AstroIntegration {
  let facts: SitemapFacts | null = null
  const known = (): SitemapFacts => {
    if (facts === null) throw new Error('brandSitemap: the snapshot was not read before the sitemap was written')
    return facts
  }
  const pathOf = (url: string) => new URL(url).pathname
  const inner = sitemap({
    // Plain page URLs: no news, image, video or alternate-language entries.
    namespaces: { news: false, xhtml: false, image: false, video: false },
    filter: (url) => !known().unlisted.has(pathOf(url)),
    serialize: (item: SitemapItem): SitemapItem => {
      const lastmod = known().lastmod.get(pathOf(item.url))
      return lastmod === undefined ? item : { ...item, lastmod }
    },
  })
  return {
    name: 'clinic-brand-sitemap',
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (options) => {
        await inner.hooks['astro:config:done']?.({ ...options, config: { ...options.config, base: '/' } })
      },
      'astro:build:done': async (options) => {
        if (isPreviewBuild()) return
        facts = sitemapFacts(await loadSite(), routes('/'))
        await inner.hooks['astro:build:done']?.(options)
      },
    },
  }
}
