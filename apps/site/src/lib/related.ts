import type { Article } from '@clinic/schema'
import { categorySlug } from './routes'
import { cachedIn } from './memo'

/** Points for each therapy, condition and category two articles share. */
export const RELATEDNESS_POINTS = { therapy: 2, condition: 2, category: 1 } as const

/**
 * What an article can share with another, each once, with its points: `t:<therapy id>`,
 * `c:<condition id>`, `k:<category slug>` (categories by slug, so `Neck and back` and
 * `neck and back` are one).
 */
function relatednessKeys(article: Article): Map<string, number> {
  const keys = new Map<string, number>()
  for (const id of article.relatedTherapies) keys.set(`t:${id}`, RELATEDNESS_POINTS.therapy)
  for (const id of article.relatedConditions) keys.set(`c:${id}`, RELATEDNESS_POINTS.condition)
  for (const name of article.categories) keys.set(`k:${categorySlug(name)}`, RELATEDNESS_POINTS.category)
  return keys
}

/**
 * How related `other` is to `article`: 2 points per shared related therapy, 2 per shared
 * related condition, 1 per shared category (categories compared by their URL slug, so
 * `Neck and back` and `neck and back` match).
 */
export function relatednessScore(article: Article, other: Article): number {
  const theirs = relatednessKeys(other)
  let score = 0
  for (const [key, points] of relatednessKeys(article)) if (theirs.has(key)) score += points
  return score
}

/** For each key, the positions in the list of the articles that have it. */
interface RelatedIndex {
  postings: Map<string, number[]>
  published: number[]
  /** Scores by position, all zero between calls (each call clears what it used). */
  scratch: Int32Array
}

/**
 * One index per article list: a site asks for the related articles of every article, and
 * comparing each with all others is quadratic (seconds at a few thousand articles). Lists
 * are the site's own, never changed after loading.
 */
const indexes = new WeakMap<readonly Article[], RelatedIndex>()

function indexOf(all: readonly Article[]): RelatedIndex {
  return cachedIn(indexes, all, () => {
    const postings = new Map<string, number[]>()
    all.forEach((article, position) => {
      for (const key of relatednessKeys(article).keys()) {
        const list = postings.get(key)
        if (list === undefined) postings.set(key, [position])
        else list.push(position)
      }
    })
    return { postings, published: all.map((article) => Date.parse(article.publishedAt)), scratch: new Int32Array(all.length) }
  })
}

/**
 * Up to `limit` articles of `all` most related to `article` by {@link relatednessScore}, newest
 * first among equal scores (then by title, so builds are reproducible). Never the article
 * itself, and never an article with nothing in common: an empty list means "no related reading".
 * `all` must not change between calls (its index is kept).
 */
export function relatedArticles(article: Article, all: readonly Article[], limit = 3): Article[] {
  if (limit <= 0) return []
  const { postings, published, scratch } = indexOf(all)
  // A few thousand candidates per article: counted in a typed array, not a Map.
  const touched: number[] = []
  for (const [key, points] of relatednessKeys(article)) {
    for (const position of postings.get(key) ?? []) {
      if (scratch[position] === 0) touched.push(position)
      scratch[position] = (scratch[position] as number) + points
    }
  }
  // Keep the best `limit` in order while scanning: lists are long, and only a few are wanted.
  const best: { other: Article; score: number; published: number }[] = []
  const before = (a: (typeof best)[number], b: (typeof best)[number]) =>
    b.score - a.score || b.published - a.published || a.other.title.localeCompare(b.other.title)
  for (const position of touched) {
    const score = scratch[position] as number
    scratch[position] = 0
    const other = all[position] as Article
    if (other.id === article.id) continue
    // Most candidates score below the current last place: rejected before any allocation.
    if (best.length === limit && score < (best[limit - 1] as (typeof best)[number]).score) continue
    const candidate = { other, score, published: published[position] as number }
    if (best.length === limit && before(candidate, best[limit - 1] as (typeof best)[number]) >= 0) continue
    let at = best.length
    while (at > 0 && before(candidate, best[at - 1] as (typeof best)[number]) < 0) at -= 1
    best.splice(at, 0, candidate)
    if (best.length > limit) best.pop()
  }
  return best.map((entry) => entry.other)
}
