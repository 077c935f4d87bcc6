import type { APIRoute } from 'astro'
import { canonicalUrl, routes } from '../lib/routes'
import { rssXml } from '../lib/rss'
import { loadSite } from '../lib/loadSite'

export const GET: APIRoute = async () => {
  const site = await loadSite()
  const { brand } = site
  const base = import.meta.env.BASE_URL
  const r = routes(base)
  const url = (path: string) => canonicalUrl(brand.domain, base, path)
  const xml = rssXml({
    title: `${brand.name}: articles`,
    description: brand.tagline || `Articles from ${brand.name}`,
    siteUrl: url(r.home()),
    feedUrl: url(r.rss()),
    items: site.articles.map((article) => {
      const author = article.author ? site.author(article.author) : undefined
      return {
        title: article.title,
        link: url(r.article(article.slug)),
        guid: url(r.article(article.slug)),
        description: article.excerpt,
        pubDate: article.publishedAt,
        ...(author ? { author: author.name } : {}),
      }
    }),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
