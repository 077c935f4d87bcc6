import type { Article, Author, Brand, Clinic, Comparison, Condition, Faq, Therapy } from '@clinic/schema'
import { getCollection } from 'astro:content'
import { env } from '../env'
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
 * A preview build gets the previewed article's page only.
 */
export async function pathsBySlug(name: 'articles' | 'therapies' | 'conditions' | 'comparisons' | 'clinics') {
  const preview = env().previewArticleId
  const docs = await entries(name)
  const wanted = preview === null ? docs : name === 'articles' ? docs.filter((doc) => doc.id === preview) : []
  return wanted.map((doc) => ({ params: { slug: doc.slug }, props: { id: doc.id } }))
}
