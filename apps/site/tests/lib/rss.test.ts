import { describe, expect, it } from 'vitest'
import { rfc822Date, rssXml } from '../../src/lib/rss'
import { texts, wellEscaped } from './xmlText'

describe('rssXml', () => {
  const site = 'https://www.harbor-lane-physio.example/'
  const feed = {
    title: 'Harbor Lane Physio & "Friends"',
    description: 'Articles <for> patients',
    siteUrl: site,
    feedUrl: `${site}rss.xml`,
    items: [
      {
        title: 'Older: dry needling <vs> massage & more',
        link: `${site}articles/older/`,
        description: 'Which "one" helps? It\'s <complicated> & personal.',
        pubDate: '2026-01-05T09:00:00.000Z',
        guid: `${site}articles/older/`,
        author: 'Maren Okafor',
      },
      {
        title: 'Newer article',
        link: `${site}articles/newer/`,
        description: 'Plain.',
        pubDate: '2026-02-10T09:00:00-05:00',
        guid: 'article-602',
      },
    ],
  }

  it('is an RSS 2.0 channel that links to itself', () => {
    const xml = rssXml(feed)
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0" xmlns:atom="http:\/\/www.w3.org\/2005\/Atom"/)
    expect(xml).toContain(`<atom:link href="${site}rss.xml" rel="self" type="application/rss+xml"/>`)
    expect(texts(xml, 'link')[0]).toBe(site)
    expect(texts(xml, 'language')).toEqual(['en-us'])
  })

  it('escapes &, < and quotes everywhere, and reads back the original text', () => {
    const xml = rssXml(feed)
    expect(wellEscaped(xml)).toBe(true)
    expect(xml).toContain('<title>Harbor Lane Physio &amp; &quot;Friends&quot;</title>')
    expect(xml).toContain('<description>Which &quot;one&quot; helps? It&apos;s &lt;complicated&gt; &amp; personal.</description>')
    expect(texts(xml, 'title')).toEqual([feed.title, 'Older: dry needling <vs> massage & more', 'Newer article'])
    expect(texts(xml, 'description')[0]).toBe(feed.description)
  })

  it('keeps the items in the order given', () => {
    const xml = rssXml(feed)
    expect(texts(xml, 'guid')).toEqual([`${site}articles/older/`, 'article-602'])
    expect(xml.indexOf('Older: dry needling')).toBeLessThan(xml.indexOf('Newer article'))
    const reversed = rssXml({ ...feed, items: [...feed.items].reverse() })
    expect(texts(reversed, 'guid')).toEqual(['article-602', `${site}articles/older/`])
  })

  it('writes RFC 822 dates and takes lastBuildDate from the newest item, not the clock', () => {
    const xml = rssXml(feed)
    expect(texts(xml, 'pubDate')).toEqual(['Mon, 05 Jan 2026 09:00:00 GMT', 'Tue, 10 Feb 2026 14:00:00 GMT'])
    expect(texts(xml, 'lastBuildDate')).toEqual(['Tue, 10 Feb 2026 14:00:00 GMT'])
    expect(rssXml(feed)).toBe(xml)
    expect(rssXml({ ...feed, items: [] })).not.toContain('lastBuildDate')
  })

  it('marks a guid as a permalink only when it is the link, and names authors as dc:creator', () => {
    const xml = rssXml(feed)
    expect(xml).toContain(`<guid isPermaLink="true">${site}articles/older/</guid>`)
    expect(xml).toContain('<guid isPermaLink="false">article-602</guid>')
    expect(texts(xml, 'dc:creator')).toEqual(['Maren Okafor'])
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"')
  })

  it('refuses a relative link or an unreadable date, naming the item', () => {
    const [, newer] = feed.items
    if (!newer) throw new Error('feed fixture changed')
    expect(() => rssXml({ ...feed, items: [{ ...newer, link: '/articles/newer/' }] })).toThrow('RSS item 0 (Newer article) link')
    expect(() => rssXml({ ...feed, items: [{ ...newer, pubDate: 'soon' }] })).toThrow('RSS item 0 (Newer article) pubDate')
  })

  it('formats any ISO date-time as an RFC 822 date in GMT', () => {
    expect(rfc822Date('2026-03-03T00:15:00+01:00')).toBe('Mon, 02 Mar 2026 23:15:00 GMT')
  })
})
