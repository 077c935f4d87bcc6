import type { ImportedPost, ImportIssue, ImportWritten } from '@clinic/schema'
import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'
import { DISABLE_REBUILD } from '../../rebuild'
import { livePageAt } from '../../redirects/livePage'
import { saveRedirect } from '../../redirects/saveRedirect'
import { readTarget } from '../../redirects/target'
import { nameKey } from '../plan/aliases'
import type { BrandRef, EarlierImport, Id } from '../plan/context'
import type { PlannedPost } from '../plan/planPost'
import { SlugAllocator } from '../plan/slugs'
import type { ImportLimits } from '../types'
import { type BodyReferences, importBodyToLexical } from './bodyToLexical'
import { articleData, comparisonData, faqData, importedPostData } from './documentData'
import { type ImageFetcher, ImageFetchError } from './fetchImage'
import { OldPostLinks } from './oldPostLinks'
import { PostTransaction } from './postTransaction'

/** The posts to write, as planned, and what earlier imports into the brand wrote. */
export interface ImportPlan {
  posts: PlannedPost[]
  earlier: Iterable<EarlierImport>
}

/** What happened to one post, as it happens. */
export interface PostProgress {
  /** 1-based position among the posts. */
  index: number
  total: number
  source: string
  title: string
  status: ImportedPost['status'] | 'failed'
  warnings: number
  /** Why it failed. */
  reason?: string
}

export interface WriteImportOptions {
  brand: BrandRef
  /** Who imports: access rules apply to them. Null for the command line, which writes as the system. */
  user: TypedUser | null
  overwritePublished: boolean
  limits: ImportLimits
  imageFetcher: ImageFetcher
  /** The `imports` record of this import, linked from each post's record. */
  importId?: Id | null
  onPost?: (progress: PostProgress) => void
}

export interface WriteResult {
  /** Each post written or left alone, with what was written in `written`. */
  documents: ImportedPost[]
  /** Posts that failed; nothing of them was left in the database. */
  errors: ImportIssue[]
}

/** What the import has made so far and may reuse: only what committed posts made. */
interface ImportCaches {
  media: Map<string, Id>
  authors: Map<string, Id>
  comparisons: Map<string, Id>
  links: OldPostLinks
  slugs: { faqs: SlugAllocator; comparisons: SlugAllocator; authors: SlugAllocator }
}

/** What a written post's body was made from, to make it again once later posts have their articles. */
interface WrittenBody {
  post: PlannedPost
  article: Id
  refs: Omit<BodyReferences, 'article'>
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
const therapySetKey = (therapies: readonly Id[]) => therapies.map(String).sort().join(',')

/**
 * Writes an import's planned posts as drafts (never publishing anything): for each post its
 * images (uploaded once per source and import), its author when new, its FAQ documents, its
 * comparisons (new drafts, or existing ones of the same therapies), its article with the body
 * in the editor's rich text, the redirect from its old address, and the record that lets a
 * later import of the same post update these drafts. A post whose earlier drafts an editor has
 * published since is left alone (its plan says `skipped`) unless `overwritePublished`.
 *
 * Each post is written together or not at all (see PostTransaction): a failure undoes that
 * post's writes, uploads included, and is reported in `errors`; the other posts still import.
 * Links between posts of the import become internal links, also to posts written after the
 * linking one (their bodies are written again at the end).
 */
export async function writeImport(payload: Payload, plan: ImportPlan, options: WriteImportOptions): Promise<WriteResult> {
  const { brand } = options
  const caches: ImportCaches = {
    media: new Map(),
    authors: new Map(),
    comparisons: new Map(),
    links: new OldPostLinks(),
    slugs: {
      faqs: new SlugAllocator(await brandSlugs(payload, 'faqs', brand.id)),
      comparisons: new SlugAllocator(await brandSlugs(payload, 'comparisons', brand.id)),
      authors: new SlugAllocator(await brandSlugs(payload, 'authors', brand.id)),
    },
  }
  for (const earlier of plan.earlier) {
    if (earlier.article !== null) caches.links.add([earlier.sourceUrl, earlier.key], earlier.article)
  }
  for (const post of plan.posts) {
    if (post.report.status !== 'skipped') caches.links.expect([post.report.sourceUrl, post.key])
  }

  const documents: ImportedPost[] = []
  const errors: ImportIssue[] = []
  const rewrite: WrittenBody[] = []
  const total = plan.posts.length
  for (const [position, post] of plan.posts.entries()) {
    const index = position + 1
    if (post.report.status === 'skipped') {
      documents.push(post.report)
      options.onPost?.({ index, total, source: post.report.source, title: post.report.title, status: 'skipped', warnings: post.report.warnings.length })
      continue
    }
    try {
      const written = await writePost(payload, post, options, caches)
      documents.push(written.report)
      if (written.needsRewrite) rewrite.push(written.body)
      options.onPost?.({ index, total, source: post.report.source, title: post.report.title, status: post.report.status, warnings: written.report.warnings.length })
    } catch (error) {
      caches.links.forget([post.report.sourceUrl, post.key])
      const reason = `Nothing of this post was written: ${message(error)}`
      errors.push({ source: post.report.source, reason })
      options.onPost?.({ index, total, source: post.report.source, title: post.report.title, status: 'failed', warnings: post.report.warnings.length, reason })
    }
  }

  // Links to posts written after the linking one: now that every article exists, write those bodies again.
  for (const entry of rewrite) {
    const document = documents.find((each) => each.source === entry.post.report.source)
    try {
      const tx = await PostTransaction.open(payload, options.user)
      await tx.begin()
      try {
        const body = importBodyToLexical(entry.post.report.body, entry.post.report.images, { ...entry.refs, article: (href) => caches.links.article(href) })
        await tx.update('articles', entry.article, { body }, { draft: true })
        await tx.commit()
      } catch (error) {
        await tx.rollback()
        throw error
      }
    } catch (error) {
      document?.warnings.push(`Links to posts imported after this one could not be made internal (${message(error)}); they still lead to the old site.`)
    }
  }
  return { documents, errors }
}

/** Slugs of a collection's documents of the brand (drafts too). */
async function brandSlugs(payload: Payload, collection: 'faqs' | 'comparisons' | 'authors', brand: Id): Promise<string[]> {
  const { docs } = await payload.find({
    collection,
    where: { brands: { in: [brand] } },
    depth: 0,
    pagination: false,
    draft: collection !== 'authors',
    overrideAccess: true,
    select: { slug: true },
  })
  return docs.map((doc) => (doc as { slug?: unknown }).slug).filter((slug): slug is string => typeof slug === 'string')
}

/** Ids among `ids` of documents of `collection` that still exist. */
async function existing(req: PayloadRequest, collection: CollectionSlug, ids: readonly Id[], draft: boolean): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { docs } = await req.payload.find({ collection, where: { id: { in: [...ids] } }, depth: 0, pagination: false, draft, overrideAccess: true, select: {}, req })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** Writes one post; throws (after undoing its writes) when any of them fails. */
async function writePost(
  payload: Payload,
  post: PlannedPost,
  options: WriteImportOptions,
  caches: ImportCaches,
): Promise<{ report: ImportedPost; needsRewrite: boolean; body: WrittenBody }> {
  const { brand } = options
  const report: ImportedPost = { ...post.report, warnings: [...post.report.warnings], written: [] }
  const written: ImportWritten[] = []
  const wrote = (collection: ImportWritten['collection'], id: Id) => written.push({ collection, id: String(id) })
  const earlier = post.earlier
  const tx = await PostTransaction.open(payload, options.user)
  /** Caches filled by this post, kept only once it commits. */
  const mine = { media: new Map<string, Id>(), authors: new Map<string, Id>(), comparisons: new Map<string, Id>() }

  try {
    // 1. Images, outside the transaction: an earlier import's upload of the same source, one of
    // this import, or a new upload. An image that cannot be read is a warning, not a failure.
    const earlierMedia = new Map((earlier?.media ?? []).map((entry) => [entry.src, entry.id]))
    const stillThere = await existing(tx.req, 'media', [...earlierMedia.values()], false)
    const mediaIds: (Id | null)[] = []
    for (const [index, image] of report.images.entries()) {
      const fromEarlier = earlierMedia.get(image.src)
      const reused = mine.media.get(image.src) ?? caches.media.get(image.src) ?? (fromEarlier !== undefined && stillThere.has(String(fromEarlier)) ? fromEarlier : undefined)
      if (reused !== undefined) {
        mediaIds[index] = reused
        mine.media.set(image.src, reused)
        continue
      }
      try {
        const fetched = await options.imageFetcher.fetch(image.src, report.source)
        const sameFile = mine.media.get(fetched.location) ?? caches.media.get(fetched.location)
        const id =
          sameFile ??
          (await tx.createMedia(
            { alt: image.alt.trim() || image.caption.trim() || `Image from “${report.title}”`, brands: [brand.id] },
            { data: fetched.bytes, mimetype: fetched.mimeType, name: fetched.filename, size: fetched.bytes.length },
          ))
        if (sameFile === undefined) wrote('media', id)
        mediaIds[index] = id
        mine.media.set(image.src, id)
        mine.media.set(fetched.location, id)
      } catch (error) {
        if (!(error instanceof ImageFetchError)) throw error
        mediaIds[index] = null
        report.warnings.push(`The ${image.role === 'hero' ? 'hero image' : 'image'} was not imported: ${error.message}`)
      }
    }

    // 2. The documents, in one transaction.
    await tx.begin()

    // Author: the matched one, one this import made, or a new one.
    let author: Id | null = post.authorId
    if (author === null && report.author !== null) {
      const key = nameKey(report.author.name)
      author = caches.authors.get(key) ?? null
      if (author === null) {
        const slug = caches.slugs.authors.allocate(report.author.name)
        author = await tx.create('authors', { name: report.author.name, slug, brands: [brand.id] }, { draft: false })
        mine.authors.set(key, author)
        wrote('authors', author)
      }
    }

    // FAQs: the earlier import's FAQ with the same question is updated, others are created.
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

    // Comparisons: update the one the earlier import of this post made, reuse another of the same
    // therapies, or make a new draft.
    const ownComparisons = new Set((earlier?.comparisons ?? []).map(String))
    const comparisonIds: Id[] = []
    const madeComparisons: Id[] = []
    for (const [index, comparison] of report.comparisons.entries()) {
      const planned = post.comparisons[index]
      if (planned === undefined) throw new Error(`comparison ${index} of the post was not planned`)
      const key = therapySetKey(planned.therapies)
      const data = comparisonData(comparison, planned, { brand, slug: null, intro: report.excerpt })
      if (planned.existing !== null && ownComparisons.has(String(planned.existing))) {
        await tx.update('comparisons', planned.existing, data, { draft: true })
        comparisonIds.push(planned.existing)
        madeComparisons.push(planned.existing)
        wrote('comparisons', planned.existing)
      } else if (planned.existing !== null) {
        comparisonIds.push(planned.existing)
      } else {
        const reused = caches.comparisons.get(key) ?? mine.comparisons.get(key)
        if (reused !== undefined) {
          comparisonIds.push(reused)
        } else {
          const slug = caches.slugs.comparisons.allocate(String(data.title))
            const id = await tx.create('comparisons', { ...data, slug }, { draft: true })
          mine.comparisons.set(key, id)
          comparisonIds.push(id)
          madeComparisons.push(id)
          wrote('comparisons', id)
          if (comparison.rows.length === 0) report.warnings.push(`The comparison "${String(data.title)}" has no attribute rows yet; add them before publishing it.`)
          if (comparison.combination !== null) report.warnings.push(`Check whether "${String(data.title)}" should say the therapies can be combined (left unticked).`)
        }
      }
    }

    // The article.
    let needsRewrite = false
    const refs: Omit<BodyReferences, 'article'> = {
      image: (index) => mediaIds[index] ?? null,
      faq: (index) => faqIds[index] ?? null,
      comparison: (index) => comparisonIds[index] ?? null,
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
    const data = articleData(report, { brand, author, heroImage: heroIndex < 0 ? null : (mediaIds[heroIndex] ?? null), body, relatedTherapies: post.relatedTherapies, seo: post.seo })
    let article: Id
    if (earlier?.article != null) {
      article = earlier.article
      await tx.update('articles', article, data, { draft: true })
    } else {
      article = await tx.create('articles', data, { draft: true })
    }
    wrote('articles', article)

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
    const record = importedPostData({ brand, key: post.key, sourceUrl: report.sourceUrl, article, faqs: faqIds, comparisons: madeComparisons, media, importId: options.importId ?? null })
    if (earlier !== null) await tx.update('imported-posts', earlier.id, record, { draft: false, system: true })
    else await tx.create('imported-posts', record, { draft: false, system: true })

    await tx.commit()
    for (const [key, id] of mine.media) caches.media.set(key, id)
    for (const [key, id] of mine.authors) caches.authors.set(key, id)
    for (const [key, id] of mine.comparisons) caches.comparisons.set(key, id)
    caches.links.add([report.sourceUrl, post.key], article)
    report.written = written
    return { report, needsRewrite, body: { post: { ...post, report }, article, refs } }
  } catch (error) {
    try {
      await tx.rollback()
    } catch (undoError) {
      throw new Error(`${message(error)} ${message(undoError)}`, { cause: undoError })
    }
    throw error
  }
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

/**
 * Makes the old path lead to the article, unless the brand's site uses the path already (a fixed
 * page, a published page, a redirect somewhere else): then a warning says so and nothing is
 * written, since one refused write would undo the whole post.
 */
async function writeRedirect(tx: PostTransaction, brand: BrandRef, from: string, target: { id: Id; live: boolean }, warnings: string[]): Promise<Id | null> {
  const { req } = tx
  const article = target.id
  const live = await livePageAt(req, brand.id, from)
  if (live?.kind === 'fixed') {
    warnings.push(`The old address ${from} is a page every brand site has; no redirect was made.`)
    return null
  }
  if (live?.kind === 'document') {
    warnings.push(`The old address ${from} is the live page of "${live.title}"; no redirect was made.`)
    return null
  }
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ brand: { equals: brand.id } }, { from: { equals: from } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const current = docs[0]
  if (current !== undefined) {
    const target = readTarget(current.to)
    const here = target?.type === 'reference' && target.reference.relationTo === 'articles' && String(target.reference.value) === String(article)
    if (!here) warnings.push(`The old address ${from} already has a redirect (${String(current.id)}) to somewhere else; it was left as it is.`)
    return here ? current.id : null
  }
  // A redirect to an article that is not live is left out of the brand's snapshot, so saving it
  // changes no site: no rebuild (an import would otherwise queue one per post). Publishing the
  // article rebuilds the site, redirect included.
  const rebuildBefore = req.context[DISABLE_REBUILD]
  if (!target.live) req.context[DISABLE_REBUILD] = true
  let saved: { id: Id; created: boolean }
  try {
    saved = await saveRedirect(
      req,
      { brand: brand.id, from, to: { type: 'reference', reference: { relationTo: 'articles', value: article } }, origin: 'import' },
      { overrideAccess: req.user === null || req.user === undefined },
    )
  } finally {
    req.context[DISABLE_REBUILD] = rebuildBefore
  }
  if (saved.created) tx.rememberCreated('redirects', saved.id)
  return saved.id
}
