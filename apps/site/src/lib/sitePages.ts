import { articleCategories, articlesInCategory, paginate } from './categories'
import { ARTICLES_PER_PAGE, type Routes } from './routes'
import type { SiteData } from './siteIndex'

/** One page of a brand site, for the sitemap. */
export interface SitePage {
  path: string
  /** ISO date-time of the last change, where the content has one. */
  lastmod?: string
}

/** Every indexable page of a brand site, from the same route map the pages use. */
export function sitePages(site: SiteData, r: Routes): SitePage[] {
  const newest = site.articles[0]?.updatedAt
  const pages: SitePage[] = [{ path: r.home(), ...(newest ? { lastmod: newest } : {}) }]
  for (const page of paginate(site.articles, ARTICLES_PER_PAGE)) pages.push({ path: r.articles(page.number) })
  for (const category of articleCategories(site.articles)) {
    const inCategory = articlesInCategory(site.articles, category.slug)
    for (const page of paginate(inCategory, ARTICLES_PER_PAGE)) pages.push({ path: r.category(category.name, page.number) })
  }
  for (const article of site.articles) pages.push({ path: r.article(article.slug), lastmod: article.updatedAt })
  for (const comparison of site.comparisons) pages.push({ path: r.comparison(comparison.slug) })
  pages.push({ path: r.therapies() })
  for (const therapy of site.therapies) pages.push({ path: r.therapy(therapy.slug) })
  pages.push({ path: r.conditions() })
  for (const condition of site.conditions) pages.push({ path: r.condition(condition.slug) })
  pages.push({ path: r.faq() }, { path: r.locations() })
  for (const clinic of site.clinics) pages.push({ path: r.location(clinic.slug) })
  if (site.brand.acceptsAppointments) pages.push({ path: r.appointment() })
  // The thank-you page is not listed: it is noindex and only reached after sending a request.
  pages.push({ path: r.privacy() })
  return pages
}
