import type { ImportedPost, ImportWritten } from '@clinic/schema'
import type { Payload } from 'payload'
import type { BrandRef, Id } from '../plan/context'
import type { PlannedPost } from '../plan/planPost'
import { type BodyReferences, importBodyToLexical } from './bodyToLexical'
import { articleData, importedPostData } from './documentData'
import type { ImageFetcher } from './fetchImage'
import { type ImportCaches, type PostCaches, keepPostCaches } from './importCaches'
import { type PostDocumentsInput, writePostAuthor, writePostComparisons, writePostFaqs } from './postDocuments'
import { writePostImages } from './postImages'
import { writeRedirect } from './postRedirect'
import { PostTransaction } from './postTransaction'

/** What a written post's body was made from, to make it again once later posts have their articles. */
export interface WrittenBody {
  post: PlannedPost
  article: Id
  refs: Omit<BodyReferences, 'article'>
}

/** What writing one post needs besides the post. */
export interface WritePostOptions {
  brand: BrandRef
  user: Parameters<typeof PostTransaction.open>[1]
  imageFetcher: ImageFetcher
  importId?: Id | null
}

/** The text of an error, for reports and combined messages. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Writes one post: its images (outside the transaction), then in one transaction its author,
 * FAQs, comparisons, article, redirects and import record. Throws (after undoing its writes)
 * when any of them fails; on success the import's caches keep what it made.
 */
export async function writePost(
  payload: Payload,
  post: PlannedPost,
  options: WritePostOptions,
  caches: ImportCaches,
): Promise<{ report: ImportedPost; needsRewrite: boolean; body: WrittenBody }> {
  const { brand } = options
  const report: ImportedPost = { ...post.report, warnings: [...post.report.warnings], written: [] }
  const written: ImportWritten[] = []
  const wrote = (collection: ImportWritten['collection'], id: Id) => written.push({ collection, id: String(id) })
  const earlier = post.earlier
  const tx = await PostTransaction.open(payload, options.user)
  const mine: PostCaches = { media: new Map(), authors: new Map(), comparisons: new Map() }

  try {
    const mediaIds = await writePostImages({ tx, brand, report, earlier, imageFetcher: options.imageFetcher, caches, mine, wrote })

    await tx.begin()
    const input: PostDocumentsInput = { tx, brand, post, report, earlier, caches, mine, wrote }
    const author = await writePostAuthor(input)
    const faqIds = await writePostFaqs(input)
    const comparisons = await writePostComparisons(input)

    const { article, needsRewrite, refs } = await writePostArticle(input, { author, mediaIds, faqIds, comparisons: comparisons.embedded })

    // The redirect from the old address.
    const articleLive = earlier?.publishedSince.some((entry) => entry.collection === 'articles') ?? false
    for (const redirect of report.redirects) {
      const id = await writeRedirect(tx, brand, redirect.from, { id: article, live: articleLive }, report.warnings)
      if (id !== null) wrote('redirects', id)
    }

    // What this post became, for the next import of it.
    const media = report.images.flatMap((image, index) => {
      const id = mediaIds[index]
      return id === null || id === undefined ? [] : [{ src: image.src, id }]
    })
    const record = importedPostData({ brand, key: post.key, sourceUrl: report.sourceUrl, article, faqs: faqIds, comparisons: comparisons.made, media, importId: options.importId ?? null })
    if (earlier !== null) await tx.update('imported-posts', earlier.id, record, { draft: false, system: true })
    else await tx.create('imported-posts', record, { draft: false, system: true })

    await tx.commit()
    keepPostCaches(caches, mine)
    caches.links.add([report.sourceUrl, post.key], article)
    report.written = written
    return { report, needsRewrite, body: { post: { ...post, report }, article, refs } }
  } catch (error) {
    try {
      await tx.rollback()
    } catch (undoError) {
      throw new Error(`${errorMessage(error)} ${errorMessage(undoError)}`, { cause: undoError })
    }
    throw error
  }
}

/**
 * The post's article, created or (when an earlier import made it) updated, with its body in the
 * editor's rich text. `needsRewrite`: the body links to a post of this import not written yet.
 */
async function writePostArticle(
  { tx, brand, post, report, earlier, caches, wrote }: PostDocumentsInput,
  made: { author: Id | null; mediaIds: (Id | null)[]; faqIds: Id[]; comparisons: Id[] },
): Promise<{ article: Id; needsRewrite: boolean; refs: Omit<BodyReferences, 'article'> }> {
  let needsRewrite = false
  const refs: Omit<BodyReferences, 'article'> = {
    image: (index) => made.mediaIds[index] ?? null,
    faq: (index) => made.faqIds[index] ?? null,
    comparison: (index) => made.comparisons[index] ?? null,
    showAdvice: (index) => {
      const comparison = report.comparisons[index]
      // The post's own advice sections stay in its body, so the embed does not repeat them.
      return comparison === undefined || (comparison.whenToChoose.length === 0 && comparison.combination === null)
    },
  }
  const body = importBodyToLexical(report.body, report.images, {
    ...refs,
    article: (href) => {
      const article = caches.links.article(href)
      if (article === null && caches.links.isPending(href)) needsRewrite = true
      return article
    },
  })
  const heroIndex = report.images.findIndex((image) => image.role === 'hero')
  const data = articleData(report, { brand, author: made.author, heroImage: heroIndex < 0 ? null : (made.mediaIds[heroIndex] ?? null), body, relatedTherapies: post.relatedTherapies, seo: post.seo })
  let article: Id
  if (earlier?.article != null) {
    article = earlier.article
    await tx.update('articles', article, data, { draft: true })
  } else {
    article = await tx.create('articles', data, { draft: true })
  }
  wrote('articles', article)
  return { article, needsRewrite, refs }
}
