/**
 * Page types of a brand site, told apart by URL (see apps/site/src/lib/routes.ts), and which of
 * them a brand's snapshot implies must exist.
 */
import { type BrandSnapshot, richTextReferences } from '@clinic/schema'
import { ARTICLES_PER_PAGE } from 'site/testing'

/** Every page type, in the order reports list them. */
export const PAGE_TYPES = [
  'home',
  'articles',
  'articlesPage',
  'category',
  'article',
  'comparison',
  'therapies',
  'therapy',
  'conditions',
  'condition',
  'faq',
  'locations',
  'location',
  'appointment',
  'thankYou',
  'privacy',
  'notFound',
] as const

export type PageType = (typeof PAGE_TYPES)[number]

/** The URL pattern of each type, as shown in messages. */
export const PAGE_TYPE_PATTERNS: Record<PageType, string> = {
  home: '/',
  articles: '/articles/',
  articlesPage: '/articles/page/N/',
  category: '/articles/category/<category>/',
  article: '/articles/<slug>/',
  comparison: '/compare/<slug>/',
  therapies: '/therapies/',
  therapy: '/therapies/<slug>/',
  conditions: '/conditions/',
  condition: '/conditions/<slug>/',
  faq: '/faq/',
  locations: '/locations/',
  location: '/locations/<slug>/',
  appointment: '/request-appointment/',
  thankYou: '/request-appointment/thank-you/',
  privacy: '/privacy/',
  notFound: 'the 404 page (any unknown path)',
}

// Order matters: the specific article paths before `/articles/<slug>/`.
const MATCHERS: [RegExp, PageType][] = [
  [/^\/$/, 'home'],
  [/^\/articles\/$/, 'articles'],
  [/^\/articles\/page\/\d+\/$/, 'articlesPage'],
  [/^\/articles\/category\/[^/]+\/(page\/\d+\/)?$/, 'category'],
  [/^\/articles\/[^/]+\/$/, 'article'],
  [/^\/compare\/[^/]+\/$/, 'comparison'],
  [/^\/therapies\/$/, 'therapies'],
  [/^\/therapies\/[^/]+\/$/, 'therapy'],
  [/^\/conditions\/$/, 'conditions'],
  [/^\/conditions\/[^/]+\/$/, 'condition'],
  [/^\/faq\/$/, 'faq'],
  [/^\/locations\/$/, 'locations'],
  [/^\/locations\/[^/]+\/$/, 'location'],
  [/^\/request-appointment\/$/, 'appointment'],
  [/^\/request-appointment\/thank-you\/$/, 'thankYou'],
  [/^\/privacy\/$/, 'privacy'],
]

/**
 * Pages no link leads to, by type: the crawl fetches them directly when the snapshot implies
 * them. The thank-you page is where the CMS sends a visitor after a request without JavaScript.
 */
export const UNLINKED_PAGE_TYPES: readonly PageType[] = ['thankYou']

/**
 * The type of a page from its path relative to the brand's root (`/articles/x/`, not
 * `/<brand>/articles/x/`); `other` for paths outside the route map. The 404 page has no path
 * of its own and is typed by whoever fetched it.
 */
export function classifyPath(sitePath: string): PageType | 'other' {
  for (const [pattern, type] of MATCHERS) if (pattern.test(sitePath)) return type
  return 'other'
}

/** The last path segment of a `/<section>/<slug>/` path. */
export function slugOfPath(sitePath: string): string | undefined {
  return sitePath.split('/').filter(Boolean).at(-1)
}

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
    case 'appointment':
      return snapshot.brand.acceptsAppointments
        ? { expected: true }
        : { expected: false, reason: `${snapshot.brand.slug} does not accept appointment requests (brand.acceptsAppointments is false)` }
    case 'thankYou':
      return takesAppointmentRequests(snapshot)
        ? { expected: true }
        : { expected: false, reason: `${snapshot.brand.slug} shows no appointment form (acceptsAppointments ${snapshot.brand.acceptsAppointments}, appointmentUrl ${snapshot.brand.appointmentUrl ?? 'null'})` }
    case 'privacy':
      return { expected: true }
  }
}

/** Whether the brand's site shows the appointment request form (it takes requests and has an endpoint for them). */
export function takesAppointmentRequests(snapshot: BrandSnapshot): boolean {
  return snapshot.brand.acceptsAppointments && snapshot.brand.appointmentUrl !== null
}

/** The site paths of the pages no link leads to that this brand must have. */
export function unlinkedPaths(snapshot: BrandSnapshot): string[] {
  return UNLINKED_PAGE_TYPES.filter((type) => expectationFor(type, snapshot).expected).map((type) => PAGE_TYPE_PATTERNS[type])
}

/** Whether an article shows FAQs: its own FAQ section or an FAQ block in the body. */
export function articleHasFaqs(snapshot: BrandSnapshot, articleSlug: string): boolean {
  const article = snapshot.articles.find((candidate) => candidate.slug === articleSlug)
  if (article === undefined) return false
  return article.faqs.length > 0 || richTextReferences(article.body).faqs.length > 0
}
