/**
 * Finds a brand's pages the way a visitor (or a search engine) does: from the home page,
 * following every link that stays inside the brand, and collecting each HTML page once.
 */
import { type PageType, classifyPath, startTags } from 'site/testing'

/** A page the crawl reached. */
export interface CrawledPage {
  /** Absolute URL on the local site server. */
  url: string
  /** Path relative to the brand's root: `/articles/x/` for `/<brand>/articles/x/`. */
  sitePath: string
  type: PageType | 'other'
  status: number
}

/** A link the crawl followed that did not lead to an HTML page. */
export interface DeadLink {
  /** The page the link is on. */
  from: string
  url: string
  status: number
}

/** What crawling one brand found. */
export interface CrawlResult {
  pages: CrawledPage[]
  deadLinks: DeadLink[]
}

/** Paths whose last segment has an extension other than .html are files (feeds, images), not pages. */
const looksLikeFile = (pathname: string) => /\.[a-z0-9]+$/i.test(pathname) && !pathname.endsWith('.html')

/** A path that no page has, to fetch the brand's 404 page. */
export const MISSING_PATH = 'e2e-no-such-page/'

/**
 * Crawls `<siteUrl>/<brand>/`. Links are followed when they resolve to the same origin under
 * `/<brand>/`; query strings and fragments are dropped (they name the same page). Then the
 * `unlinked` site paths (pages no link leads to, such as the thank-you page) are fetched
 * directly, and a failure is a dead link from `(not linked)`. The brand's 404 page is fetched at
 * {@link MISSING_PATH} and listed as type `notFound` when it answers 404 with HTML.
 */
export async function crawlBrand(siteUrl: string, brand: string, unlinked: readonly string[] = [], limit = 5000): Promise<CrawlResult> {
  const root = new URL(`/${brand}/`, siteUrl)
  const queue: { url: string; from: string }[] = [{ url: root.href, from: '(start)' }]
  const seen = new Set([root.href])
  const pages: CrawledPage[] = []
  const deadLinks: DeadLink[] = []

  while (queue.length > 0) {
    const next = queue.shift()
    if (next === undefined) break
    if (pages.length >= limit) throw new Error(`Crawling ${brand} found more than ${limit} pages; is a link generating endless URLs?`)
    const response = await fetch(next.url)
    const html = (response.headers.get('content-type') ?? '').startsWith('text/html') ? await response.text() : null
    const finalUrl = new URL(response.url)
    if (!response.ok || html === null) {
      deadLinks.push({ from: next.from, url: next.url, status: response.status })
      await response.body?.cancel()
      continue
    }
    // `/x` and `/x/` are one page (the server redirects the first); list it once.
    if (pages.some((page) => page.url === finalUrl.href)) continue
    const sitePath = finalUrl.pathname.slice(root.pathname.length - 1)
    pages.push({ url: finalUrl.href, sitePath, type: classifyPath(sitePath), status: response.status })
    for (const tag of startTags(html)) {
      if ((tag.name !== 'a' && tag.name !== 'area') || tag.attrs.href === undefined) continue
      let link: URL
      try {
        link = new URL(tag.attrs.href, finalUrl)
      } catch {
        continue // Not a URL at all; the output spec's link check reports it.
      }
      link.hash = ''
      link.search = ''
      if (link.origin !== root.origin || !link.pathname.startsWith(root.pathname) || looksLikeFile(link.pathname)) continue
      if (seen.has(link.href)) continue
      seen.add(link.href)
      queue.push({ url: link.href, from: finalUrl.href })
    }
  }

  for (const sitePath of unlinked) {
    const url = new URL(sitePath.replace(/^\//, ''), root)
    if (pages.some((page) => page.url === url.href)) continue
    const response = await fetch(url)
    const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html')
    await response.body?.cancel()
    if (response.ok && isHtml) pages.push({ url: url.href, sitePath, type: classifyPath(sitePath), status: response.status })
    else deadLinks.push({ from: '(not linked)', url: url.href, status: response.status })
  }

  const missing = new URL(MISSING_PATH, root)
  const response = await fetch(missing)
  const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html')
  await response.body?.cancel()
  if (response.status === 404 && isHtml) pages.push({ url: missing.href, sitePath: `/${MISSING_PATH}`, type: 'notFound', status: 404 })

  pages.sort((a, b) => a.sitePath.localeCompare(b.sitePath))
  return { pages, deadLinks }
}
