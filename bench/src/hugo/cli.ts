/**
 * `pnpm --filter bench hugo --snapshot-dir <dir> --form-page <astro request-appointment/index.html> --out <dir> [--work <dir>]`:
 * builds every <brand>.json of the folder with Hugo into <out>/<brand>/ and prints seconds and pages.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { buildHugoSite, hugoVersion } from './build'
import { type FormAssets, formAssetsOf, writeHugoProject } from './project'

const USAGE = 'usage: pnpm --filter bench hugo --snapshot-dir <dir> --form-page <file> --out <dir> [--work <dir>]\n  --form-page: a request-appointment/index.html of an Astro build, for the form stylesheet and script'

/** Writes and builds one brand; returns its pages and seconds, or null when hugo failed. */
async function buildBrand(file: string, snapshotDir: string, outRoot: string, workDir: string, formAssets: FormAssets) {
  const slug = file.slice(0, -'.json'.length)
  const projectDir = path.join(workDir, slug, 'project')
  const prepared = performance.now()
  const project = writeHugoProject({ snapshotFile: path.join(snapshotDir, file), projectDir, formAssets })
  const prepareSeconds = (performance.now() - prepared) / 1000
  try {
    const result = await buildHugoSite({ projectDir, outDir: path.join(outRoot, slug), cacheDir: path.join(workDir, slug, 'cache') })
    const mismatch = result.pages === project.expectedPages ? '' : ` (expected ${project.expectedPages})`
    console.log(
      `${slug}: ${result.pages} pages${mismatch} in ${result.seconds.toFixed(2)} s (${(result.pages / result.seconds).toFixed(1)} pages/s); ` +
        `${project.articles} articles; ${result.aliasesRemoved} page/1 redirects removed; project written in ${prepareSeconds.toFixed(2)} s (not timed)`,
    )
    if (result.output) console.log(result.output.replace(/^/gm, `  ${slug} │ `))
    return result
  } catch (error) {
    console.error(`✖ ${slug}: ${(error as Error).message}`)
    return null
  }
}

async function main(): Promise<number> {
  let values
  try {
    values = parseArgs({ options: { 'snapshot-dir': { type: 'string' }, 'form-page': { type: 'string' }, out: { type: 'string' }, work: { type: 'string' } } }).values
  } catch (error) {
    console.error(`✖ ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  if (!values['snapshot-dir'] || !values.out || !values['form-page']) {
    console.error(`✖ --snapshot-dir, --form-page and --out are required\n${USAGE}`)
    return 2
  }
  const version = hugoVersion()
  if (version === null) {
    console.error('✖ Hugo is not installed (no `hugo` on PATH). Install it with `apt-get install hugo` (the extended build is needed for WebP).')
    return 1
  }
  const snapshotDir = path.resolve(values['snapshot-dir'])
  const formAssets = formAssetsOf(path.resolve(values['form-page']))
  const outRoot = path.resolve(values.out)
  const workDir = values.work ? path.resolve(values.work) : fs.mkdtempSync(path.join(os.tmpdir(), 'hugo-bench-'))
  const files = fs.readdirSync(snapshotDir).filter((name) => name.endsWith('.json')).sort()
  if (files.length === 0) {
    console.error(`✖ ${snapshotDir} holds no <brand>.json snapshots`)
    return 1
  }
  console.log(`${version}\nsnapshots ${snapshotDir} → ${outRoot} (work dir ${workDir})`)
  let totalSeconds = 0
  let totalPages = 0
  let failed = false
  for (const file of files) {
    const result = await buildBrand(file, snapshotDir, outRoot, workDir, formAssets)
    if (result === null) failed = true
    else {
      totalSeconds += result.seconds
      totalPages += result.pages
    }
  }
  if (totalSeconds > 0) console.log(`total: ${totalPages} pages in ${totalSeconds.toFixed(2)} s of hugo (${(totalPages / totalSeconds).toFixed(1)} pages/s)`)
  return failed ? 1 : 0
}

process.exitCode = await main()
