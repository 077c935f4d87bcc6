import { describe, expect, it } from 'vitest'
import { sitemapFacts } from './brandSitemap'
import { routes } from '../lib/routes'
import { indexSite } from '../lib/siteIndex'
import { article, snapshot } from '../../tests/helpers/fixture'

describe('sitemapFacts', () => {
  const r = routes('/')

  it('leaves out the thank-you page, and keeps the appointment and privacy pages of a brand that takes requests', () => {
    const { unlisted } = sitemapFacts(indexSite(snapshot()), r)
    expect([...unlisted]).toEqual(['/request-appointment/thank-you/'])
  })

  it('leaves out the appointment page of a brand that takes no requests', () => {
    const data = snapshot()
    data.brand.acceptsAppointments = false
    expect([...sitemapFacts(indexSite(data), r).unlisted].sort()).toEqual(['/request-appointment/', '/request-appointment/thank-you/'])
  })

  it('dates each article by its last update, and the home page by the newest article’s', () => {
    const data = snapshot()
    data.articles = [
      article({ id: 'a-old', slug: 'older', publishedAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z' }),
      article({ id: 'a-new', slug: 'newer', publishedAt: '2026-02-10T09:00:00.000Z', updatedAt: '2026-02-11T10:00:00.000Z' }),
    ]
    const { lastmod } = sitemapFacts(indexSite(data), r)
    expect(Object.fromEntries(lastmod)).toEqual({
      '/': '2026-02-11T10:00:00.000Z',
      '/articles/newer/': '2026-02-11T10:00:00.000Z',
      '/articles/older/': '2026-03-01T08:00:00.000Z',
    })
  })

  it('dates no page when there are no articles', () => {
    expect(sitemapFacts(indexSite({ ...snapshot(), articles: [] }), r).lastmod.size).toBe(0)
  })
})
