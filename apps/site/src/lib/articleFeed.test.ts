import { getRssString } from '@astrojs/rss'
import { describe, expect, it } from 'vitest'
import { articleFeed } from './articleFeed'
import { indexSite } from './siteIndex'
import { article, snapshot } from '../../tests/helpers/fixture'
import { texts, wellEscaped } from '../../tests/helpers/xmlText'

const SITE = 'https://www.harbor-lane-physio.example/'

/** The fixture brand with two articles: an older one by the fixture's author, a newer one without an author. */
function twoArticles() {
  const data = snapshot()
  data.brand.name = 'Harbor Lane Physio & "Friends"'
  data.brand.tagline = 'Articles <for> patients'
  const author = data.authors[0]
  if (author === undefined) throw new Error('the snapshot fixture has no author')
  author.name = "Maren O'Kafor & Co"
  data.articles = [
    article({ id: 'a-old', slug: 'older', title: 'Older: dry needling <vs> massage & more', excerpt: 'Which "one" helps? It\'s <complicated> & personal.', publishedAt: '2026-01-05T09:00:00.000Z', author: author.id }),
    article({ id: 'a-new', slug: 'newer', title: 'Newer article', excerpt: 'Plain.', publishedAt: '2026-02-10T09:00:00-05:00', author: null }),
  ]
  return indexSite(data)
}

describe('articleFeed', () => {
  it('is an RSS 2.0 channel on the brand’s domain that links to itself, even under a base path', async () => {
    for (const base of ['/', '/harbor-lane-physio/']) {
      const xml = await getRssString(articleFeed(twoArticles(), base))
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0" xmlns:atom="http:\/\/www.w3.org\/2005\/Atom" xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/">/)
      expect(xml).toContain(`<atom:link href="${SITE}rss.xml" rel="self" type="application/rss+xml"/>`)
      expect(texts(xml, 'link')[0]).toBe(SITE)
      expect(texts(xml, 'language')).toEqual(['en-us'])
    }
  })

  it('lists every article newest first with title, permalink guid, excerpt, RFC 822 date and author', async () => {
    const xml = await getRssString(articleFeed(twoArticles(), '/'))
    expect(texts(xml, 'title')).toEqual(['Harbor Lane Physio & "Friends": articles', 'Newer article', 'Older: dry needling <vs> massage & more'])
    expect(texts(xml, 'link').slice(1)).toEqual([`${SITE}articles/newer/`, `${SITE}articles/older/`])
    expect(xml).toContain(`<guid isPermaLink="true">${SITE}articles/newer/</guid>`)
    expect(texts(xml, 'guid')).toEqual([`${SITE}articles/newer/`, `${SITE}articles/older/`])
    expect(texts(xml, 'description')).toEqual(['Articles <for> patients', 'Plain.', 'Which "one" helps? It\'s <complicated> & personal.'])
    expect(texts(xml, 'pubDate')).toEqual(['Tue, 10 Feb 2026 14:00:00 GMT', 'Mon, 05 Jan 2026 09:00:00 GMT'])
    // RSS's own <author> must be an e-mail address: the name goes into dc:creator, only where there is one.
    expect(texts(xml, 'dc:creator')).toEqual(["Maren O'Kafor & Co"])
    expect(xml).not.toContain('<author>')
  })

  it('escapes everything an editor typed', async () => {
    const xml = await getRssString(articleFeed(twoArticles(), '/'))
    expect(wellEscaped(xml)).toBe(true)
    expect(xml).not.toContain('<vs>')
    expect(xml).not.toContain('<complicated>')
  })

  it('takes lastBuildDate from the newest article, not the clock, and leaves it out without articles', async () => {
    const site = twoArticles()
    const xml = await getRssString(articleFeed(site, '/'))
    expect(texts(xml, 'lastBuildDate')).toEqual(['Tue, 10 Feb 2026 14:00:00 GMT'])
    expect(await getRssString(articleFeed(site, '/'))).toBe(xml)
    const empty = indexSite({ ...snapshot(), articles: [] })
    expect(await getRssString(articleFeed(empty, '/'))).not.toContain('lastBuildDate')
  })
})
