import type { Payload } from 'payload'
import { SeedRun } from './seedRun'
import { seedArticles, seedAuthors, seedBrands, seedClinics, seedComparisons, seedConditions, seedFaqs, seedProviders, seedReviews, seedTherapies } from './steps'
import type { SeedBrand, SeedNetwork } from './types'
import { seedReviewers } from '../review/seedReviewers'

export interface SeedOptions {
  admin: { email: string; password: string }
  /** Also create one editor per brand, `editor@<brand slug>.example`, with this password (the demo does). */
  editors?: { password: string }
  /** Also create one clinical reviewer per brand, `reviewer@<brand slug>.example`, linked to a provider, and require review in one brand (src/review/seedReviewers.ts). */
  reviewers?: { password: string }
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void
}

/** The demo editor of a brand: works for that brand only. */
export const demoEditorEmail = (brandSlug: string) => `editor@${brandSlug}.example`

export interface SeedResult {
  /** Documents created by this run, per collection (0 everywhere on a second run). */
  created: Record<string, number>
  /** Documents that already existed and were left as they were. */
  existing: Record<string, number>
  /** Images from an earlier run that had no brands and were given the brands that use them (none on a second run). */
  scoped: Record<string, number>
}

/** One editor per brand of the network, for that brand only. */
async function seedEditors(run: SeedRun, brands: readonly SeedBrand[], password: string): Promise<void> {
  for (const brand of brands) {
    const brandId = run.idOf('brands', brand.slug)
    if (brandId === undefined) continue
    const email = demoEditorEmail(brand.slug)
    await run.ensure('users', { email: { equals: email } }, async () => ({ email, password, name: `${brand.name} editor`, role: 'editor', brands: [brandId] }), null)
  }
}

/** The network admin. */
async function seedAdmin(run: SeedRun, admin: SeedOptions['admin']): Promise<void> {
  await run.ensure(
    'users',
    { email: { equals: admin.email } },
    async () => ({ email: admin.email, password: admin.password, name: 'Demo network admin', role: 'admin' }),
    null,
  )
}

/**
 * Creates the demo network through the Local API: whatever is missing is created, whatever
 * exists (matched by slug, file name or email) is left alone, so running it again changes
 * nothing and never overwrites an editor's work.
 */
export async function seedNetwork(payload: Payload, network: SeedNetwork, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {})
  const run = new SeedRun(payload, network)
  log('brands')
  await seedBrands(run, network.brands)
  log('image brands')
  await run.scopeImages()
  log('therapies')
  await seedTherapies(run, network.therapies)
  log('conditions')
  await seedConditions(run, network.conditions)
  log('faqs')
  await seedFaqs(run, network.faqs)
  log('comparisons')
  await seedComparisons(run, network.comparisons)
  log('clinics')
  await seedClinics(run, network.clinics)
  log('providers')
  await seedProviders(run, network.providers)
  log('authors')
  await seedAuthors(run, network.authors)
  log('articles')
  await seedArticles(run, network.articles)
  log('reviews')
  await seedReviews(run, network.reviews, new Set(network.articles.filter((article) => article.status === 'draft').map((article) => article.slug)))
  if (options.editors) {
    log('brand editors')
    await seedEditors(run, network.brands, options.editors.password)
  }
  if (options.reviewers) {
    log('clinical reviewers')
    await seedReviewers(run, network.brands, options.reviewers.password)
  }
  log('admin user')
  await seedAdmin(run, options.admin)
  return { created: run.created, existing: run.existing, scoped: run.scoped }
}
