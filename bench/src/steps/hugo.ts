import fs from 'node:fs'
import path from 'node:path'
import { type BenchContext, log } from '../context'
import { removePageOneRedirects, hugoVersion } from '../hugo/build'
import { formAssetsOf, writeHugoProject } from '../hugo/project'
import { mb, measureTree, median, round, secs } from '../measure'
import { run } from '../process'
import type { BuildResult } from './build'

export interface HugoResult {
  version: string | null
  seconds: number
  pages: number
  pagesPerSecond: number
  peakRss: number
  diskBytes: number
  prepareSeconds: number
  /** Ours divided by Hugo's. */
  ratios: { time: number; pagesPerSecond: number; peakRss: number }
}

interface HugoProject {
  slug: string
  projectDir: string
  prepareSeconds: number
}

/** Writes one Hugo project per brand (preparation, timed apart from the build). */
function writeProjects(ctx: BenchContext, slugs: readonly string[], outDir: string): HugoProject[] {
  // The form's stylesheet and script as the sites inline them, from the Astro build.
  const formPage = slugs.map((slug) => path.join(outDir, slug, 'request-appointment', 'index.html')).find((file) => fs.existsSync(file))
  const formAssets = formPage === undefined ? { css: '', js: '' } : formAssetsOf(formPage)
  return slugs.map((slug) => {
    const projectDir = path.join(ctx.temp, 'hugo', slug)
    const started = performance.now()
    writeHugoProject({ snapshotFile: path.join(ctx.snapshotDir, `${slug}.json`), projectDir, formAssets })
    return { slug, projectDir, prepareSeconds: (performance.now() - started) / 1000 }
  })
}

/** One Hugo build of every brand, brand after brand (Hugo uses every core itself). */
async function buildAll(ctx: BenchContext, projects: readonly HugoProject[], runIndex: number) {
  const hugoOut = path.join(ctx.temp, `hugo-dist-${runIndex}`)
  let seconds = 0
  let peakRss = 0
  for (const project of projects) {
    const cacheDir = path.join(ctx.temp, `hugo-cache-${runIndex}`, project.slug)
    fs.mkdirSync(cacheDir, { recursive: true })
    const outDir = path.join(hugoOut, project.slug)
    const result = await run(`hugo build of ${project.slug}`, 'hugo', ['--quiet', '--source', project.projectDir, '--destination', outDir, '--cacheDir', cacheDir], { cwd: ctx.root })
    removePageOneRedirects(outDir)
    seconds += result.seconds
    peakRss = Math.max(peakRss, result.peakRss)
  }
  const tree = measureTree(hugoOut)
  fs.rmSync(hugoOut, { recursive: true, force: true })
  return { seconds, peakRss, ...tree }
}

/** c2. The same snapshots built by Hugo with equivalent templates: the reference floor. */
export async function hugoStep(ctx: BenchContext, slugs: readonly string[], outDir: string, build: BuildResult): Promise<HugoResult> {
  const { runs } = ctx.options
  const projects = writeProjects(ctx, slugs, outDir)
  const hugoRuns = []
  for (let index = 0; index < runs; index += 1) {
    log(`c. Hugo build of ${slugs.length} brands, run ${index + 1}/${runs}`)
    const result = await buildAll(ctx, projects, index + 1)
    hugoRuns.push(result)
    log(`   ${result.pages} pages in ${secs(result.seconds)}, peak RSS ${mb(result.peakRss)}`)
  }
  const hugoSeconds = median(hugoRuns.map((r) => r.seconds))
  const hugoPeakRss = median(hugoRuns.map((r) => r.peakRss))
  const last = hugoRuns.at(-1) ?? { pages: 0, diskBytes: 0 }
  const hugoPagesPerSecond = last.pages / hugoSeconds
  // The reference build is only a reference while it writes the same pages as the site.
  if (last.pages === build.pages) log(`   Hugo and the site wrote the same ${last.pages} pages`)
  else log(`   ⚠ Hugo wrote ${last.pages} pages and the site ${build.pages}: bench/hugo no longer builds the same set of pages (compare the two outputs with --keep)`)
  return {
    version: hugoVersion(),
    seconds: round(hugoSeconds),
    pages: last.pages,
    pagesPerSecond: round(hugoPagesPerSecond, 1),
    peakRss: hugoPeakRss,
    diskBytes: last.diskBytes,
    prepareSeconds: round(projects.reduce((sum, project) => sum + project.prepareSeconds, 0)),
    ratios: { time: round(build.seconds / hugoSeconds), pagesPerSecond: round(build.pagesPerSecond / hugoPagesPerSecond), peakRss: round(build.peakRss / hugoPeakRss) },
  }
}
