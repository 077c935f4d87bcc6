import fs from 'node:fs'
import path from 'node:path'
import { type BenchContext, cmsEnv, log, pnpm } from '../context'
import { mb, round, secs } from '../measure'
import { StepError, lastJsonLine } from '../process'

/** The demo brand the import step imports into. */
const IMPORT_BRAND = 'mesquite-ridge-pt'

export interface ImportResult {
  posts: number
  wallSeconds: number
  importSeconds: number
  postsPerSecond: number
  wallPostsPerSecond: number
  peakRss: number
  faqs: number
  comparisons: number
  images: number
  therapyFacts: number
  redirects: number
}

/** The parts of the import report (`import-posts --report`) the bench reads. */
interface ImportReport {
  startedAt: string
  finishedAt: string
  documents: ({ status: string } & Record<'faqs' | 'comparisons' | 'images' | 'therapyFacts' | 'redirects', unknown[]>)[]
  errors: { source: string; reason: string }[]
}

/**
 * A fresh database in `dir` holding the demo network (`pnpm --filter cms seed`; a production
 * start when `production` gives a secret); resolves with the CMS environment on it.
 */
export async function seedDemo(ctx: BenchContext, step: string, dir: string, production?: { secret: string }): Promise<NodeJS.ProcessEnv> {
  const env = cmsEnv(ctx, { dbFile: path.join(dir, 'cms.db'), mediaDir: path.join(dir, 'media') }, production)
  await pnpm(ctx, step, ['--filter', 'cms', 'seed'], { env })
  return env
}

/**
 * h. Import: a generated WordPress export (`pnpm --filter cms bench:wxr`) into a fresh database
 * holding the demo network, its images mapped to a local folder with `--images-from`.
 */
export async function importStep(ctx: BenchContext): Promise<ImportResult> {
  const posts = ctx.options.importPosts
  const importDir = path.join(ctx.temp, 'import')
  const generated = await pnpm(ctx, 'import: generate the export', ['--filter', 'cms', 'bench:wxr', '--out', importDir, '--posts', String(posts)], { env: cmsEnv(ctx) })
  const { file, imagesDir } = lastJsonLine<{ file: string; imagesDir: string }>('import: generate the export', generated.stdout)
  log('h. seeding the demo network into a fresh database for the import')
  const env = await seedDemo(ctx, 'import: seed', importDir)
  log(`h. importing ${posts} posts (${mb(fs.statSync(file).size)} of WXR) into ${IMPORT_BRAND}`)
  const reportFile = path.join(importDir, 'report.json')
  const imported = await pnpm(ctx, 'import', ['--filter', 'cms', 'import-posts', '--brand', IMPORT_BRAND, '--images-from', imagesDir, '--report', reportFile, file], { env })
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as ImportReport
  const written = report.documents.filter((post) => post.status !== 'skipped')
  if (written.length !== posts || report.errors.length > 0) {
    throw new StepError(`import: ${written.length} of ${posts} posts imported, ${report.errors.length} errors (${report.errors.slice(0, 3).map((issue) => `${issue.source}: ${issue.reason}`).join('; ')})`)
  }
  const importSeconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000
  const count = (key: 'faqs' | 'comparisons' | 'images' | 'therapyFacts' | 'redirects') => written.reduce((sum, post) => sum + post[key].length, 0)
  const result = {
    posts: written.length,
    wallSeconds: round(imported.seconds),
    importSeconds: round(importSeconds),
    postsPerSecond: round(written.length / importSeconds, 1),
    wallPostsPerSecond: round(written.length / imported.seconds, 1),
    peakRss: imported.peakRss,
    faqs: count('faqs'),
    comparisons: count('comparisons'),
    images: count('images'),
    therapyFacts: count('therapyFacts'),
    redirects: count('redirects'),
  }
  log(`   ${written.length} posts in ${secs(importSeconds)} (${result.postsPerSecond} posts/s; ${secs(imported.seconds)} with pnpm, tsx and Payload boot), peak RSS ${mb(imported.peakRss)}`)
  return result
}
