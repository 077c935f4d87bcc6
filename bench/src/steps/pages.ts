import { createRequire } from 'node:module'
import path from 'node:path'
import { type PageWeight, measurePages } from 'site/testing'
import { type BenchContext, log } from '../context'
import { chromiumPath } from '../env'
import { pagesOfEachType, runLighthouse } from '../lighthouse/runner'
import type { PageResult } from '../lighthouse/summary'

export interface WeightsResult {
  brand: string
  pages: Record<string, PageWeight & { path: string }>
}

export interface LighthouseResult {
  version: string
  brand: string
  results: (Pick<PageResult, 'type' | 'path' | 'scores' | 'metrics' | 'totalByteWeight' | 'resources'> & { failedAudits: { id: string; title: string }[] })[]
}

/** f. Page weight per page type: the first page of each type of one brand. */
export async function weightsStep(brand: string, brandDir: string): Promise<WeightsResult> {
  const weights = await measurePages(brandDir, { basePath: '/' })
  return { brand, pages: Object.fromEntries(weights) }
}

/** The installed Lighthouse's version, from its package.json. */
function lighthouseVersion(): string {
  const require = createRequire(import.meta.url)
  return (require('lighthouse/package.json') as { version: string }).version
}

/** g. Lighthouse, mobile settings, on the same pages of that brand. */
export async function lighthouseStep(ctx: BenchContext, brand: string, brandDir: string): Promise<LighthouseResult> {
  const pages = await pagesOfEachType(brandDir)
  log(`g. Lighthouse on ${pages.length} page types of ${brand}`)
  const results = await runLighthouse({
    siteDir: brandDir,
    basePath: '/',
    pages,
    chromePath: chromiumPath(),
    onProgress: (event) => {
      if (event.phase === 'done') log(`   ${event.index + 1}/${event.total} ${event.page.type}: ${Object.values(event.result.scores).join('/')}`)
    },
  })
  return {
    version: lighthouseVersion(),
    brand,
    results: results.map(({ type, path: pagePath, scores, metrics, totalByteWeight, resources, failedAudits }) => ({ type, path: pagePath, scores, metrics, totalByteWeight, resources, failedAudits: failedAudits.map(({ id, title }) => ({ id, title })) })),
  }
}

/** The folder of one brand in a build output. */
export const brandDirOf = (outDir: string, brand: string): string => path.join(outDir, brand)
