import { type Routes, routes } from './routes'

/** The content types a visitor can narrow a search to (Pagefind's `type` filter), in the order the filter lists them. */
export const SEARCH_TYPES = ['Article', 'Therapy', 'Condition', 'Comparison', 'Clinic', 'FAQ'] as const

export type SearchType = (typeof SEARCH_TYPES)[number]

/** The filter's wording for each type, plural as in "Articles (12)". */
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  Article: 'Articles',
  Therapy: 'Therapies',
  Condition: 'Conditions',
  Comparison: 'Comparisons',
  Clinic: 'Clinics',
  FAQ: 'Questions (FAQ)',
}

/** How a page takes part in the site search. */
export interface SearchIndexing {
  /** Whether Pagefind indexes the page's main content (`data-pagefind-body` on `<main>`). */
  indexed: boolean
  /** Its value of the `type` filter; null for indexed pages outside the six types (landing pages, privacy, accessibility). */
  type: SearchType | null
}

/** A placeholder slug that no real slug contains, to turn route functions into patterns. */
const SLUG = '\u0000'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A pattern matching the paths a route function builds, any slug in place of the placeholder. */
const patternOf = (path: string) => new RegExp(`^${escapeRegExp(path).replaceAll(SLUG, '[^/]+')}$`)

/** Built from the route map (at the root), so a renamed route keeps its search type. */
const TYPED: [RegExp, SearchType][] = (() => {
  const r: Routes = routes('/')
  return [
    [patternOf(r.article(SLUG)), 'Article'],
    [patternOf(r.therapy(SLUG)), 'Therapy'],
    [patternOf(r.condition(SLUG)), 'Condition'],
    [patternOf(r.comparison(SLUG)), 'Comparison'],
    [patternOf(r.location(SLUG)), 'Clinic'],
    [patternOf(r.faq()), 'FAQ'],
  ]
})()

/**
 * Pages left out of the index although they are not `noindex`: the search page itself, and the
 * pages that only list other pages (home, article lists and categories, the therapy, condition,
 * location and team indexes), whose text is the titles and summaries of pages the index has anyway;
 * they would crowd every result list with near-duplicates.
 */
const LISTS: ((sitePath: string) => boolean)[] = (() => {
  const r: Routes = routes('/')
  const exact = new Set([r.home(), r.search(), r.articles(), r.therapies(), r.conditions(), r.locations(), r.team()])
  const article = patternOf(r.article(SLUG))
  return [
    (sitePath) => exact.has(sitePath),
    // Below the article list, everything but an article is a list: `page/N/`, `category/<c>/[page/N/]`.
    (sitePath) => sitePath.startsWith(r.articles()) && !article.test(sitePath),
  ]
})()

/**
 * Whether and how the page at `pathname` (as Astro gives it, under `base`) is indexed. Noindex
 * pages (404, thank-you, redirect pages) are never indexed: a page kept out of Google is not
 * offered by the site's own search either.
 */
export function searchIndexing(base: string, pathname: string, noindex: boolean): SearchIndexing {
  const root = base.endsWith('/') ? base : `${base}/`
  const withSlash = pathname.endsWith('/') || pathname.endsWith('.html') ? pathname : `${pathname}/`
  const sitePath = withSlash.startsWith(root) ? `/${withSlash.slice(root.length)}` : withSlash
  if (noindex || LISTS.some((isList) => isList(sitePath))) return { indexed: false, type: null }
  const type = TYPED.find(([pattern]) => pattern.test(sitePath))?.[1] ?? null
  return { indexed: true, type }
}
