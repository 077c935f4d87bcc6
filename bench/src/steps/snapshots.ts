import fs from 'node:fs'
import { type BenchContext, cmsEnv, log, pnpm } from '../context'
import { median, round } from '../measure'
import { StepError, lastJsonLine } from '../process'

/** What `bench:snapshot` prints (see apps/cms/src/scripts/benchSnapshot.ts). */
interface ExportSummary {
  bootSeconds: number
  http: { server: string; startSeconds: number } | null
  brands: {
    slug: string
    articles: number
    bytes: number
    inProcess: { medianMs: number; cpuMedianMs: number }
    http: { medianMs: number } | null
  }[]
}

/** One brand's export times. */
export interface BrandExport {
  articles: number
  bytes: number
  localApiSeconds: number
  localApiCpuSeconds: number
  httpSeconds: number | null
}

export interface SnapshotsResult {
  cliAllSeconds: number
  cliAllPeakRss: number
  exportRuns: number
  payloadBootSeconds: number
  httpServer: { server: string; startSeconds: number } | null
  perBrand: Record<string, BrandExport>
}

/**
 * b. The snapshot files the builds read, written by the CLI (Payload boot included), then the
 * export itself timed per brand by `bench:snapshot`: in-process through the Local API (Payload
 * booted once) and over HTTP from the CMS server. Returns the brands' slugs and the times.
 */
export async function snapshotsStep(ctx: BenchContext): Promise<{ slugs: string[]; snapshots: SnapshotsResult }> {
  const { runs, brands, skipHttp } = ctx.options
  const allRuns = []
  for (let index = 0; index < runs; index += 1) {
    log(`b. snapshot --all (CLI), run ${index + 1}/${runs}`)
    fs.rmSync(ctx.snapshotDir, { recursive: true, force: true })
    allRuns.push(await pnpm(ctx, 'snapshot --all', ['--filter', 'cms', 'snapshot', '--all', '--out-dir', ctx.snapshotDir], { env: cmsEnv(ctx) }))
  }
  const slugs = fs.readdirSync(ctx.snapshotDir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).sort()
  if (slugs.length !== brands) throw new StepError(`snapshot --all wrote ${slugs.length} snapshots, expected ${brands}`)
  const exportRuns = Math.max(runs, 3)
  log(`b. bench:snapshot: every brand ${exportRuns} times in-process${skipHttp ? '' : ' and over HTTP'}`)
  const args = ['--filter', 'cms', 'bench:snapshot', '--all', '--runs', String(exportRuns), ...(skipHttp ? [] : ['--http'])]
  const exportRun = await pnpm(ctx, 'bench:snapshot', args, { env: cmsEnv(ctx), showStderr: true })
  const exported = lastJsonLine<ExportSummary>('bench:snapshot', exportRun.stdout)
  const perBrand: Record<string, BrandExport> = {}
  for (const result of exported.brands) {
    perBrand[result.slug] = {
      articles: result.articles,
      bytes: result.bytes,
      localApiSeconds: round(result.inProcess.medianMs / 1000, 3),
      localApiCpuSeconds: round(result.inProcess.cpuMedianMs / 1000, 3),
      httpSeconds: result.http ? round(result.http.medianMs / 1000, 3) : null,
    }
  }
  const snapshots = {
    cliAllSeconds: round(median(allRuns.map((r) => r.seconds))),
    cliAllPeakRss: Math.max(...allRuns.map((r) => r.peakRss)),
    exportRuns,
    payloadBootSeconds: round(exported.bootSeconds),
    httpServer: exported.http ? { server: exported.http.server, startSeconds: round(exported.http.startSeconds) } : null,
    perBrand,
  }
  return { slugs, snapshots }
}
