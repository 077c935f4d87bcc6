import type { Article } from '@clinic/schema'
import { categorySlug } from './routes'

/** Points for each therapy, condition and category two articles share. */
export const RELATEDNESS_POINTS = { therapy: 2, condition: 2, category: 1 } as const

function shared(a: readonly string[], b: readonly string[]): number {
  const other = new Set(b)
  return new Set(a.filter((value) => other.has(value))).size
}

/**
 * How related `other` is to `article`: 2 points per shared related therapy, 2 per shared
 * related condition, 1 per shared category (categories compared by their URL slug, so
 * `Neck and back` and `neck and back` match).
 */
export function relatednessScore(article: Article, other: Article): number {
  return (
    RELATEDNESS_POINTS.therapy * shared(article.relatedTherapies, other.relatedTherapies) +
    RELATEDNESS_POINTS.condition * shared(article.relatedConditions, other.relatedConditions) +
    RELATEDNESS_POINTS.category * shared(article.categories.map(categorySlug), other.categories.map(categorySlug))
  )
}

/**
 * Up to `limit` articles of `all` most related to `article` by {@link relatednessScore}, newest
 * first among equal scores (then by title, so builds are reproducible). Never the article
 * itself, and never an article with nothing in common: an empty list means "no related reading".
 */
export function relatedArticles(article: Article, all: readonly Article[], limit = 3): Article[] {
  return all
    .filter((other) => other.id !== article.id)
    .map((other) => ({ other, score: relatednessScore(article, other), published: Date.parse(other.publishedAt) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || b.published - a.published || a.other.title.localeCompare(b.other.title))
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.other)
}
