import { type RichText, countWords, readingTimeMinutes } from '@clinic/schema'
import type { Article } from '../../payload-types'
import type { Located, MapContext } from './context'
import { mapReview } from './review'
import { mapSeo } from './seo'

/** An article as the snapshot carries it: only published references are kept, and its reading time is counted. */
export function mapArticle(article: Article, ctx: MapContext) {
  const at: Located = { collection: 'articles', id: String(article.id) }
  const body = ctx.richText(article.body, at, 'body')
  return {
    id: String(article.id),
    title: article.title,
    slug: article.slug,
    subtitle: article.subtitle?.trim() || null,
    excerpt: article.excerpt,
    body,
    author: ctx.keep('authors', [article.author])[0] ?? null,
    publishedAt: article.publishedAt ?? article.createdAt,
    updatedAt: article.updatedAt,
    readingTimeMinutes: readingTime(article.excerpt, body),
    categories: article.categories ?? [],
    heroImage: ctx.mediaOf(article.heroImage, at, 'heroImage'),
    relatedTherapies: ctx.keep('therapies', article.relatedTherapies),
    relatedConditions: ctx.keep('conditions', article.relatedConditions),
    faqs: ctx.keep('faqs', article.faqs),
    review: mapReview(article.review, ctx),
    seo: mapSeo(article.seo, ctx, at),
  }
}

function readingTime(excerpt: string, body: RichText): number {
  return readingTimeMinutes(countWords([{ type: 'paragraph', children: [{ type: 'text', text: excerpt }] }, ...body]))
}
