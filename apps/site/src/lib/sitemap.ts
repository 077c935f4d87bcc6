import { escapeXml, requireAbsoluteUrl, requireDate } from './xml'

/** One page of the sitemap. */
export interface SitemapEntry {
  /** Absolute URL of the page on the brand's domain. */
  loc: string
  /** ISO 8601 date or date-time the page last changed. */
  lastmod?: string
}

/** The sitemap protocol allows at most this many URLs in one file. */
export const SITEMAP_MAX_URLS = 50_000

/**
 * A `sitemap.xml` (sitemaps.org protocol 0.9) listing `entries` in the order given. URLs are
 * XML-escaped; a relative URL, an unreadable `lastmod` or more than {@link SITEMAP_MAX_URLS}
 * entries throw, naming the entry, rather than publishing a sitemap search engines reject.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  if (entries.length > SITEMAP_MAX_URLS) throw new Error(`sitemap has ${entries.length} URLs; one file may list at most ${SITEMAP_MAX_URLS}`)
  const urls = entries.map((entry, index) => {
    const loc = requireAbsoluteUrl(entry.loc, `sitemap entry ${index} loc`)
    if (entry.lastmod === undefined) return `  <url><loc>${escapeXml(loc)}</loc></url>`
    requireDate(entry.lastmod, `sitemap entry ${index} (${loc}) lastmod`)
    return `  <url><loc>${escapeXml(loc)}</loc><lastmod>${escapeXml(entry.lastmod)}</lastmod></url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}
