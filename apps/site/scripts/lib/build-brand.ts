import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isSlug, parseBrandSnapshot } from '@clinic/schema'
import { countPages } from './count-pages'
import { type PageWeight, measurePages } from './page-weights'
import type { SnapshotSource } from './snapshot-source'
import { swapDirectory } from './swap-directory'

/** What one Astro build of one brand needs; every path is absolute. */
export interface AstroBuildJob {
  brand: string
  /** The validated snapshot, for the content loader (SITE_SNAPSHOT_FILE). */
  snapshotFile: string
  /** A fresh, empty folder for Astro's output. */
  outDir: string
  /** Astro's cache (content store) for this build only, so parallel builds never share one. */
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
}

/** The prefix of the temporary folders a build works in, inside the output root. */
export const WORK_DIR_PREFIX = '.building-'

/**
 * Fetches, validates and builds one brand, then swaps the result into `<outRoot>/<slug>/`.
 *
 * Everything happens in a fresh `<outRoot>/.building-<slug>-<random>/` folder (snapshot,
 * Astro output, Astro cache, and the previous build once swapped out), which is removed
 * whatever happens. On any failure `<outRoot>/<slug>/` is untouched.
 */
export async function buildBrand({ slug, source, outRoot, basePathPerBrand, runAstro, signal, warn }: BuildBrandOptions): Promise<{ pages: number; weights: Map<string, PageWeight & { path: string }> }> {
  if (!isSlug(slug)) {
    throw new Error(`"${slug}" is not a valid brand slug (lower-case a-z, 0-9 and single hyphens); snapshot files must be named <slug>.json.`)
  }
  const snapshot = parseBrandSnapshot(await source.readSnapshot(slug, signal), slug)
  if (snapshot.brand.slug !== slug) {
    throw new Error(`The snapshot requested as brand "${slug}" is the snapshot of brand "${snapshot.brand.slug}"; refusing to publish it as ${slug}.`)
  }

  await mkdir(outRoot, { recursive: true })
  const workDir = await mkdtemp(path.join(outRoot, `${WORK_DIR_PREFIX}${slug}-`))
  try {
    const job: AstroBuildJob = {
      brand: slug,
      snapshotFile: path.join(workDir, 'snapshot.json'),
      outDir: path.join(workDir, 'site'),
      cacheDir: path.join(workDir, 'cache'),
      site: `https://${snapshot.brand.domain}`,
      base: basePathPerBrand ? `/${slug}/` : '/',
    }
    await writeFile(job.snapshotFile, JSON.stringify(snapshot))
    await runAstro(job, signal)
    const pages = await countPages(job.outDir)
    if (pages === 0) throw new Error(`Astro finished but wrote no pages to ${job.outDir}.`)
    const weights = await measurePages(job.outDir)
    await swapDirectory(job.outDir, path.join(outRoot, slug), path.join(workDir, 'previous'))
    return { pages, weights }
  } finally {
    await rm(workDir, { recursive: true, force: true }).catch((error: unknown) =>
      warn(`Could not remove the temporary folder ${workDir}: ${(error as Error).message}. Delete it by hand.`),
    )
  }
}
