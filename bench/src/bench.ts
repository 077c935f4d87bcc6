/**
 * `pnpm bench [--brands 5] [--articles 2000] [--runs 3] [--keep] …`: the performance harness.
 * See bench/README.md for what each step measures.
 *
 * In a temp dir it seeds a synthetic network (a), exports its snapshots (b), builds every
 * brand's site (c) and the same content with Hugo (c2), rebuilds one brand unchanged (d) and
 * after one edit (e), weighs its pages (f), runs Lighthouse on them (g), imports a generated
 * WordPress export (h) and sends appointment requests to two CMS processes (i). Medians over
 * `--runs`. Writes bench/results/<YYYY-MM-DD>.json and .md and prints the table. Timings are
 * measurements, not checks; any failing step stops the run with a non-zero exit.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startMediaServer } from 'site/testing'
import { type BenchContext, log } from './context'
import { inheritedEnv } from './env'
import { hugoVersion } from './hugo/build'
import { round } from './measure'
import { type BenchOptions, UsageError, parseOptions } from './options'
import { StepError } from './process'
import { type BenchResult, formatReport } from './report'
import { buildStep, rebuildStep } from './steps/build'
import { hugoStep } from './steps/hugo'
import { importStep } from './steps/import'
import { loadStep } from './steps/load'
import { brandDirOf, lighthouseStep, weightsStep } from './steps/pages'
import { seedStep } from './steps/seed'
import { snapshotsStep } from './steps/snapshots'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const RESULTS_DIR = path.join(ROOT, 'bench', 'results')

/** Runs every step in order; resolves with the result (without date and machine). */
async function runSteps(ctx: BenchContext): Promise<Omit<BenchResult, 'date' | 'params' | 'machine'>> {
  const { options } = ctx
  const seed = await seedStep(ctx)
  const { slugs, snapshots } = await snapshotsStep(ctx)
  const { build, outDir } = await buildStep(ctx, slugs)
  const hugo = options.skipHugo ? null : await hugoStep(ctx, slugs, outDir, build)
  const brand = slugs[0]
  if (brand === undefined) throw new StepError('no brand was seeded')
  const rebuild = await rebuildStep(ctx, brand, outDir)
  const brandDir = brandDirOf(outDir, brand)
  const weights = await weightsStep(brand, brandDir)
  const lighthouse = options.skipLighthouse ? null : await lighthouseStep(ctx, brand, brandDir)
  const importing = options.skipImport ? null : await importStep(ctx)
  const load = options.skipLoad ? null : await loadStep(ctx)
  return { seed, snapshots, build, hugo, rebuild, weights, lighthouse, importing, load }
}

/** Writes bench/results/<day>.json and .md; returns the Markdown. */
function writeResults(result: BenchResult): string {
  const markdown = formatReport(result)
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  const day = result.date.slice(0, 10)
  fs.writeFileSync(path.join(RESULTS_DIR, `${day}.json`), `${JSON.stringify(result, null, 2)}\n`)
  fs.writeFileSync(path.join(RESULTS_DIR, `${day}.md`), markdown)
  log(`wrote bench/results/${day}.json and bench/results/${day}.md`)
  return markdown
}

async function main(options: BenchOptions): Promise<void> {
  const loadBefore = os.loadavg()[0] ?? 0
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-bench-'))
  const mediaDir = path.join(temp, 'media')
  const server = await startMediaServer(mediaDir)
  const ctx: BenchContext = { root: ROOT, temp, dbFile: path.join(temp, 'cms.db'), mediaDir, snapshotDir: path.join(temp, 'snapshots'), mediaUrl: server.url, options, env: inheritedEnv() }
  let failed = true
  try {
    log(`temp dir ${temp}; media served at ${server.url}`)
    const steps = await runSteps(ctx)
    const cpus = os.cpus()
    const result: BenchResult = {
      date: new Date().toISOString(),
      params: { brands: options.brands, articles: options.articles, runs: options.runs, importPosts: options.importPosts },
      machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage1m: { before: round(loadBefore), after: round(os.loadavg()[0] ?? 0) } },
      ...steps,
    }
    process.stdout.write(writeResults(result))
    failed = false
  } finally {
    await server.close()
    if (options.keep || failed) log(`${failed ? 'failed; ' : ''}temp files kept in ${temp}`)
    else fs.rmSync(temp, { recursive: true, force: true })
  }
}

try {
  const options = parseOptions(process.argv.slice(2))
  if (!options.skipHugo && hugoVersion() === null) {
    throw new UsageError('Hugo is not installed: the bench builds the same content with Hugo as a reference. Install it (`apt-get install hugo`, the extended build) or pass --skip-hugo.')
  }
  await main(options)
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`✖ ${error.message}`)
    process.exit(2)
  }
  console.error(`✖ bench failed: ${error instanceof StepError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
}
