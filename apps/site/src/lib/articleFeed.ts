import type { RSSOptions } from '@astrojs/rss'
import { canonicalUrl, routes } from './routes'
import type { SiteData } from './siteIndex'
import { escapeXml } from './xml'

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/'
const ATOM = 'http://www.w3.org/2005/Atom'

/**
 * The brand's article feed for `@astrojs/rss`: every article, newest first, with its canonical
 * link as a permalink guid, excerpt, publication date and author. The author is `dc:creator`
 * (RSS's own `author` must be an e-mail address). The channel links itself (`atom:link`), says
 * `en-us`, and its `lastBuildDate` is the newest article's date, never the clock, so the same
 * snapshot always gives the same file.
 */
export function articleFeed(site: SiteData, base: string): RSSOptions {
  const { brand } = site
  const r = routes(base)
  const url = (path: string) => canonicalUrl(brand.domain, base, path)
  const newest = site.articles.reduce<Date | null>((latest, article) => {
    const date = new Date(article.publishedAt)
    return latest === null || date > latest ? date : latest
  }, null)
  return {
    title: `${brand.name}: articles`,
    description: brand.tagline || `Articles from ${brand.name}`,
    site: url(r.home()),
    xmlns: { atom: ATOM, dc: DUBLIN_CORE },
    customData: [
      '<language>en-us</language>',
      `<atom:link href="${escapeXml(url(r.rss()))}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: site.articles.map((article) => {
      const author = article.author ? site.author(article.author) : undefined
      return {
        title: article.title,
        link: url(r.article(article.slug)),
        description: article.excerpt,
        pubDate: new Date(article.publishedAt),
        ...(author ? { customData: `<dc:creator>${escapeXml(author.name)}</dc:creator>` } : {}),
      }
    }),
  }
}
