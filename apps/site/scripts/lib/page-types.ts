/**
 * The page types of a brand site, told apart by their path below the brand's root: the
 * inverse of the route map in src/lib/routes.ts. The page-weight report and the benchmark
 * label pages with {@link pageType}; the end-to-end suite types every crawled page with
 * {@link classifyPath}.
 */

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
  'team',
  'provider',
  'appointment',
  'thankYou',
  'privacy',
  'accessibility',
  'landing',
  'search',
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
  team: '/team/',
  provider: '/team/<slug>/',
  appointment: '/request-appointment/',
  thankYou: '/request-appointment/thank-you/',
  privacy: '/privacy/',
  accessibility: '/accessibility/',
  landing: '/landing/<slug>/',
  search: '/search/',
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
  [/^\/team\/$/, 'team'],
  [/^\/team\/[^/]+\/$/, 'provider'],
  [/^\/request-appointment\/$/, 'appointment'],
  [/^\/request-appointment\/thank-you\/$/, 'thankYou'],
  [/^\/privacy\/$/, 'privacy'],
  [/^\/accessibility\/$/, 'accessibility'],
  [/^\/landing\/[^/]+\/$/, 'landing'],
  [/^\/search\/$/, 'search'],
]

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

/** The labels of the page-weight report and the benchmark's tables; other types are labelled by their path. */
const REPORT_LABELS: Partial<Record<PageType, string>> = {
  articles: 'articles index',
  articlesPage: 'articles index',
  category: 'article category',
  therapies: 'therapies index',
  conditions: 'conditions index',
  locations: 'locations index',
  landing: 'landing page',
  notFound: '404',
}

/**
 * The report label of a built page, from its file path below the brand root
 * (`articles/x/index.html` → `article`, `404.html` → `404`, `faq/index.html` → `faq`).
 */
export function pageType(relativePath: string): string {
  const sitePath = `/${relativePath.replace(/\\/g, '/').replace(/index\.html$/, '')}`
  const type = sitePath === '/404.html' ? 'notFound' : classifyPath(sitePath)
  if (type === 'other' || type === 'faq' || type === 'appointment' || type === 'thankYou' || type === 'privacy' || type === 'accessibility') {
    return sitePath.replace(/^\/|\/$/g, '') || 'other'
  }
  return REPORT_LABELS[type] ?? type
}
