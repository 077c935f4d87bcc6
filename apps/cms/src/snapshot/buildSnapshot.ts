import { type BrandSnapshot, SNAPSHOT_SCHEMA_VERSION, BrandSnapshotSchema, SnapshotValidationError, describeSnapshotProblems } from '@clinic/schema'
import type { Payload } from 'payload'
import { snapshotRedirects } from '../redirects/snapshotRedirects'
import { type DraftDocument, loadBrandContent } from './load'
import { mapArticle } from './map/articles'
import { mapAuthor } from './map/authors'
import { mapBrand } from './map/brand'
import { DEFAULT_TIMEZONE } from '../admin/timezones'
import { mapClinic, todayIn } from './map/clinics'
import { mapComparison } from './map/comparisons'
import { mapCondition } from './map/conditions'
import { createMapContext } from './map/context'
import { mapFaq } from './map/faqs'
import { mapProvider } from './map/providers'
import { conditionsByTherapy, mapTherapy } from './map/therapies'

export { BrandNotFoundError, type DraftDocument } from './load'

export interface BuildSnapshotOptions {
  /** Origin media URLs are made absolute on. */
  serverUrl: string
  now?: Date
  /**
   * A draft preview: this document (read with `draft: true`, depth 0) stands in for its
   * published version, or is added when it has none. Never used for a site build.
   */
  draft?: DraftDocument
}

/**
 * Reads one brand's published content through the Local API and returns it as a validated
 * {@link BrandSnapshot}. Only published documents linked to the brand are included, and
 * references to anything else (drafts, other brands) are dropped. Throws
 * {@link BrandNotFoundError} for an unknown or unpublished brand and
 * {@link SnapshotValidationError} naming brand, collection, document id and field otherwise.
 */
export async function buildBrandSnapshot(payload: Payload, brandSlug: string, options: BuildSnapshotOptions): Promise<BrandSnapshot> {
  const content = await loadBrandContent(payload, brandSlug, options.draft)
  const { brand, clinics, providers, therapies, conditions, authors, faqs, articles, comparisons } = content
  const ctx = await createMapContext(payload, brandSlug, content, options.serverUrl)
  const therapyConditions = conditionsByTherapy(conditions, ctx)

  // Old addresses leading to this snapshot's pages; a draft preview renders one page and needs none.
  const redirects = options.draft ? [] : await snapshotRedirects(payload, { id: brand.id, slug: brandSlug }, { articles, comparisons, therapies, conditions, clinics, providers })

  const now = options.now ?? new Date()
  // Special hours are kept until their last day is over on the clinics' clocks.
  const today = todayIn(brand.timeZone ?? DEFAULT_TIMEZONE, now)

  // Mapped in the snapshot's order, so that left-out images are logged and problems listed in it.
  const snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    brand: mapBrand(brand, ctx, options.serverUrl),
    clinics: clinics.map((clinic) => mapClinic(clinic, ctx, { today })),
    providers: providers.map((provider) => mapProvider(provider, ctx)),
    therapies: therapies.map((therapy) => mapTherapy(therapy, ctx, therapyConditions)),
    conditions: conditions.map((condition) => mapCondition(condition, ctx)),
    authors: authors.map((author) => mapAuthor(author, ctx)),
    faqs: faqs.map((faq) => mapFaq(faq, ctx)),
    articles: articles.map((article) => mapArticle(article, ctx)),
    comparisons: comparisons.map((comparison) => mapComparison(comparison, ctx)),
    redirects,
  }

  const result = BrandSnapshotSchema.safeParse(snapshot)
  const problems = [...ctx.problems, ...(result.success ? [] : describeSnapshotProblems(result.error, snapshot, brandSlug))]
  if (!result.success || problems.length > 0) throw new SnapshotValidationError(brandSlug, problems)
  return result.data
}
