import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isSlug, parseBrandSnapshot } from '@clinic/schema'
import { acquireBuildCache, buildInputDigest } from './build-cache'
import { countPages } from './count-pages'
import { type PageWeight, measurePages } from './page-weight/measure'
import type { SearchIndexStats, SearchIndexer } from './search-index'
import type { SnapshotSource } from './snapshot-source'
import { swapDirectory } from './swap-directory'
import { writeRedirects } from './write-redirects'

/** What one Astro build of one brand needs; every path is absolute. */
export interface AstroBuildJob {
  brand: string
  /** The validated snapshot the pages read (SITE_SNAPSHOT_FILE). */
  snapshotFile: string
  /** An empty folder for Astro's output (in the brand's build cache, or the build's own work folder). */
  outDir: string
  /**
   * Astro's cache folder: the brand's persistent one (incremental builds), or a fresh one when
   * that is in use by another build or the build was asked to start from scratch.
   */
  cacheDir: string
  /** `https://<brand domain>`. */
  site: string
  /** `/` or `/<brand>/`. */
  base: string
}

/** Runs Astro for one job and resolves when it succeeded. */
export type AstroRunner = (job: AstroBuildJob, signal?: AbortSignal) => Promise<void>

/** One brand to build, and the collaborators that do the I/O (injected so tests can fake Astro). */
export interface BuildBrandOptions {
  slug: string
  source: SnapshotSource
  /** The output root; the brand lands in `<outRoot>/<slug>/`. */
  outRoot: string
  basePathPerBrand: boolean
  runAstro: AstroRunner
  signal?: AbortSignal
  /** Told about problems that must not hide the build's own outcome (a temp folder that would not go away). */
  warn: (message: string) => void
  /** Ignore and reset the brand's build cache: render every page (`--full`). */
  full?: boolean
  /**
   * Builds the site search's index into the new pages before they are swapped in (see
   * search-index.ts); a failure fails the build. Omitted: no index (tests with a stand-in Astro).
   */
  indexSearch?: SearchIndexer
}

/** What a brand build did. */
export interface BrandBuildResult {
  pages: number
  /** Per page type; empty when the build was skipped. */
  weights: Map<string, PageWeight & { path: string }>
  /** True when the snapshot and the site's code were those of the build already in place, which was kept. */
  unchanged: boolean
  /** Old addresses written as redirects (0 when the build was skipped). */
  redirects: number
  /** The search index written; null when the build was skipped or indexes nothing. */
  search: SearchIndexStats | null
}

/** The prefix of the temporary folders a build works in, inside the output root. */
export const WORK_DIR_PREFIX = '.building-'

/**
 * Fetches, validates and builds one brand, then swaps the result into `<outRoot>/<slug>/`.
 *
 * Everything happens in a fresh `<outRoot>/.building-<slug>-<random>/` folder (snapshot,
 * Astro output, and the previous build once swapped out), which is removed whatever happens.
 * On any failure `<outRoot>/<slug>/` is untouched.
 *
 * The brand's build cache (`<outRoot>/.cache/<slug>/`, see build-cache.ts) makes repeated
 * builds cheap: when the snapshot and the site's code are those of the build in place, nothing
 * is built; otherwise Astro re-renders only the pages whose content changed. A failed build
 * empties the cache, so nothing it half-wrote is reused.
 */
export async function buildBrand({ slug, source, outRoot, basePathPerBrand, runAstro, signal, warn, full = false, indexSearch }: BuildBrandOptions): Promise<BrandBuildResult> {
  if (!isSlug(slug)) {
    throw new Error(`"${slug}" is not a valid brand slug (lower-case a-z, 0-9 and single hyphens); snapshot files must be named <slug>.json.`)
  }
  const snapshot = parseBrandSnapshot(await source.readSnapshot(slug, signal), slug)
  if (snapshot.brand.slug !== slug) {
    throw new Error(`The snapshot requested as brand "${slug}" is the snapshot of brand "${snapshot.brand.slug}"; refusing to publish it as ${slug}.`)
  }

  const site = `https://${snapshot.brand.domain}`
  const base = basePathPerBrand ? `/${slug}/` : '/'
  const snapshotJson = JSON.stringify(snapshot)
  const inputDigest = await buildInputDigest(snapshotJson, site, base)
  const target = path.join(outRoot, slug)

  await mkdir(outRoot, { recursive: true })
  const cache = await acquireBuildCache(outRoot, slug)
  if (cache === null) warn(`another build of ${slug} is using its build cache; building every page without it.`)
  let workDir: string | null = null
  try {
    if (full) await cache?.discard()
    const stamp = await cache?.readStamp()
    if (stamp?.inputDigest === inputDigest && existsSync(target)) return { pages: stamp.pages, weights: new Map(), unchanged: true, redirects: 0, search: null }

    workDir = await mkdtemp(path.join(outRoot, `${WORK_DIR_PREFIX}${slug}-`))
    const job: AstroBuildJob = {
      brand: slug,
      snapshotFile: path.join(workDir, 'snapshot.json'),
      outDir: cache?.outDir ?? path.join(workDir, 'site'),
      cacheDir: cache?.astroCacheDir ?? path.join(workDir, 'cache'),
      site,
      base,
    }
    await writeFile(job.snapshotFile, snapshotJson)
    await cache?.clearStamp()
    // What an interrupted build left there.
    await rm(job.outDir, { recursive: true, force: true })
    try {
      await runAstro(job, signal)
    } catch (error) {
      await cache?.discard()
      throw error
    }
    const pages = await countPages(job.outDir)
    if (pages === 0) throw new Error(`Astro finished but wrote no pages to ${job.outDir}.`)
    const weights = await measurePages(job.outDir, { basePath: base })
    // Every page now in the folder, rendered or copied from the cache, so the index matches the
    // site exactly; before the redirect pages, which are no content.
    const search = indexSearch === undefined ? null : await indexSearch(job.outDir)
    // After counting and measuring: a redirect's page is not one of the site's pages. Written on
    // every build, never cached (Astro's output folder starts empty), so a changed or removed
    // redirect never survives in the output.
    const redirects = await writeRedirects(job.outDir, snapshot, base, warn)
    await swapDirectory(job.outDir, target, path.join(workDir, 'previous'))
    await cache?.writeStamp({ inputDigest, pages, builtAt: new Date().toISOString() })
    return { pages, weights, unchanged: false, redirects, search }
  } finally {
    const leftover = workDir
    if (leftover !== null) {
      await rm(leftover, { recursive: true, force: true }).catch((error: unknown) =>
        warn(`Could not remove the temporary folder ${leftover}: ${(error as Error).message}. Delete it by hand.`),
      )
    }
    await cache?.release()
  }
}
