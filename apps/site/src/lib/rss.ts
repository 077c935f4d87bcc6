import { escapeXml, requireAbsoluteUrl, requireDate } from './xml'

/** One article in the feed. */
export interface RssItem {
  title: string
  /** Absolute URL of the article. */
  link: string
  /** Plain-text summary (the excerpt); escaped, not interpreted as HTML. */
  description: string
  /** ISO 8601 date-time of publication. */
  pubDate: string
  /** Stable identifier; marked as a permalink when it equals `link`. */
  guid: string
  /** The author's name, as `dc:creator` (RSS's own `author` must be an email address). */
  author?: string
}

/** The feed of a brand's articles. */
export interface RssFeed {
  title: string
  description: string
  /** Absolute URL of the site's home page. */
  siteUrl: string
  /** Absolute URL of this feed, for `atom:link rel="self"`. */
  feedUrl: string
  /** In the order they should appear, usually newest first. */
  items: readonly RssItem[]
  /** RSS language code; `en-us` unless given. */
  language?: string
}

/** An RFC 822 date as RSS wants it: `Tue, 10 Feb 2026 09:00:00 GMT`. */
export function rfc822Date(iso: string): string {
  return requireDate(iso, 'RSS date').toUTCString()
}

/**
 * An RSS 2.0 feed with an `atom:link` to itself. Items keep the order given. `lastBuildDate` is
 * the newest item's `pubDate` (left out when there are no items), never the clock, so the same
 * content always gives the same file. Every text is XML-escaped.
 */
export function rssXml(feed: RssFeed): string {
  const siteUrl = requireAbsoluteUrl(feed.siteUrl, 'RSS siteUrl')
  const feedUrl = requireAbsoluteUrl(feed.feedUrl, 'RSS feedUrl')
  const element = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`

  const items = feed.items.map((item, index) => {
    const link = requireAbsoluteUrl(item.link, `RSS item ${index} (${item.title}) link`)
    const pubDate = requireDate(item.pubDate, `RSS item ${index} (${item.title}) pubDate`)
    const indent = '      '
    return [
      '    <item>',
      element('title', item.title, indent),
      element('link', link, indent),
      `${indent}<guid isPermaLink="${item.guid === link}">${escapeXml(item.guid)}</guid>`,
      element('pubDate', pubDate.toUTCString(), indent),
      element('description', item.description, indent),
      ...(item.author ? [element('dc:creator', item.author, indent)] : []),
      '    </item>',
    ].join('\n')
  })

  const newest = feed.items.reduce<Date | null>((latest, item) => {
    const date = new Date(item.pubDate)
    return latest === null || date > latest ? date : latest
  }, null)

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    element('title', feed.title, '    '),
    element('link', siteUrl, '    '),
    element('description', feed.description, '    '),
    element('language', feed.language ?? 'en-us', '    '),
    `    <atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [element('lastBuildDate', newest.toUTCString(), '    ')] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}
