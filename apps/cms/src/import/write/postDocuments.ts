import type { ImportedPost } from '@clinic/schema'
import type { PayloadRequest } from 'payload'
import { nameKey } from '../plan/aliases'
import type { BrandRef, EarlierImport, Id } from '../plan/context'
import type { PlannedPost } from '../plan/planPost'
import { comparisonData, faqData } from './documentData'
import type { ImportCaches, PostCaches, RecordWritten } from './importCaches'
import type { PostTransaction } from './postTransaction'

/** What each step of writing a post's documents (inside its transaction) works with. */
export interface PostDocumentsInput {
  tx: PostTransaction
  brand: BrandRef
  post: PlannedPost
  report: ImportedPost
  earlier: EarlierImport | null
  caches: ImportCaches
  mine: PostCaches
  wrote: RecordWritten
}

const therapySetKey = (therapies: readonly Id[]) => therapies.map(String).sort().join(',')

/** The post's author: the matched one, one this import made, or a new one; null when the post names none. */
export async function writePostAuthor({ tx, brand, post, report, caches, mine, wrote }: PostDocumentsInput): Promise<Id | null> {
  if (post.authorId !== null || report.author === null) return post.authorId
  const key = nameKey(report.author.name)
  const known = caches.authors.get(key)
  if (known !== undefined) return known
  const slug = caches.slugs.authors.allocate(report.author.name)
  const author = await tx.create('authors', { name: report.author.name, slug, brands: [brand.id] }, { draft: false })
  mine.authors.set(key, author)
  wrote('authors', author)
  return author
}

/** The post's FAQ documents, in order: the earlier import's FAQ with the same question is updated, others are created. */
export async function writePostFaqs({ tx, brand, report, earlier, caches, wrote }: PostDocumentsInput): Promise<Id[]> {
  const earlierFaqs = await earlierQuestions(tx.req, earlier?.faqs ?? [])
  const faqIds: Id[] = []
  const topics = faqTopics(report)
  for (const [index, faq] of report.faqs.entries()) {
    const topic = topics.get(index) ?? `Questions about ${report.title}`
    const match = earlierFaqs.get(nameKey(faq.question))
    if (match !== undefined) {
      earlierFaqs.delete(nameKey(faq.question))
      await tx.update('faqs', match.id, faqData(faq, { brand, slug: match.slug, topic }), { draft: true })
      faqIds.push(match.id)
      wrote('faqs', match.id)
    } else {
      const slug = caches.slugs.faqs.allocate(faq.question)
      const id = await tx.create('faqs', faqData(faq, { brand, slug, topic }), { draft: true })
      faqIds.push(id)
      wrote('faqs', id)
    }
  }
  if (earlierFaqs.size > 0) {
    report.warnings.push(`${earlierFaqs.size} FAQ${earlierFaqs.size === 1 ? '' : 's'} of the earlier import of this post ${earlierFaqs.size === 1 ? 'is' : 'are'} no longer in it and ${earlierFaqs.size === 1 ? 'was' : 'were'} left as ${earlierFaqs.size === 1 ? 'it is' : 'they are'}; delete ${earlierFaqs.size === 1 ? 'it' : 'them'} if unused.`)
  }
  return faqIds
}

/**
 * The post's comparisons: the one the earlier import of this post made is updated, another of
 * the same therapies is reused, or a new draft is made. Returns every comparison the body embeds
 * (`embedded`) and those this post made or updated (`made`, for its import record).
 */
export async function writePostComparisons({ tx, brand, post, report, earlier, caches, mine, wrote }: PostDocumentsInput): Promise<{ embedded: Id[]; made: Id[] }> {
  const ownComparisons = new Set((earlier?.comparisons ?? []).map(String))
  const embedded: Id[] = []
  const made: Id[] = []
  for (const [index, comparison] of report.comparisons.entries()) {
    const planned = post.comparisons[index]
    if (planned === undefined) throw new Error(`comparison ${index} of the post was not planned`)
    const key = therapySetKey(planned.therapies)
    const data = comparisonData(comparison, planned, { brand, slug: null, intro: report.excerpt })
    if (planned.existing !== null && ownComparisons.has(String(planned.existing))) {
      await tx.update('comparisons', planned.existing, data, { draft: true })
      embedded.push(planned.existing)
      made.push(planned.existing)
      wrote('comparisons', planned.existing)
    } else if (planned.existing !== null) {
      embedded.push(planned.existing)
    } else {
      const reused = caches.comparisons.get(key) ?? mine.comparisons.get(key)
      if (reused !== undefined) {
        embedded.push(reused)
      } else {
        const slug = caches.slugs.comparisons.allocate(String(data.title))
        const id = await tx.create('comparisons', { ...data, slug }, { draft: true })
        mine.comparisons.set(key, id)
        embedded.push(id)
        made.push(id)
        wrote('comparisons', id)
        if (comparison.rows.length === 0) report.warnings.push(`The comparison "${String(data.title)}" has no attribute rows yet; add them before publishing it.`)
        if (comparison.combination !== null) report.warnings.push(`Check whether "${String(data.title)}" should say the therapies can be combined (left unticked).`)
      }
    }
  }
  return { embedded, made }
}

/** The earlier import's FAQs of a post that still exist, by question. */
async function earlierQuestions(req: PayloadRequest, ids: readonly Id[]): Promise<Map<string, { id: Id; slug: string }>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({ collection: 'faqs', where: { id: { in: [...ids] } }, depth: 0, pagination: false, draft: true, overrideAccess: true, select: { question: true, slug: true }, req })
  return new Map(docs.map((doc) => [nameKey(String(doc.question ?? '')), { id: doc.id, slug: String(doc.slug ?? '') }]))
}

/** The topic of each FAQ: the title of the FAQ block it is in, when it has one. */
function faqTopics(post: ImportedPost): Map<number, string> {
  const topics = new Map<number, string>()
  for (const node of post.body) {
    if (node.type !== 'faqGroup' || !node.title?.trim()) continue
    for (const index of node.faqs) topics.set(index, node.title.trim())
  }
  return topics
}
