import type { ImportComparison, ImportedPost } from '@clinic/schema'
import type { BrandRef, Id } from '../plan/context'
import type { PlannedComparison } from '../plan/planPost'
import { gridFromColumns } from '../../collections/Comparisons/grid'
import { plainTextToLexical } from './bodyToLexical'

/*
 * The data of the documents an imported post becomes. Drafts are not validated by Payload, so a
 * draft may lack what only publishing needs (the table of a comparison made from prose); what is
 * written is what the post gave, and the report says what is missing.
 */

/** An FAQ document's data. */
export function faqData(faq: ImportedPost['faqs'][number], { brand, slug, topic }: { brand: BrandRef; slug: string; topic: string }): Record<string, unknown> {
  return { question: faq.question, slug, brands: [brand.id], answer: plainTextToLexical(faq.answer), topic }
}

/** A comparison's title from its therapies: "Dry needling vs Massage therapy". */
export const comparisonTitle = (comparison: ImportComparison) => comparison.therapies.join(' vs ')

/** A comparison document's data. */
export function comparisonData(
  comparison: ImportComparison,
  planned: PlannedComparison,
  { brand, slug, intro }: { brand: BrandRef; slug: string | null; intro: string },
): Record<string, unknown> {
  return {
    title: comparisonTitle(comparison),
    ...(slug === null ? {} : { slug }),
    brands: [brand.id],
    intro,
    therapies: planned.therapies,
    // The post's table gives each row's values column by column, in the order of its therapies.
    grid: gridFromColumns(planned.therapies, comparison.rows),
    whenToChoose: planned.whenToChoose.map((entry) => ({ therapy: entry.therapy, text: plainTextToLexical(entry.text) })),
    combination: { canCombine: false, how: comparison.combination === null ? null : plainTextToLexical(comparison.combination) },
    conditionGuidance: planned.conditionGuidance.map((entry) => ({ condition: entry.condition, guidance: entry.guidance })),
  }
}

/** An article draft's data. */
export function articleData(
  post: ImportedPost,
  {
    brand,
    author,
    heroImage,
    body,
    relatedTherapies,
    seo,
  }: { brand: BrandRef; author: Id | null; heroImage: Id | null; body: Record<string, unknown>; relatedTherapies: Id[]; seo: { title: string | null; description: string | null } },
): Record<string, unknown> {
  return {
    title: post.title,
    subtitle: post.subtitle,
    slug: post.slug,
    brands: [brand.id],
    publishedAt: post.publishedAt,
    author,
    categories: post.categories,
    excerpt: post.excerpt,
    heroImage,
    body,
    relatedTherapies,
    seo: { title: seo.title, description: seo.description },
  }
}

/** What the importer remembers of a post (the `imported-posts` record). */
export function importedPostData(args: {
  brand: BrandRef
  key: string
  sourceUrl: string | null
  article: Id
  faqs: Id[]
  comparisons: Id[]
  media: { src: string; id: Id }[]
  importId: Id | null
}): Record<string, unknown> {
  return {
    brand: args.brand.id,
    key: args.key,
    sourceUrl: args.sourceUrl,
    article: args.article,
    faqs: args.faqs,
    comparisons: args.comparisons,
    media: args.media.map((entry) => ({ src: entry.src, image: entry.id })),
    lastImport: args.importId,
  }
}
