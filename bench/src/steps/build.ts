import fs from 'node:fs'
import path from 'node:path'
import { type BenchContext, log, pnpm, siteEnv } from '../context'
import { mb, measureTree, median, round, secs } from '../measure'
import { StepError } from '../process'
import { type SearchIndexResult, indexSeconds, searchIndexResult } from './search'

export interface BuildResult {
  seconds: number
  pages: number
  pagesPerSecond: number
  peakRss: number
  peakProcessRss: number
  files: number
  bytes: number
  diskBytes: number
  /** The site search's index: size per brand and the time indexing adds (steps/search.ts). */
  search: SearchIndexResult
}

export interface RebuildResult {
  brand: string
  pages: number
  noopSeconds: number
  noopPeakRss: number
  editSeconds: number
  editPeakRss: number
  /** The index step within the one-edit rebuild (median). */
  editIndexSeconds: number
}

/**
 * c. Full build of every brand (`pnpm --filter site build --snapshot-dir`), each run into a
 * fresh output folder. Returns the measures and the last run's output folder, which the later
 * steps rebuild into and measure.
 */
export async function buildStep(ctx: BenchContext, slugs: readonly string[]): Promise<{ build: BuildResult; outDir: string }> {
  const { runs } = ctx.options
  const fullRuns = []
  let outDir = ''
  for (let index = 0; index < runs; index += 1) {
    if (outDir !== '') fs.rmSync(outDir, { recursive: true, force: true })
    outDir = path.join(ctx.temp, `dist-${index + 1}`)
    log(`c. full build of ${slugs.length} brands, run ${index + 1}/${runs}`)
    const result = await pnpm(ctx, 'full site build', ['--filter', 'site', 'build', '--snapshot-dir', ctx.snapshotDir], { env: siteEnv(ctx, outDir) })
    const tree = measureTree(outDir)
    if (tree.pages === 0) throw new StepError(`full site build wrote no pages into ${outDir}`)
    fullRuns.push({ ...result, ...tree })
    log(`   ${tree.pages} pages in ${secs(result.seconds)}, peak RSS ${mb(result.peakRss)}`)
  }
  const last = fullRuns.at(-1)
  if (last === undefined) throw new StepError('full site build: no run')
  const fullSeconds = median(fullRuns.map((r) => r.seconds))
  const build = {
    seconds: round(fullSeconds),
    pages: last.pages,
    pagesPerSecond: round(last.pages / fullSeconds, 1),
    peakRss: median(fullRuns.map((r) => r.peakRss)),
    peakProcessRss: median(fullRuns.map((r) => r.peakProcessRss)),
    files: last.files,
    bytes: last.bytes,
    diskBytes: last.diskBytes,
    search: searchIndexResult(fullRuns.map((r) => r.stdout), outDir, slugs),
  }
  return { build, outDir }
}

/** Gives the first article of `snapshotFile` the title suffix ` (edited <n>)`; returns the article's slug. */
function editFirstArticle(snapshotFile: string, brand: string, edit: number): string {
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as { articles: { slug: string; title: string }[] }
  const article = snapshot.articles[0]
  if (!article) throw new StepError(`${brand} has no article to edit`)
  article.title = `${article.title.replace(/ \(edited \d+\)$/, '')} (edited ${edit})`
  fs.writeFileSync(snapshotFile, `${JSON.stringify(snapshot, null, 2)}\n`)
  return article.slug
}

/** d. No-op rebuild and e. one-edit rebuild of one brand, into the last full build's folder. */
export async function rebuildStep(ctx: BenchContext, brand: string, outDir: string): Promise<RebuildResult> {
  const { runs } = ctx.options
  const args = ['--filter', 'site', 'build', '--brand', brand, '--snapshot-dir', ctx.snapshotDir]
  const brandPages = measureTree(path.join(outDir, brand)).pages
  const noopRuns = []
  for (let index = 0; index < runs; index += 1) {
    log(`d. no-op rebuild of ${brand}, run ${index + 1}/${runs}`)
    noopRuns.push(await pnpm(ctx, 'no-op rebuild', args, { env: siteEnv(ctx, outDir) }))
  }
  const snapshotFile = path.join(ctx.snapshotDir, `${brand}.json`)
  const editRuns = []
  for (let index = 0; index < runs; index += 1) {
    const slug = editFirstArticle(snapshotFile, brand, index + 1)
    log(`e. rebuild of ${brand} after editing article "${slug}", run ${index + 1}/${runs}`)
    editRuns.push(await pnpm(ctx, 'one-edit rebuild', args, { env: siteEnv(ctx, outDir) }))
    const page = path.join(outDir, brand, 'articles', slug, 'index.html')
    if (!fs.existsSync(page) || !fs.readFileSync(page, 'utf8').includes(`(edited ${index + 1})`)) throw new StepError(`one-edit rebuild: ${page} does not show the new title`)
  }
  return {
    brand,
    pages: brandPages,
    noopSeconds: round(median(noopRuns.map((r) => r.seconds))),
    noopPeakRss: median(noopRuns.map((r) => r.peakRss)),
    editSeconds: round(median(editRuns.map((r) => r.seconds))),
    editPeakRss: median(editRuns.map((r) => r.peakRss)),
    editIndexSeconds: round(median(indexSeconds('one-edit rebuild', editRuns.map((r) => r.stdout)))),
  }
}
