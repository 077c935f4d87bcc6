import { type ImportedPost, type ImportIssue, type ImportReport, ImportReportSchema } from '@clinic/schema'
import type { Payload, TypedUser } from 'payload'
import { convertBody } from './convert'
import { type BrandRef, type Id, type PlanContext, knownTherapiesOf, loadPlanContext } from './plan/context'
import { type PlannedPost, type PlanState, newPlanState, planPost } from './plan/planPost'
import { readSources } from './read'
import { finishedImportData, importTitle } from './records/importRecord'
import { findClinicStructure } from './structure/findClinicStructure'
import type { ImportLimits, InputFile, SourcePost } from './types'
import { type ImageFetcher, createImageFetcher } from './write/fetchImage'
import type { ImagesFrom } from './write/imageSource'
import { type PostProgress, writeImport } from './write/writeImport'

/** The brand named for an import does not exist. */
export class ImportBrandNotFoundError extends Error {
  constructor(slug: string) {
    super(`There is no brand "${slug}". Check the brand's slug (Brands in the admin).`)
    this.name = 'ImportBrandNotFoundError'
  }
}

export interface RunImportOptions {
  /** The brand's slug. */
  brand: string
  files: InputFile[]
  /** Images to read saved pages' relative image paths from, besides the files and what zips hold (the command line's folders). */
  imageFiles?: InputFile[]
  /** Plan and report only: nothing is written, not even an `imports` record. */
  dryRun: boolean
  overwritePublished: boolean
  /** Who imports (access rules apply to them); null for the command line, which writes as the system. */
  user: TypedUser | null
  limits: ImportLimits
  /** `--images-from`: where the old site's images are now. */
  imagesFrom?: ImagesFrom | null
  /**
   * Whether images may be read from this machine's network and folders: the command line's user
   * runs the CMS anyway; a post uploaded through the API must not make the CMS read its own network.
   */
  trustedImageSources: boolean
  /** Replaces the image reader (tests). */
  imageFetcher?: ImageFetcher
  /** Told about each post as it is planned (dry run) or written. */
  onPost?: (progress: PostProgress) => void
}

export interface RunImportResult {
  report: ImportReport
  /** The `imports` record of a real import; null for a dry run. */
  importId: Id | null
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Imports existing posts into a brand: reads the files (WordPress exports, saved pages, zips of
 * them), converts each post's body, finds its clinic structure, plans it against what the brand
 * has, and (unless `dryRun`) writes it as drafts and keeps an `imports` record with the report.
 * Each post that cannot be read, planned or written gets a line in the report's `errors` naming
 * its source and the reason; the other posts still import. The caller checks that `user` may
 * import into the brand.
 */
export async function runImport(payload: Payload, options: RunImportOptions): Promise<RunImportResult> {
  const startedAt = new Date().toISOString()
  const brand = await importBrand(payload, options.brand)
  const sources = options.files.map((file) => file.name)

  const importId = options.dryRun ? null : await openImportRecord(payload, brand, { startedAt, sources, user: options.user, overwritePublished: options.overwritePublished })

  try {
    const read = readSources(options.files, options.limits)
    const skipped: ImportIssue[] = [...read.skipped]
    const errors: ImportIssue[] = [...read.errors]
    const context = await loadPlanContext(payload, brand)
    const state = newPlanState(context)
    const therapies = knownTherapiesOf(context)
    const conditions = context.conditions.map((condition) => condition.name)
    const oldOrigins = [...new Set(read.posts.map((post) => (post.sourceUrl === null ? null : (URL.parse(post.sourceUrl)?.origin ?? null))).filter((origin): origin is string => origin !== null && origin !== 'null'))]

    let done = 0
    const tell = (progress: Omit<PostProgress, 'index' | 'total'>) => options.onPost?.({ ...progress, index: ++done, total: read.posts.length })
    // readSources keeps to limits.maxPosts and reports the rest.
    const planned = planPosts(read.posts, { context, state, therapies, conditions, oldOrigins, skipped, errors }, options, tell)

    let documents: ImportedPost[]
    if (options.dryRun) {
      documents = planned.map((post) => post.report)
    } else {
      const imageFetcher =
        options.imageFetcher ??
        createImageFetcher({ limits: options.limits, imagesFrom: options.imagesFrom ?? null, oldOrigins, files: [...options.files, ...(options.imageFiles ?? []), ...(read.unpacked ?? [])], trusted: options.trustedImageSources })
      const written = await writeImport(
        payload,
        { posts: planned, earlier: context.earlier.values() },
        { brand, user: options.user, overwritePublished: options.overwritePublished, limits: options.limits, imageFetcher, importId, onPost: ({ index: _index, total: _total, ...progress }) => tell(progress) },
      )
      documents = written.documents
      errors.push(...written.errors)
    }

    const report = ImportReportSchema.parse({ brand: brand.slug, dryRun: options.dryRun, startedAt, finishedAt: new Date().toISOString(), sources, documents, skipped, errors } satisfies ImportReport)
    if (importId !== null) {
      const toId = (id: string): Id => (payload.db.defaultIDType === 'number' ? Number(id) : id)
      await payload.update({ collection: 'imports', id: importId, data: finishedImportData(report, brand.name, toId), depth: 0, overrideAccess: true })
    }
    return { report, importId }
  } catch (error) {
    if (importId !== null) {
      await payload
        .update({ collection: 'imports', id: importId, data: { status: 'failed', finishedAt: new Date().toISOString(), summary: `The import stopped: ${message(error)}` }, depth: 0, overrideAccess: true })
        .catch((updateError: unknown) => payload.logger.error({ err: updateError }, `Could not mark import ${String(importId)} as failed`))
    }
    throw error
  }
}

/** The brand an import goes into, by slug (drafts too). */
async function importBrand(payload: Payload, slug: string): Promise<BrandRef> {
  const found = await payload.find({ collection: 'brands', where: { slug: { equals: slug } }, depth: 0, limit: 1, pagination: false, draft: true, overrideAccess: true })
  const brandDoc = found.docs[0]
  if (brandDoc === undefined) throw new ImportBrandNotFoundError(slug)
  return { id: brandDoc.id, slug: brandDoc.slug, name: brandDoc.name }
}

/** Creates the `imports` record of a real import, `running`, with an empty report; returns its id. */
async function openImportRecord(
  payload: Payload,
  brand: BrandRef,
  { startedAt, sources, user, overwritePublished }: { startedAt: string; sources: string[]; user: TypedUser | null; overwritePublished: boolean },
): Promise<Id> {
  const initial: ImportReport = { brand: brand.slug, dryRun: false, startedAt, finishedAt: startedAt, sources, documents: [], skipped: [], errors: [] }
  const record = await payload.create({
    collection: 'imports',
    data: {
      title: importTitle(brand.name, initial),
      brand: brand.id,
      importedBy: user?.id ?? null,
      status: 'running',
      startedAt,
      sources,
      overwritePublished,
      report: initial,
      // Ids are numbers on SQLite and strings on MongoDB; the generated types know only the first.
    } as never,
    depth: 0,
    overrideAccess: true,
  })
  return record.id
}

/** What planning the posts of an import works with, and where it reports posts left out or failed. */
interface PlanPostsInput {
  context: PlanContext
  state: PlanState
  therapies: ReturnType<typeof knownTherapiesOf>
  conditions: string[]
  oldOrigins: string[]
  skipped: ImportIssue[]
  errors: ImportIssue[]
}

/**
 * Converts, structures and plans each post; those that fail or are left out go to `errors` and
 * `skipped`, each told through `tell` (a dry run also tells the planned ones, which a real import
 * tells once written).
 */
function planPosts(posts: SourcePost[], { context, state, therapies, conditions, oldOrigins, skipped, errors }: PlanPostsInput, options: RunImportOptions, tell: (progress: Omit<PostProgress, 'index' | 'total'>) => void): PlannedPost[] {
  const planned: PlannedPost[] = []
  for (const source of posts) {
    const title = source.title ?? '(no title)'
    try {
      const converted = convertBody(source.html, { oldOrigins, pageUrl: source.sourceUrl, title: source.title })
      const structure = findClinicStructure({ body: converted.body, title: source.title ?? '', jsonLd: source.jsonLd, therapies, conditions, oldOrigins })
      const outcome = planPost({ source, converted, structure }, context, state, { overwritePublished: options.overwritePublished })
      if ('error' in outcome) {
        errors.push(outcome.error)
        tell({ source: source.source, title, status: 'failed', warnings: 0, reason: outcome.error.reason })
      } else if ('skipped' in outcome) {
        skipped.push(outcome.skipped)
        tell({ source: source.source, title, status: 'skipped', warnings: 0, reason: outcome.skipped.reason })
      } else {
        planned.push(outcome.post)
        const { report } = outcome.post
        if (options.dryRun) tell({ source: report.source, title: report.title, status: report.status, warnings: report.warnings.length })
      }
    } catch (error) {
      const reason = `The post could not be converted: ${message(error)}`
      errors.push({ source: source.source, reason })
      tell({ source: source.source, title, status: 'failed', warnings: 0, reason })
    }
  }
  return planned
}
