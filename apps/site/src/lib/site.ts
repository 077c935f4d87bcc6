import type { Article, Author, Brand, Clinic, Comparison, Condition, Faq, Therapy } from '@clinic/schema'
import { getCollection } from 'astro:content'
import { env } from '../env'
import { articlePageKey } from './pageKeys'
import { relatedArticles } from './related'
import { type SiteData, indexSite } from './siteData'

/** What each content collection holds (see src/content.config.ts). */
interface Collections {
  brand: Brand
  clinics: Clinic
  therapies: Therapy
  conditions: Condition
  authors: Author
  faqs: Faq
  articles: Article
  comparisons: Comparison
}

async function entries<C extends keyof Collections>(name: C): Promise<Collections[C][]> {
  const list: { data: Collections[C] }[] = await getCollection(name)
  return list.map((entry) => entry.data)
}

let cached: Promise<SiteData> | undefined

async function load(): Promise<SiteData> {
  const data = entries
  const brands = await entries('brand')
  const brand = brands[0]
  if (brands.length !== 1 || brand === undefined) {
    throw new Error(`Expected exactly one brand in the content store, found ${brands.length}; is SITE_SNAPSHOT_FILE a brand snapshot?`)
  }
  const [clinics, therapies, conditions, authors, faqs, articles, comparisons] = await Promise.all([
    data('clinics'),
    data('therapies'),
    data('conditions'),
    data('authors'),
    data('faqs'),
    data('articles'),
    data('comparisons'),
  ])
  return indexSite({ brand, clinics, therapies, conditions, authors, faqs, articles, comparisons })
}

/** The brand's content for the pages of this build, read from the content store once. */
export function loadSite(): Promise<SiteData> {
  cached ??= load()
  return cached
}

/** True while building a draft preview: only the previewed article's page is wanted. */
export const isPreviewBuild = (): boolean => env().previewArticleId !== null

/**
 * `getStaticPaths` for a page per document: the slug in the URL, the id as the page's prop.
 * A preview build has none of these pages (it builds the previewed article only).
 */
export async function pathsBySlug(name: 'therapies' | 'conditions' | 'comparisons' | 'clinics') {
  if (isPreviewBuild()) return []
  const docs = await entries(name)
  return docs.map((doc) => ({ params: { slug: doc.slug }, props: { id: doc.id } }))
}

/** How many related articles an article page lists. */
export const RELATED_ARTICLES = 3

/**
 * `getStaticPaths` of the article pages: slug in the URL; the id and the related articles'
 * ids as props (worked out once, here, because the page's cache key depends on them); and the
 * cache key that lets an incremental build skip an unchanged page (see lib/pageKeys.ts).
 * A preview build gets the previewed article's page only.
 */
export async function articlePaths() {
  const site = await loadSite()
  const preview = env().previewArticleId
  const wanted = preview === null ? site.articles : site.articles.filter((article) => article.id === preview)
  return wanted.map((article) => {
    const related = relatedArticles(article, site.articles, RELATED_ARTICLES)
    return {
      params: { slug: article.slug },
      props: { id: article.id, related: related.map((other) => other.id) },
      cacheKey: articlePageKey(site, article, related),
    }
  })
}
