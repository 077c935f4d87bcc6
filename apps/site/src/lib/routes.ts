import { toSlug } from '@clinic/schema'
import type { LinkTarget, SitePage } from '@clinic/schema'
import { cachedIn } from './memo'

/** Articles listed per index page. */
export const ARTICLES_PER_PAGE = 10

/** The last path segment of the appointment confirmation page (its page file builds it only for brands that take requests). */
export const THANK_YOU_SEGMENT = 'thank-you'

/** Transliterating is slow and a site has a handful of category names, asked for on every page. */
const categorySlugs = new Map<string, string>()

/** The URL slug of an article category: `Clinic news` → `clinic-news`. */
export function categorySlug(category: string): string {
  return cachedIn(categorySlugs, category, (name) => toSlug(name) || 'general')
}

/**
 * Every path of a brand site, under the site's base (`/` on the brand's own domain,
 * `/<brand>/` when several brands share one server). Paths end in a slash because pages are
 * built as `<path>/index.html`. Pages and components build links only through this module,
 * so the route map lives in one place.
 */
export function routes(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`
  const at = (...segments: (string | number)[]) => `${root}${segments.map((segment) => `${segment}/`).join('')}`
  const page = (path: string, n: number) => (n <= 1 ? path : `${path}page/${n}/`)
  return {
    home: () => root,
    articles: (n = 1) => page(at('articles'), n),
    category: (category: string, n = 1) => page(at('articles', 'category', categorySlug(category)), n),
    article: (slug: string) => at('articles', slug),
    comparison: (slug: string) => at('compare', slug),
    therapies: () => at('therapies'),
    therapy: (slug: string) => at('therapies', slug),
    conditions: () => at('conditions'),
    condition: (slug: string) => at('conditions', slug),
    faq: () => at('faq'),
    faqItem: (slug: string) => `${at('faq')}#${slug}`,
    locations: () => at('locations'),
    location: (slug: string) => at('locations', slug),
    /** The brand's clinicians, grouped by clinic; built only for a brand with providers. */
    team: () => at('team'),
    provider: (slug: string) => at('team', slug),
    appointment: (clinicSlug?: string) => (clinicSlug ? `${at('request-appointment')}?clinic=${encodeURIComponent(clinicSlug)}` : at('request-appointment')),
    /** Where the CMS sends a visitor whose request (sent without JavaScript) it accepted. Not linked from any page. */
    appointmentThankYou: () => at('request-appointment', THANK_YOU_SEGMENT),
    privacy: () => at('privacy'),
    accessibility: () => at('accessibility'),
    /** The site search (Pagefind), with an A–Z index of the content for visitors without JavaScript. */
    search: () => at('search'),
    /** A brand's landing page, from `src/content/landing/<brand>/<slug>.mdx`. */
    landing: (slug: string) => at('landing', slug),
    rss: () => `${root}rss.xml`,
    /** The sitemap index `@astrojs/sitemap` writes; it names `sitemap-0.xml` (and more past 45,000 URLs). */
    sitemap: () => `${root}sitemap-index.xml`,
  }
}

export type Routes = ReturnType<typeof routes>

/** Where an internal rich-text link points, given the slugs of the snapshot's documents. */
export function internalHref(r: Routes, target: Extract<LinkTarget, { kind: 'internal' }>, slugOf: (collection: string, id: string) => string | undefined): string | null {
  const slug = slugOf(target.collection, target.id)
  if (slug === undefined) return null
  switch (target.collection) {
    case 'articles':
      return r.article(slug)
    case 'therapies':
      return r.therapy(slug)
    case 'conditions':
      return r.condition(slug)
    case 'comparisons':
      return r.comparison(slug)
    case 'clinics':
      return r.location(slug)
    case 'faqs':
      return r.faqItem(slug)
  }
}

/** The path of one of the site's fixed pages (a `page` link target). */
export function sitePageHref(r: Routes, page: SitePage): string {
  switch (page) {
    case 'home':
      return r.home()
    case 'request-appointment':
      return r.appointment()
    case 'locations':
      return r.locations()
    case 'therapies':
      return r.therapies()
    case 'conditions':
      return r.conditions()
    case 'articles':
      return r.articles()
    case 'faq':
      return r.faq()
  }
}

/** An absolute URL on the brand's domain (canonical links, sitemap, feeds, JSON-LD). */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).toString()
}

/**
 * The canonical URL of a page: always on the brand's own domain, at the path the page has
 * there, even when this build serves the brand under a base path such as `/<brand>/`.
 */
export function canonicalUrl(domain: string, base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`
  const onDomain = path.startsWith(root) ? `/${path.slice(root.length)}` : path
  return new URL(onDomain, `https://${domain}/`).toString()
}
