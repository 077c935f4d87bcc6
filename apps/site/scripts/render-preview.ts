/*
 * Renders ONE document page of a brand snapshot (an article, comparison, therapy, condition,
 * clinic or provider) with the site's real pages, components and styles: the CMS's "preview this
 * draft" link runs this with a snapshot that holds the draft.
 *
 *   SITE_PREVIEW_DOCUMENT=<collection>:<id> tsx scripts/render-preview.ts --snapshot <file> --out <file>
 *   (SITE_PREVIEW_ARTICLE=<id> is short for SITE_PREVIEW_DOCUMENT=articles:<id>)
 *
 * The snapshot is validated like any build's, then Astro builds only that document's page (plus
 * the few pages without parameters) into a temporary folder, without optimising images; the page's
 * HTML is written to --out. Exit code 0 on success, 1 with the reason on stderr otherwise.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { documentPath } from '@clinic/schema'
import { env } from '../src/env'
import { readSnapshotFile } from '../src/lib/snapshotFile'
import { runAstroBuild } from './lib/run-astro-build'

/** What the snapshot's collections are called in messages for editors. */
const NOUNS = { articles: 'Article', comparisons: 'Comparison', therapies: 'Therapy', conditions: 'Condition', clinics: 'Clinic', providers: 'Provider' } as const

const { values } = parseArgs({ options: { snapshot: { type: 'string' }, out: { type: 'string' } }, strict: true })
const preview = env().preview
if (values.snapshot === undefined || values.out === undefined || preview === null) {
  console.error('Usage: SITE_PREVIEW_DOCUMENT=<collection>:<id> tsx scripts/render-preview.ts --snapshot <file> --out <file>')
  process.exit(2)
}

const work = await mkdtemp(path.join(os.tmpdir(), 'site-preview-'))
try {
  const snapshotFile = path.resolve(values.snapshot)
  const snapshot = await readSnapshotFile(snapshotFile)
  const doc = (snapshot[preview.collection] as readonly { id: string; slug: string }[]).find((candidate) => candidate.id === preview.id)
  if (doc === undefined) throw new Error(`${NOUNS[preview.collection]} ${preview.id} is not in the snapshot of ${snapshot.brand.slug}.`)
  const outDir = path.join(work, 'out')
  await runAstroBuild(
    { brand: snapshot.brand.slug, snapshotFile, outDir, cacheDir: path.join(work, 'cache'), site: `https://${snapshot.brand.domain}`, base: '/' },
    undefined,
    (line) => console.error(line),
  )
  // The route map's path of the page (`documentPath` is checked against src/lib/routes.ts in the site's tests).
  const page = path.join(outDir, documentPath(preview.collection, doc.slug), 'index.html')
  await writeFile(values.out, await readFile(page, 'utf8'))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
} finally {
  await rm(work, { recursive: true, force: true })
}
