import { createHash } from 'node:crypto'
import { type Article, richTextReferences } from '@clinic/schema'
import { type Page, articleCategories } from './categories'
import type { SiteData } from './siteIndex'
import { cachedIn } from './memo'

/*
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * is unchanged since the last build of the brand is copied from the cache instead of rendered.
 * A key must therefore cover everything the page shows. Site code and config are covered by
 * Astro itself (a changed template or config rebuilds every page of its route). The snapshot's
 * redirects are in no key: no page shows them, and they are written after Astro on every build
 * (src/lib/redirects.ts), so a change to them alone re-renders nothing.
 */

const sharedDigests = new WeakMap<SiteData, string>()

/**
 * Digest of the brand's content other than articles (brand, clinics, providers, therapies,
 * conditions, authors, FAQs, comparisons): small, and shown by every page through the header,
 * footer, booking links, embedded FAQs and comparisons, internal links, bylines and
 * reviewed-by lines.
 */
export function sharedContentDigest(site: SiteData): string {
  return cachedIn(sharedDigests, site, ({ brand, clinics, providers, therapies, conditions, authors, faqs, comparisons }) =>
    createHash('sha256').update(JSON.stringify({ brand, clinics, providers, therapies, conditions, authors, faqs, comparisons })).digest('hex'),
  )
}

/** The key of a page that shows the shared content and `content` (anything JSON). */
export function pageKey(site: SiteData, content: unknown): string {
  return createHash('sha256').update(sharedContentDigest(site)).update('\0').update(JSON.stringify(content)).digest('hex')
}

/**
 * The key of an article's page: the article, the shared content, the related articles it
 * lists, and the slugs of the articles its body links to (a renamed article changes the link).
 */
export function articlePageKey(site: SiteData, article: Article, related: readonly Article[]): string {
  const linkedSlugs = richTextReferences(article.body).links.flatMap((target) =>
    target.kind === 'internal' && target.collection === 'articles' ? [[target.id, site.slugOf('articles', target.id) ?? null]] : [],
  )
  return pageKey(site, { article: articleDigest(article), related: related.map(articleDigest), linkedSlugs })
}

const articleDigests = new WeakMap<Article, string>()

/** Digest of one article's data, worked out once: each article is also listed as related on other pages. */
function articleDigest(article: Article): string {
  return cachedIn(articleDigests, article, () => createHash('sha256').update(JSON.stringify(article)).digest('hex'))
}

/**
 * The key of a page of an article list (all articles, or one category): its articles, where
 * it is in the list, and the category menu with its counts, which every list page shows.
 */
export function articleListPageKey(site: SiteData, list: { category: string | null; page: Page<Article> }): string {
  const { category, page } = list
  return pageKey(site, { category, number: page.number, total: page.total, totalItems: page.totalItems, items: page.items.map(articleDigest), categories: articleCategories(site.articles) })
}
