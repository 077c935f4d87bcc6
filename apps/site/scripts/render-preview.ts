/*
 * Renders ONE article page of a brand snapshot with the site's real pages, components and styles:
 * the CMS's "preview this draft" link runs this with a snapshot that holds the draft.
 *
 *   SITE_PREVIEW_ARTICLE=<article id> tsx scripts/render-preview.ts --snapshot <file> --out <file>
 *
 * The snapshot is validated like any build's, then Astro builds only that article's page (plus
 * the few pages without parameters) into a temporary folder, without optimising images; the page's
 * HTML is written to --out. Exit code 0 on success, 1 with the reason on stderr otherwise.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { env } from '../src/env'
import { readSnapshotFile } from '../src/lib/snapshotFile'
import { routes } from '../src/lib/routes'
import { runAstroBuild } from './lib/run-astro-build'

const { values } = parseArgs({ options: { snapshot: { type: 'string' }, out: { type: 'string' } }, strict: true })
const articleId = env().previewArticleId
if (values.snapshot === undefined || values.out === undefined || articleId === null) {
  console.error('Usage: SITE_PREVIEW_ARTICLE=<article id> tsx scripts/render-preview.ts --snapshot <file> --out <file>')
  process.exit(2)
}

const work = await mkdtemp(path.join(os.tmpdir(), 'site-preview-'))
try {
  const snapshotFile = path.resolve(values.snapshot)
  const snapshot = await readSnapshotFile(snapshotFile)
  const article = snapshot.articles.find((candidate) => candidate.id === articleId)
  if (article === undefined) throw new Error(`Article ${articleId} is not in the snapshot of ${snapshot.brand.slug}.`)
  const outDir = path.join(work, 'out')
  await runAstroBuild(
    { brand: snapshot.brand.slug, snapshotFile, outDir, cacheDir: path.join(work, 'cache'), site: `https://${snapshot.brand.domain}`, base: '/' },
    undefined,
    (line) => console.error(line),
  )
  const page = path.join(outDir, routes('/').article(article.slug), 'index.html')
  await writeFile(values.out, await readFile(page, 'utf8'))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
} finally {
  await rm(work, { recursive: true, force: true })
}
