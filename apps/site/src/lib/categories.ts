import type { Article } from '@clinic/schema'
import { categorySlug } from './routes'
import { cachedIn } from './memo'

/** An article category as the site lists it. */
export interface ArticleCategory {
  /** As editors wrote it, e.g. `Neck and back`. */
  name: string
  /** Its URL segment, from `categorySlug`. */
  slug: string
  /** How many articles are in it. */
  count: number
}

/**
 * The categories used by `articles`, sorted by name. Categories are told apart by slug, because
 * that is what gives each its page: `Neck and back` and `neck and back` are one category, named
 * by the spelling most articles use (on a tie, the one met first in `articles`). An article is counted once
 * per category even if it lists two spellings of it.
 */
export function articleCategories(articles: readonly Article[]): readonly ArticleCategory[] {
  return cachedIn(categoriesOf, articles, countCategories)
}

/** Every list page shows the category menu: counted once per article list (lists never change after loading). */
const categoriesOf = new WeakMap<readonly Article[], readonly ArticleCategory[]>()

function countCategories(articles: readonly Article[]): ArticleCategory[] {
  const bySlug = new Map<string, { spellings: Map<string, number>; articles: Set<string> }>()
  for (const article of articles) {
    for (const name of article.categories) {
      const slug = categorySlug(name)
      const entry = bySlug.get(slug) ?? { spellings: new Map(), articles: new Set() }
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1)
      entry.articles.add(article.id)
      bySlug.set(slug, entry)
    }
  }
  return [...bySlug.entries()]
    .map(([slug, entry]) => {
      const [name = slug] = [...entry.spellings.entries()].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling)
      return { name, slug, count: entry.articles.size }
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug))
}

/** The articles in the category with URL slug `slug`, in the order given. */
export function articlesInCategory(articles: readonly Article[], slug: string): Article[] {
  return articles.filter((article) => article.categories.some((name) => categorySlug(name) === slug))
}

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number
  items: T[]
  /** How many pages there are. */
  total: number
  /** How many items there are across all pages. */
  totalItems: number
}

/**
 * `items` cut into pages of `perPage`, numbered from 1. Always at least one page, so an empty
 * list still has an index page to say so.
 */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`paginate: perPage must be a positive integer, got ${perPage}`)
  const total = Math.max(1, Math.ceil(items.length / perPage))
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    items: items.slice(index * perPage, (index + 1) * perPage),
    total,
    totalItems: items.length,
  }))
}
