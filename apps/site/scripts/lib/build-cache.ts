import { createHash } from 'node:crypto'
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SITE_ROOT } from '../../src/env'
import { tryLock } from './dir-lock'

/** The folder inside the output root that holds one build cache per brand. */
export const CACHE_DIR_NAME = '.cache'

/** What the last successful build of a brand was made from. */
export interface BuildStamp {
  /** {@link buildInputDigest} of that build. */
  inputDigest: string
  pages: number
  builtAt: string
}

/**
 * One brand's build cache, `<outRoot>/.cache/<brand>/`, held by one build at a time:
 * - `astro/`: Astro's cache folder (optimised images, the incremental build's
 *   manifest and page copies), so an edit re-renders only the pages it changes;
 * - `site/`: Astro's output while a build runs (moved into place when it succeeded);
 * - `stamp.json`: what the build now in `<outRoot>/<brand>/` was made from, so a build with
 *   the same input is skipped;
 * - `lock/`: present while a build uses the cache (holds the builder's pid).
 */
export interface BuildCache {
  astroCacheDir: string
  /**
   * Where Astro writes this build's pages before they are moved into place. Always the same
   * folder: Astro's incremental build hashes code that holds the output path, so a new path
   * on every build would re-render every page.
   */
  outDir: string
  readStamp(): Promise<BuildStamp | null>
  writeStamp(stamp: BuildStamp): Promise<void>
  /** Forgets the stamp: the output is about to change. */
  clearStamp(): Promise<void>
  /** Empties the cache (after a failed build, whose leftovers must not be reused). */
  discard(): Promise<void>
  release(): Promise<void>
}

/**
 * Takes the brand's cache, or returns null when another running build holds it (the caller
 * then builds without a cache: slower, never wrong). A lock left by a build that died is taken over.
 */
export async function acquireBuildCache(outRoot: string, slug: string): Promise<BuildCache | null> {
  const dir = path.join(outRoot, CACHE_DIR_NAME, slug)
  const lock = path.join(dir, 'lock')
  const stampFile = path.join(dir, 'stamp.json')
  const astroCacheDir = path.join(dir, 'astro')
  const release = await tryLock(lock)
  if (release === null) return null
  const outDir = path.join(dir, 'site')
  return {
    astroCacheDir,
    outDir,
    async readStamp() {
      try {
        const stamp = JSON.parse(await readFile(stampFile, 'utf8')) as Partial<BuildStamp>
        return typeof stamp.inputDigest === 'string' && typeof stamp.pages === 'number' && typeof stamp.builtAt === 'string' ? (stamp as BuildStamp) : null
      } catch {
        return null
      }
    },
    async writeStamp(stamp) {
      const temporary = `${stampFile}.${process.pid}.tmp`
      await writeFile(temporary, `${JSON.stringify(stamp, null, 2)}\n`)
      await rename(temporary, stampFile)
    },
    clearStamp: () => rm(stampFile, { force: true }),
    async discard() {
      await rm(stampFile, { force: true })
      await rm(astroCacheDir, { recursive: true, force: true })
      await rm(outDir, { recursive: true, force: true })
    },
    release,
  }
}

const REPO_ROOT = path.resolve(SITE_ROOT, '..', '..')

/** What the site's output depends on besides the snapshot: its code, its packages, the lockfile. */
const CODE_INPUTS = [
  path.join(SITE_ROOT, 'src'),
  path.join(SITE_ROOT, 'astro.config.ts'),
  path.join(SITE_ROOT, 'package.json'),
  path.join(REPO_ROOT, 'packages', 'schema', 'src'),
  path.join(REPO_ROOT, 'packages', 'schema', 'package.json'),
  path.join(REPO_ROOT, 'packages', 'forms', 'src'),
  path.join(REPO_ROOT, 'packages', 'forms', 'package.json'),
  path.join(REPO_ROOT, 'pnpm-lock.yaml'),
]

async function filesUnder(entry: string): Promise<string[]> {
  const names = await readdir(entry, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR') return null
    if (error.code === 'ENOENT') return []
    throw error
  })
  if (names === null) return [entry]
  // Tests sit beside the code but are not part of what a build outputs: editing one keeps the cache.
  return names.filter((dirent) => dirent.isFile() && !dirent.name.endsWith('.test.ts')).map((dirent) => path.join(dirent.parentPath, dirent.name))
}

let codeDigest: Promise<string> | undefined

/** Digest of the site's code and dependencies (every file of {@link CODE_INPUTS}, by path and content). */
export function siteCodeDigest(): Promise<string> {
  codeDigest ??= (async () => {
    const hash = createHash('sha256').update(process.version)
    const files = (await Promise.all(CODE_INPUTS.map(filesUnder))).flat().sort()
    for (const file of files) hash.update(`\0${path.relative(REPO_ROOT, file)}\0`).update(await readFile(file))
    return hash.digest('hex')
  })()
  return codeDigest
}

/** Digest of everything one brand build turns into pages: the snapshot, where it is served, and the site's code. */
export async function buildInputDigest(snapshotJson: string, site: string, base: string): Promise<string> {
  return createHash('sha256')
    .update(await siteCodeDigest())
    .update(`\0${site}\0${base}\0`)
    .update(snapshotJson)
    .digest('hex')
}
