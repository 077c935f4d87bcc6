/**
 * Which page types (the site's, from `site/testing`) a brand's snapshot implies must exist.
 */
import { type BrandSnapshot, richTextReferences } from '@clinic/schema'
import { ARTICLES_PER_PAGE, PAGE_TYPE_PATTERNS, type PageType, landingPagePaths, takesAppointmentRequests } from 'site/testing'

/**
 * Pages no link leads to, by type: the crawl fetches them directly when the snapshot implies
 * them. The thank-you page is where the CMS sends a visitor after a request without JavaScript.
 */
export const UNLINKED_PAGE_TYPES: readonly PageType[] = ['thankYou']

/** Whether the brand's site must have pages of a type, and if not, why not. */
export type Expectation = { expected: true } | { expected: false; reason: string }

/** What the snapshot implies about one page type. */
export function expectationFor(type: PageType, snapshot: BrandSnapshot): Expectation {
  const none = (what: string): Expectation => ({ expected: false, reason: `the ${snapshot.brand.slug} snapshot has no ${what}` })
  const articles = snapshot.articles.length
  switch (type) {
    case 'home':
    case 'notFound':
      return { expected: true }
    case 'articles':
    case 'article':
      return articles > 0 ? { expected: true } : none('articles')
    case 'articlesPage':
      return articles > ARTICLES_PER_PAGE
        ? { expected: true }
        : { expected: false, reason: `${snapshot.brand.slug} has ${articles} articles and the site lists ${ARTICLES_PER_PAGE} per page, so there is no second page` }
    case 'category':
      return snapshot.articles.some((article) => article.categories.length > 0) ? { expected: true } : none('article with a category')
    case 'comparison':
      return snapshot.comparisons.length > 0 ? { expected: true } : none('comparisons')
    case 'therapies':
    case 'therapy':
      return snapshot.therapies.length > 0 ? { expected: true } : none('therapies')
    case 'conditions':
    case 'condition':
      return snapshot.conditions.length > 0 ? { expected: true } : none('conditions')
    case 'faq':
      return snapshot.faqs.length > 0 ? { expected: true } : none('FAQs')
    case 'locations':
    case 'location':
      return snapshot.clinics.length > 0 ? { expected: true } : none('clinics')
    case 'team':
    case 'provider':
      return snapshot.providers.length > 0 ? { expected: true } : none('providers')
    case 'appointment':
      return snapshot.brand.acceptsAppointments
        ? { expected: true }
        : { expected: false, reason: `${snapshot.brand.slug} does not accept appointment requests (brand.acceptsAppointments is false)` }
    case 'thankYou':
      return takesAppointmentRequests(snapshot.brand)
        ? { expected: true }
        : { expected: false, reason: `${snapshot.brand.slug} shows no appointment form (acceptsAppointments ${snapshot.brand.acceptsAppointments}, appointmentUrl ${snapshot.brand.appointmentUrl ?? 'null'})` }
    case 'landing':
      return landingPagePaths(snapshot.brand.slug).length > 0
        ? { expected: true }
        : { expected: false, reason: `the site has no landing pages for ${snapshot.brand.slug} (src/content/landing/${snapshot.brand.slug}/*.mdx)` }
    case 'privacy':
    case 'accessibility':
    case 'search':
      return { expected: true }
  }
}

/** The site paths of the pages no link leads to that this brand has. */
export function unlinkedPaths(snapshot: BrandSnapshot): string[] {
  const fixed = UNLINKED_PAGE_TYPES.filter((type) => expectationFor(type, snapshot).expected).map((type) => PAGE_TYPE_PATTERNS[type])
  // Landing pages are campaign pages: reached from adverts and mail, not from the site's menus.
  return [...fixed, ...landingPagePaths(snapshot.brand.slug)]
}

/** Whether an article shows FAQs: its own FAQ section or an FAQ block in the body. */
export function articleHasFaqs(snapshot: BrandSnapshot, articleSlug: string): boolean {
  const article = snapshot.articles.find((candidate) => candidate.slug === articleSlug)
  if (article === undefined) return false
  return article.faqs.length > 0 || richTextReferences(article.body).faqs.length > 0
}
