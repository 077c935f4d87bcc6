/**
 * What the e2e run needs to know about the CMS demo network before anything is built: the
 * brands (to name the tests, which Playwright collects before it knows the run's results) and
 * the draft articles (whose text must never reach a site). This imports the demo data module,
 * which is plain data, and nothing of the CMS runtime.
 */
import { demoNetwork } from 'cms/seed-data'

/** A brand of the demo network as the tests name it. */
export interface DemoBrand {
  slug: string
  name: string
  domain: string
}

/** An unpublished article: none of these strings may appear on any site. */
export interface DraftArticle {
  title: string
  slug: string
  /** The SEO title override, when the draft has one. */
  seoTitle: string | null
  /** Brand slugs the draft is written for. */
  brands: string[]
}

/** Every demo brand, in slug order. */
export const demoBrands: readonly DemoBrand[] = demoNetwork.brands
  .map(({ slug, name, domain }) => ({ slug, name, domain }))
  .sort((a, b) => a.slug.localeCompare(b.slug))

/** The demo network's draft articles. */
export const draftArticles: readonly DraftArticle[] = demoNetwork.articles
  .filter((article) => article.status === 'draft')
  .map((article) => ({ title: article.title, slug: article.slug, seoTitle: article.seo?.title ?? null, brands: [...article.brands] }))
