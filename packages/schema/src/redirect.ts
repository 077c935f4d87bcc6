import { z } from 'zod'

/*
 * Old addresses that keep working: a path on a brand's site that is no longer a page (an
 * imported post's address on the old site, a document's address before its slug changed) and
 * where it leads now. The CMS stores them per brand, the snapshot carries them, and the site
 * build writes them out for static hosts (a `_redirects` file, and a small page at each old path).
 */

/** The collections whose documents are pages of a brand site, each at `/<section>/<slug>/`. */
export const PAGE_COLLECTIONS = ['articles', 'comparisons', 'therapies', 'conditions', 'clinics', 'providers'] as const

export type PageCollection = (typeof PAGE_COLLECTIONS)[number]

/** The first path segment of each page collection's pages (the site's route map, apps/site/src/lib/routes.ts). */
export const PAGE_SECTIONS: Record<PageCollection, string> = {
  articles: 'articles',
  comparisons: 'compare',
  therapies: 'therapies',
  conditions: 'conditions',
  clinics: 'locations',
  providers: 'team',
}

/** The site path of a document's page, without a base path: `documentPath('clinics', 'tempe')` → `/locations/tempe/`. */
export function documentPath(collection: PageCollection, slug: string): string {
  return `/${PAGE_SECTIONS[collection]}/${slug}/`
}

/**
 * The document page a site path would be (`/compare/x/` → comparisons `x`), or null when it
 * has the shape of none. Article list pages (`/articles/page/2/`) have another shape.
 */
export function pageOfPath(path: string): { collection: PageCollection; slug: string } | null {
  const match = /^\/([^/]+)\/([^/]+)\/$/.exec(path)
  if (match === null) return null
  const collection = PAGE_COLLECTIONS.find((candidate) => PAGE_SECTIONS[candidate] === match[1])
  return collection === undefined || match[2] === undefined ? null : { collection, slug: match[2] }
}

/**
 * Index pages a brand site has only while the brand has a published page of the collection:
 * `/team/` lists its providers, and a brand without any has no team page. They are not reserved
 * (see {@link isReservedSitePath}): a brand without providers may redirect its old site's `/team/`,
 * and the path is taken back when a provider is published.
 */
export const LISTING_PATHS: Partial<Record<PageCollection, string>> = {
  providers: '/team/',
}

/** The page collection whose published documents make `path` a live index page (`/team/` → providers), or null. */
export function listingOfPath(path: string): PageCollection | null {
  return PAGE_COLLECTIONS.find((collection) => LISTING_PATHS[collection] === path) ?? null
}

/**
 * Every path a brand site shows because of its published documents: each document's page, and
 * the index pages that exist only while there are some ({@link LISTING_PATHS}).
 */
export function publishedPagePaths(pages: { readonly [C in PageCollection]: readonly { readonly slug: string }[] }): Set<string> {
  const paths = new Set<string>()
  for (const collection of PAGE_COLLECTIONS) {
    for (const doc of pages[collection]) paths.add(documentPath(collection, doc.slug))
    const listing = LISTING_PATHS[collection]
    if (listing !== undefined && pages[collection].length > 0) paths.add(listing)
  }
  return paths
}

/**
 * Fixed pages and files of every brand site: never the old side of a redirect. `/locations/` is
 * built for every brand (saying so when no clinic is published); `/team/` is not (see {@link LISTING_PATHS}).
 */
const RESERVED_PATHS = new Set([
  '/',
  '/articles/',
  '/therapies/',
  '/conditions/',
  '/locations/',
  '/faq/',
  '/privacy/',
  '/accessibility/',
  '/search/',
  '/404.html',
  '/rss.xml',
  '/sitemap.xml',
  '/sitemap-index.xml',
  '/sitemap-0.xml',
  '/robots.txt',
  '/favicon.svg',
])

/** Whole parts of every brand site: article list pages, the appointment request and its thank-you page, landing pages, the search index, built assets. */
const RESERVED_PREFIXES = ['/articles/page/', '/articles/category/', '/request-appointment/', '/landing/', '/pagefind/', '/_astro/']

/**
 * True when `path` (normalised, see {@link normaliseSitePath}) is one of the pages or files every
 * brand site has, whatever its content: the home page, the indexes, article list pages, the
 * appointment request, feeds. Document pages are checked against the documents themselves.
 */
export function isReservedSitePath(path: string): boolean {
  return RESERVED_PATHS.has(path) || RESERVED_PREFIXES.some((prefix) => path.startsWith(prefix))
}

/** The longest path kept: old addresses are short, and redirect files are read line by line. */
export const REDIRECT_PATH_MAX_LENGTH = 1024

/** A last segment with a file extension (`post.html`, `page.php`) names a file: it gets no trailing slash. */
const FILE_SEGMENT = /\.[A-Za-z0-9]{1,8}$/

/** Stands in for "this site" when a path is resolved as a browser would. */
const PLACEHOLDER_ORIGIN = 'https://site.invalid'

export type PathResult = { path: string; problem?: undefined } | { path?: undefined; problem: string }

function normalisePathname(pathname: string): PathResult {
  const collapsed = pathname.replace(/\/{2,}/g, '/').replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase())
  const path = collapsed.endsWith('/') || FILE_SEGMENT.test(collapsed) ? collapsed : `${collapsed}/`
  // Netlify's and Cloudflare's redirect files read `*` as a wildcard and `:name` segments as placeholders.
  if (path.includes('*') || /\/:/.test(path)) return { problem: `"${path}" contains * or a segment starting with ":", which redirect files read as patterns; such an address cannot be redirected.` }
  if (path.length > REDIRECT_PATH_MAX_LENGTH) return { problem: `the path is longer than ${REDIRECT_PATH_MAX_LENGTH} characters.` }
  return { path }
}

/**
 * The normal form of an address on a brand's site, as redirects store it: only the path (an
 * origin, query and fragment are dropped, so an old site's full URL may be pasted), starting
 * with `/`, without `.`/`..` segments or repeated slashes, spaces and non-ASCII letters
 * percent-encoded, and ending in `/` unless its last segment names a file (`/news/post.html`).
 * `problem` says why an input has no such form.
 */
export function normaliseSitePath(input: string): PathResult {
  const text = input.trim()
  if (text === '') return { problem: 'the address is empty.' }
  let url: URL
  try {
    url = new URL(text, `${PLACEHOLDER_ORIGIN}/`)
  } catch {
    return { problem: `"${text}" is not an address.` }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `"${text}" is not a web address (it starts with ${url.protocol}).` }
  return normalisePathname(url.pathname)
}

export type TargetResult = { target: string; problem?: undefined } | { target?: undefined; problem: string }

/**
 * The normal form of where a redirect leads when it is not a document: a path on the same
 * site (normalised like {@link normaliseSitePath}, keeping a query and fragment, e.g.
 * `/request-appointment/?clinic=tempe` or `/faq/#cost`), or an absolute http(s) URL elsewhere.
 */
export function normaliseRedirectTarget(input: string): TargetResult {
  const text = input.trim()
  const usage = 'Use a path on the brand\'s site such as /articles/knee-pain/, or a full https:// address.'
  if (/^https?:\/\//i.test(text)) {
    let url: URL
    try {
      url = new URL(text)
    } catch {
      return { problem: `"${text}" is not an address. ${usage}` }
    }
    if (url.username !== '' || url.password !== '') return { problem: 'an address with a user name or password cannot be a redirect target.' }
    return { target: url.href }
  }
  if (!text.startsWith('/') || text.startsWith('//')) return { problem: `"${text}" is neither a site path nor an http(s) address. ${usage}` }
  const url = new URL(text, `${PLACEHOLDER_ORIGIN}/`)
  const path = normalisePathname(url.pathname)
  if (path.problem !== undefined) return { problem: path.problem }
  return { target: `${path.path}${url.search}${url.hash}` }
}

/** The site path a target leads to (query and fragment dropped), or null for an address on another site. */
export function targetPath(target: string): string | null {
  if (!target.startsWith('/')) return null
  return new URL(target, `${PLACEHOLDER_ORIGIN}/`).pathname
}

/** An old address: a normalised site path other than the site's fixed pages. */
export const RedirectFromSchema = z.string().superRefine((value, ctx) => {
  if (normaliseSitePath(value).path !== value) {
    ctx.addIssue({ code: 'custom', message: 'a redirect starts at a normalised site path such as /blog/old-post/ (no origin, query or fragment; a trailing slash unless it names a file)' })
  } else if (isReservedSitePath(value)) {
    ctx.addIssue({ code: 'custom', message: `${value} is one of the site's own pages, so it cannot be redirected` })
  }
})

/** Where an old address leads: a normalised site path (query and fragment allowed) or an absolute http(s) URL. */
export const RedirectToSchema = z
  .string()
  .refine((value) => normaliseRedirectTarget(value).target === value, 'a redirect leads to a normalised site path such as /articles/new-post/ or an absolute http(s) URL')

/** One old address of a brand site and where it leads now (a permanent redirect). */
export const RedirectSchema = z.object({
  /** The old path, e.g. `/blog/knee-pain-after-running/`. */
  from: RedirectFromSchema,
  /** The current path of the page it became, e.g. `/articles/knee-pain-after-running/`, or an address elsewhere. */
  to: RedirectToSchema,
})

export type Redirect = z.output<typeof RedirectSchema>
