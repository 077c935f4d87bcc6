import { type BenchContext, cmsEnv, log, pnpm } from '../context'
import { lastJsonLine } from '../process'
import { round } from '../measure'

interface SeedSummary {
  documents: number
  articles: number
  docsPerSecond: number
  articlesPerSecond: number
  [measure: string]: number
}

/** The summary `bench:seed` prints, plus the wall time and peak RSS of the command. */
export interface SeedResult extends SeedSummary {
  wallSeconds: number
  peakRss: number
}

/** a. Seeds the fresh database with the synthetic network (`pnpm --filter cms bench:seed`). */
export async function seedStep(ctx: BenchContext): Promise<SeedResult> {
  const { brands, articles } = ctx.options
  log(`a. seeding ${brands} brands × ${articles} articles`)
  const args = ['--filter', 'cms', 'bench:seed', '--brands', String(brands), '--articles', String(articles)]
  const seeded = await pnpm(ctx, 'seed', args, { env: cmsEnv(ctx), showStderr: true })
  const summary = lastJsonLine<SeedSummary>('seed', seeded.stdout)
  return { ...summary, wallSeconds: round(seeded.seconds), peakRss: seeded.peakRss }
}
