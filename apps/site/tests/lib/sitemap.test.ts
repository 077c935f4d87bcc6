import { describe, expect, it } from 'vitest'
import { sitemapXml } from '../../src/lib/sitemap'
import { escapeXml } from '../../src/lib/xml'
import { texts, wellEscaped } from './xmlText'

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`Tom & "Jerry's" <b>`)).toBe('Tom &amp; &quot;Jerry&apos;s&quot; &lt;b&gt;')
  })
})

describe('wellEscaped (test helper)', () => {
  it('catches unescaped text and attribute values', () => {
    expect(wellEscaped('<a href="x">fine &amp; dandy</a>')).toBe(true)
    expect(wellEscaped('<a>x < y</a>')).toBe(false)
    expect(wellEscaped('<a>x & y</a>')).toBe(false)
    expect(wellEscaped('<a href="say "hi"">x</a>')).toBe(false)
  })
})

describe('sitemapXml', () => {
  it('lists every URL in order with its last change', () => {
    const xml = sitemapXml([
      { loc: 'https://www.harbor-lane-physio.example/', lastmod: '2026-03-02T08:30:00.000Z' },
      { loc: 'https://www.harbor-lane-physio.example/therapies/dry-needling/' },
    ])
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true)
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true)
    expect(texts(xml, 'loc')).toEqual(['https://www.harbor-lane-physio.example/', 'https://www.harbor-lane-physio.example/therapies/dry-needling/'])
    expect(texts(xml, 'lastmod')).toEqual(['2026-03-02T08:30:00.000Z'])
    expect(xml.match(/<url>/g)).toHaveLength(2)
  })

  it('escapes URLs', () => {
    const loc = "https://www.harbor-lane-physio.example/request-appointment/?clinic=portland&from='home'"
    const xml = sitemapXml([{ loc }])
    expect(xml).toContain('?clinic=portland&amp;from=&apos;home&apos;')
    expect(wellEscaped(xml)).toBe(true)
    expect(texts(xml, 'loc')).toEqual([loc])
  })

  it('gives an empty but valid sitemap for no pages', () => {
    expect(sitemapXml([])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n')
  })

  it('refuses relative URLs and unreadable dates, naming the entry', () => {
    expect(() => sitemapXml([{ loc: '/therapies/' }])).toThrow('sitemap entry 0 loc: "/therapies/" is not an absolute URL')
    expect(() => sitemapXml([{ loc: 'https://a.example/', lastmod: 'yesterday' }])).toThrow('sitemap entry 0 (https://a.example/) lastmod')
  })
})
