import { COBBLESTONE, MESQUITE, WRENFIELD } from '../seed/data/brands'
import { PRIYA, RENATA_PROVIDER, WEN_LI } from '../seed/data/providers'
import type { SeedRun } from '../seed/seedRun'
import type { SeedBrand } from '../seed/types'

/** The demo's clinical reviewer of a brand: `reviewer@<brand slug>.example`, like its editor. */
export const demoReviewerEmail = (brandSlug: string) => `reviewer@${brandSlug}.example`

/** Which provider each demo brand's reviewer is. */
const REVIEWER_PROVIDER: Readonly<Record<string, string>> = { [MESQUITE]: RENATA_PROVIDER, [WRENFIELD]: PRIYA, [COBBLESTONE]: WEN_LI }

/** The demo brand that publishes health pages only after a clinical review: the spine practice. */
export const DEMO_REVIEW_REQUIRED = COBBLESTONE

/**
 * One clinical reviewer per demo brand, linked to one of its providers, with `password`; and
 * clinical review required by {@link DEMO_REVIEW_REQUIRED}, switched on when its reviewer is
 * created (so a later run never switches back on what a brand admin switched off).
 */
export async function seedReviewers(run: SeedRun, brands: readonly SeedBrand[], password: string): Promise<void> {
  for (const brand of brands) {
    const brandId = run.idOf('brands', brand.slug)
    const providerSlug = REVIEWER_PROVIDER[brand.slug]
    const providerId = providerSlug === undefined ? undefined : run.idOf('providers', providerSlug)
    if (brandId === undefined || providerId === undefined) continue
    const email = demoReviewerEmail(brand.slug)
    const id = await run.ensure(
      'users',
      { email: { equals: email } },
      async () => {
        const provider = await run.payload.findByID({ collection: 'providers', id: providerId, depth: 0, draft: true, overrideAccess: true })
        return { email, password, name: provider.name, role: 'clinical-reviewer', brands: [brandId], provider: providerId }
      },
      null,
    )
    if (brand.slug === DEMO_REVIEW_REQUIRED && run.createdNow('users', id)) {
      await run.payload.update({ collection: 'brands', id: brandId, data: { clinicalReview: { required: true } }, depth: 0, overrideAccess: true, context: { disableRebuild: true } })
    }
  }
}
