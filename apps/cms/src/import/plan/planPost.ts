import { DateTimeSchema, type ImportedPost, ImportedPostSchema, type ImportIssue, type ImportImage } from '@clinic/schema'
import type { ClinicStructure, ConvertedBody, SourcePost } from '../types'
import { findByName, nameKey } from './aliases'
import type { EarlierImport, Id, PlanContext } from './context'
import { takeLeadParagraph } from './leadParagraph'
import { planComparisons } from './planComparisons'
import { redirectFor } from './redirects'
import { SlugAllocator, wantedSlug } from './slugs'

/** A comparison of a post with the ids of what it names, for writing. */
export interface PlannedComparison {
  /** The existing comparison reused (or updated), as the database knows its id; the report has it as a string. */
  existing: Id | null
  therapies: Id[]
  whenToChoose: { therapy: Id; text: string }[]
  conditionGuidance: { condition: Id; guidance: string }[]
}

/** One post, planned: its report entry and what writing it needs. */
export interface PlannedPost {
  key: string
  /** What the report says about the post; `written` is filled in by writing. */
  report: ImportedPost
  /** What an earlier import of the same post wrote, or null. */
  earlier: EarlierImport | null
  /** The existing author the post is credited to, or null (a new author, or none). */
  authorId: Id | null
  /** The comparisons of `report.comparisons`, in the same order, with ids. */
  comparisons: PlannedComparison[]
  /** Therapies the post compares or states facts about. */
  relatedTherapies: Id[]
  /** The search-engine title and description the old site set, when they fit the article's fields. */
  seo: { title: string | null; description: string | null }
}

/** What planning remembers from post to post within one import. */
export interface PlanState {
  articleSlugs: SlugAllocator
  /** Old paths already redirected in this import, and the post that took each. */
  oldPaths: Map<string, string>
  /** Post keys already planned in this import, and their source. */
  keys: Map<string, string>
}

/** A fresh {@link PlanState} for an import into the brand of `context`. */
export function newPlanState(context: PlanContext): PlanState {
  return { articleSlugs: new SlugAllocator(context.articleSlugs.keys()), oldPaths: new Map(), keys: new Map() }
}

export interface PlanInput {
  source: SourcePost
  converted: ConvertedBody
  structure: ClinicStructure
}

export interface PlanOptions {
  /** Update drafts of documents an editor has published since the earlier import. */
  overwritePublished: boolean
}

/** Either the planned post, or why the post is left out (`skipped`) or cannot be imported (`error`). */
export type PlanOutcome = { post: PlannedPost } | { skipped: ImportIssue } | { error: ImportIssue }

const LABELS = { articles: 'the article', faqs: 'an FAQ', comparisons: 'a comparison' } as const

const unique = <T>(values: T[]): T[] => [...new Set(values)]

/**
 * Plans one post of an import: its slug (unique in the brand, also among the posts planned
 * before it), whether it is new, an update of an earlier import or left alone, its author,
 * excerpt, comparisons (with an existing one of the same therapies), redirect and warnings.
 * Reads nothing: `context` holds what the database had when the import started, and `state`
 * what the posts before this one took.
 */
export function planPost({ source, converted, structure }: PlanInput, context: PlanContext, state: PlanState, options: PlanOptions): PlanOutcome {
  const title = source.title?.replace(/\s+/g, ' ').trim() ?? ''
  if (title === '') {
    return { error: { source: source.source, reason: 'The post has no title (no h1, og:title or WordPress title was found). Give it a title and import it again.' } }
  }
  const firstWithKey = state.keys.get(source.key)
  if (firstWithKey !== undefined) {
    return { skipped: { source: source.source, reason: `The same post appears twice in this import (first as ${firstWithKey}); only the first one was imported.` } }
  }
  state.keys.set(source.key, source.source)

  const warnings: string[] = [...source.warnings, ...converted.warnings, ...structure.warnings]
  const earlier = context.earlier.get(source.key) ?? null

  const { status, slug } = planStatusAndSlug(source, title, earlier, state, options, warnings)

  const { excerpt, body } = planExcerpt(source, structure, warnings)

  // Author: an existing author of the brand by name (case and spacing aside), else a new one.
  const authorName = source.author?.replace(/\s+/g, ' ').trim() ?? ''
  const existingAuthor = authorName === '' ? undefined : context.authors.find((author) => nameKey(author.name) === nameKey(authorName))
  const author: ImportedPost['author'] = authorName === '' ? null : { name: existingAuthor?.name ?? authorName, match: existingAuthor ? 'existing' : 'new' }
  if (authorName === '') warnings.push('No author was found; choose one before publishing if the brand credits authors.')

  // Dates.
  let publishedAt: string | null = null
  if (source.publishedAt !== null) {
    if (DateTimeSchema.safeParse(source.publishedAt).success) publishedAt = source.publishedAt
    else warnings.push(`The publish date "${source.publishedAt}" could not be read; set it before publishing.`)
  }

  const plannedComparisons = planComparisons(structure, context, earlier, warnings)
  if ('error' in plannedComparisons) return { error: { source: source.source, reason: plannedComparisons.error } }
  const { comparisons, planned } = plannedComparisons

  const redirects = planRedirects(source, slug, state, warnings)

  const images: ImportImage[] = [...converted.images, ...(source.heroImage ? [{ ...source.heroImage, role: 'hero' as const }] : [])]
  const relatedTherapies = unique(
    [...planned.flatMap((comparison) => comparison.therapies), ...structure.therapyFacts.map((fact) => findByName(context.therapies, fact.therapy)?.id ?? null)].filter(
      (id): id is Id => id !== null,
    ),
  )

  const report: ImportedPost = {
    source: source.source,
    sourceUrl: source.sourceUrl,
    status,
    title,
    subtitle: source.subtitle?.trim() || null,
    slug,
    publishedAt,
    author,
    categories: uniqueText(source.categories),
    excerpt,
    body,
    faqs: structure.faqs,
    comparisons,
    images,
    therapyFacts: structure.therapyFacts,
    redirects,
    warnings: unique(warnings.map((warning) => warning.trim()).filter(Boolean)),
    written: [],
  }
  const valid = ImportedPostSchema.safeParse(report)
  if (!valid.success) {
    const issue = valid.error.issues[0]
    return { error: { source: source.source, reason: `The post could not be turned into a draft: ${issue?.path.join('.') || 'post'} ${issue?.message ?? 'is invalid'}.` } }
  }
  // Longer ones would stop the article from being published (seo.title ≤ 70, seo.description ≤ 160): then the title and excerpt serve.
  const seo = { title: fits(source.seo?.title, 70), description: fits(source.seo?.description, 160) }
  return { post: { key: source.key, report: valid.data, earlier, authorId: existingAuthor?.id ?? null, comparisons: planned, relatedTherapies, seo } }
}

/** `text` trimmed when it has words and at most `max` characters, else null. */
function fits(text: string | null | undefined, max: number): string | null {
  const value = text?.replace(/\s+/g, ' ').trim() ?? ''
  return value !== '' && value.length <= max ? value : null
}

/** Categories without blanks and repeats (letter case aside), in their first spelling. */
function uniqueText(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of values) {
    const text = value.replace(/\s+/g, ' ').trim()
    const key = nameKey(text)
    if (text === '' || seen.has(key)) continue
    seen.add(key)
    out.push(text)
  }
  return out
}


/**
 * Whether the post is new, an update of an earlier import, or left alone (its earlier drafts were
 * published since, without `overwritePublished`), and its slug: a post imported before keeps its
 * article and that article's current slug; a new one gets a slug unique in the brand.
 */
function planStatusAndSlug(
  source: SourcePost,
  title: string,
  earlier: EarlierImport | null,
  state: PlanState,
  options: PlanOptions,
  warnings: string[],
): { status: ImportedPost['status']; slug: string } {
  if (earlier?.article != null && earlier.articleSlug) {
    const slug = earlier.articleSlug
    state.articleSlugs.reserve(slug)
    if (earlier.publishedSince.length > 0 && !options.overwritePublished) {
      const what = unique(earlier.publishedSince.map(({ collection }) => LABELS[collection])).join(', ')
      warnings.push(`Left alone: an editor has published ${what} of the earlier import of this post since. Import with "overwrite published" to update the drafts anyway.`)
      return { status: 'skipped', slug }
    }
    if (earlier.publishedSince.length > 0) warnings.push('An editor had published documents of this post since its earlier import; their drafts were updated, and the live pages stay as they are until someone publishes.')
    return { status: 'update', slug }
  }
  const slug = state.articleSlugs.allocate(wantedSlug(source.sourceUrl, title))
  if (earlier !== null) warnings.push('The article of an earlier import of this post was deleted since; a new draft is made.')
  return { status: 'new', slug }
}

/** The excerpt: the source's own, else the lead paragraph, which then leaves the body. */
function planExcerpt(source: SourcePost, structure: ClinicStructure, warnings: string[]): { excerpt: string; body: ClinicStructure['body'] } {
  const excerpt = source.excerpt?.replace(/\s+/g, ' ').trim() ?? ''
  if (excerpt !== '') return { excerpt, body: structure.body }
  const lead = takeLeadParagraph(structure.body)
  if (lead) return { excerpt: lead.lead, body: lead.body }
  warnings.push('No excerpt or lead paragraph was found; write a lead paragraph before publishing.')
  return { excerpt: '', body: structure.body }
}

/** The redirect from the post's old address, once per old path within the import. */
function planRedirects(source: SourcePost, slug: string, state: PlanState, warnings: string[]): ImportedPost['redirects'] {
  const redirect = redirectFor(source.sourceUrl, slug)
  if (!('redirect' in redirect)) {
    if (redirect.warning !== null) warnings.push(redirect.warning)
    return []
  }
  const key = redirect.redirect.from
  const taken = state.oldPaths.get(key)
  if (taken !== undefined) {
    warnings.push(`The old address ${redirect.redirect.from} is also that of ${taken}; only that post redirects from it.`)
    return []
  }
  state.oldPaths.set(key, source.source)
  return [redirect.redirect]
}
