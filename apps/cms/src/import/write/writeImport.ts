import type { ImportedPost, ImportIssue } from '@clinic/schema'
import type { Payload, TypedUser } from 'payload'
import type { BrandRef, EarlierImport, Id } from '../plan/context'
import type { PlannedPost } from '../plan/planPost'
import type { ImportLimits } from '../types'
import { importBodyToLexical } from './bodyToLexical'
import type { ImageFetcher } from './fetchImage'
import { type ImportCaches, openImportCaches } from './importCaches'
import { PostTransaction } from './postTransaction'
import { type WrittenBody, errorMessage as message, writePost } from './writePost'

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
  const caches = await openImportCaches(payload, brand)
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
  for (const entry of rewrite) await rewriteBody(payload, options.user, entry, caches, documents)
  return { documents, errors }
}

/** Writes a post's body again with the links to posts written after it; a failure is a warning on its report. */
async function rewriteBody(payload: Payload, user: TypedUser | null, entry: WrittenBody, caches: ImportCaches, documents: ImportedPost[]): Promise<void> {
  const document = documents.find((each) => each.source === entry.post.report.source)
  try {
    const tx = await PostTransaction.open(payload, user)
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
