/*
 * Builds brand sites: for each brand, fetch its snapshot (CMS or files), validate it, build it
 * with Astro into a fresh temporary folder, and swap it into <SITE_OUT_DIR>/<brand>/ only when
 * everything succeeded. See apps/site/README.md.
 *
 * Exit code: 0 when every requested brand was built; 1 when any failed (after trying them all);
 * 2 for a usage or configuration error before any brand was tried; 130/143 when interrupted.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { isSlug } from '@clinic/schema'
import { SITE_ROOT, type SiteEnv, env as readEnv } from '../src/env'
import { buildBrand } from './lib/build-brand'
import { USAGE, parseCliArgs } from './lib/cli-args'
import { createCmsSource } from './lib/cms-source'
import { createDirSource } from './lib/dir-source'
import { formatWeights } from './lib/page-weight/format'
import { runAstroBuild } from './lib/run-astro-build'
import { buildSearchIndex, closeSearchIndexer } from './lib/search-index'
import { formatSearchIndexLine } from './lib/search-index-report'
import type { SnapshotSource } from './lib/snapshot-source'

const log = (line: string) => process.stdout.write(`${line}\n`)
const logError = (line: string) => process.stderr.write(`${line}\n`)

function chooseSource(env: SiteEnv, snapshotDirFlag: string | null): SnapshotSource {
  if (snapshotDirFlag !== null) return createDirSource(path.resolve(SITE_ROOT, snapshotDirFlag))
  if (env.snapshotDir !== null) return createDirSource(env.snapshotDir)
  if (env.cmsUrl !== null && env.CMS_BUILD_TOKEN !== undefined) return createCmsSource({ cmsUrl: env.cmsUrl, token: env.CMS_BUILD_TOKEN })
  throw new Error('No snapshot source: set CMS_URL and CMS_BUILD_TOKEN, or SNAPSHOT_DIR, or pass --snapshot-dir <dir>.')
}

/** Continuation lines of a multi-line message, indented under its first line. */
function indent(message: string): string {
  return message.replaceAll('\n', '\n    ')
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

async function main(): Promise<number> {
  let source: SnapshotSource
  let env: SiteEnv
  let requested: string[]
  let full: boolean
  try {
    const args = parseCliArgs(process.argv.slice(2))
    if (args.help) {
      log(USAGE)
      return 0
    }
    env = readEnv()
    source = chooseSource(env, args.snapshotDir)
    requested = args.brands
    full = args.full
  } catch (error) {
    logError(`✗ ${(error as Error).message}`)
    return 2
  }

  // Ctrl-C or a CI cancel: stop the running Astro child and let the build remove its temp folder.
  const cancel = new AbortController()
  let exitSignal: NodeJS.Signals | null = null
  const onSignal = (signal: NodeJS.Signals) => {
    exitSignal = signal
    cancel.abort()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  log(`Snapshot source: ${source.description}`)
  log(`Output: ${env.outDir}${env.basePathPerBrand ? ' (pages under /<brand>/)' : ''}`)

  let available: string[] = []
  try {
    available = await source.listBrands(cancel.signal)
  } catch (error) {
    // Requested brands can still be tried one by one (a file or a snapshot endpoint may work
    // when the listing does not); without a request there is nothing to build.
    if (requested.length === 0 || cancel.signal.aborted) {
      logError(`✗ ${(error as Error).message}`)
      return exitSignal === null ? 1 : exitCodeFor(exitSignal)
    }
    logError(`! Could not list the brands (${(error as Error).message}); trying the requested brands one by one.`)
  }
  // The requested brands in the order asked for, else every brand the source lists.
  const brands = requested.length > 0 ? requested : available
  const unknown = available.length > 0 ? requested.filter((slug) => !available.includes(slug)) : []
  if (brands.length === 0) {
    logError(`✗ ${source.description} lists no brands; nothing to build.`)
    return 1
  }

  const failed = new Set<string>()
  const startedAll = performance.now()
  let pagesDone = 0
  const buildOne = async (slug: string, index: number) => {
    const step = `[${index + 1}/${brands.length}] ${slug}`
    if (unknown.includes(slug)) {
      logError(`✗ ${step}: ${source.description} has no brand "${slug}" (it has: ${available.join(', ')}).`)
      failed.add(slug)
      return
    }
    const started = performance.now()
    try {
      const { pages, weights, unchanged, redirects, search } = await buildBrand({
        slug,
        source,
        outRoot: env.outDir,
        basePathPerBrand: env.basePathPerBrand,
        runAstro: (job, signal) => runAstroBuild(job, signal, (line) => logError(`  ${slug} │ ${line}`)),
        signal: cancel.signal,
        warn: (message) => logError(`! ${step}: ${message}`),
        full,
        indexSearch: buildSearchIndex,
      })
      if (unchanged) {
        log(`${step}: unchanged since its last build (same snapshot and site code); kept its ${pages} pages (${formatSeconds(performance.now() - started)})`)
        return
      }
      pagesDone += pages
      const elapsed = performance.now() - startedAll
      // One write per brand, so the report of brands built side by side does not interleave.
      log(
        [
          `${step}: built ${pages} page${pages === 1 ? '' : 's'} in ${formatSeconds(performance.now() - started)} ` +
            `(${pagesDone} pages in ${formatSeconds(elapsed)} so far, ${Math.round(pagesDone / (elapsed / 1000))} pages/s)`,
          ...formatWeights(weights).map((line) => `    ${line}`),
          ...(search === null ? [] : [`    ${formatSearchIndexLine(search)}`]),
          ...(redirects > 0 ? [`    ${redirects} old address${redirects === 1 ? '' : 'es'} redirected (_redirects, and a page at each)`] : []),
        ].join('\n'),
      )
    } catch (error) {
      const previous = path.join(env.outDir, slug)
      const kept = isSlug(slug) && existsSync(previous) ? `\n  The previous build in ${previous} was left as it was.` : ''
      logError(`✗ ${step}: ${indent((error as Error).message)}${kept}`)
      failed.add(slug)
    }
  }
  // Brands are independent: each builds in its own process, `concurrency` at a time (one per core by default).
  const concurrency = Math.min(env.buildConcurrency, brands.length)
  if (concurrency > 1) log(`Building ${concurrency} brands at a time (SITE_BUILD_CONCURRENCY).`)
  let next = 0
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < brands.length && !cancel.signal.aborted) {
          const index = next++
          await buildOne(brands[index] as string, index)
        }
      }),
    )
  } finally {
    await closeSearchIndexer()
  }

  if (exitSignal !== null) {
    logError(`✗ Interrupted (${exitSignal}); brands not built were left as they were.`)
    return exitCodeFor(exitSignal)
  }
  if (failed.size > 0) {
    const inOrder = brands.filter((slug) => failed.has(slug))
    logError(`✗ ${inOrder.length} of ${brands.length} brand${brands.length === 1 ? '' : 's'} failed: ${inOrder.join(', ')}`)
    return 1
  }
  log(`✓ Built ${brands.length} brand${brands.length === 1 ? '' : 's'} into ${env.outDir}`)
  return 0
}

function exitCodeFor(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143
}

process.exitCode = await main()
