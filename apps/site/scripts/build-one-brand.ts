/*
 * Builds ONE brand with Astro's JavaScript API. Started by scripts/build-brands.ts in a fresh
 * process per brand (see lib/run-astro-build.ts for why); not meant to be run by hand.
 * The pages find the validated snapshot through SITE_SNAPSHOT_FILE (src/lib/loadSite.ts).
 */
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'astro'
import { SITE_ROOT, env } from '../src/env'
import { accessibleTheme } from '@clinic/schema'
import { mediaRemotePatterns } from '../src/lib/mediaOrigins'
import { readSnapshotFile } from '../src/lib/snapshotFile'
import { waitForLock } from './lib/dir-lock'

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string' },
    'cache-dir': { type: 'string' },
    site: { type: 'string' },
    base: { type: 'string' },
  },
  strict: true,
})
const outDir = values['out-dir']
const cacheDir = values['cache-dir']
const { site, base } = values
if (outDir === undefined || cacheDir === undefined || site === undefined || base === undefined) {
  console.error('build-one-brand.ts needs --out-dir, --cache-dir, --site and --base; run scripts/build-brands.ts instead.')
  process.exit(2)
}

try {
  const snapshotFile = env().snapshotFile
  if (snapshotFile === null) throw new Error('SITE_SNAPSHOT_FILE is not set; run scripts/build-brands.ts instead.')
  // Images are optimised at build time from where they live (the CMS or its object storage);
  // only the hosts this snapshot's images use are allowed.
  const snapshot = await readSnapshotFile(snapshotFile)
  // A draft preview links the CMS's own renditions instead: it must be ready in seconds.
  const remotePatterns = env().preview === null ? mediaRemotePatterns(snapshot) : []
  // The pages use the corrected palette; say what was changed so the brand can fix its colours.
  for (const correction of accessibleTheme(snapshot.brand.theme).corrections) {
    console.warn(`Theme colour corrected for WCAG AA contrast: ${correction}`)
  }
  // Brands build side by side, one process each, all with apps/site as Astro's root. Two things
  // Astro keeps there must not be shared:
  // - the pages' server bundle, written to <cwd>/.astro/.prerender when outDir is outside the
  //   working directory, and removed when a build ends (under another build's feet): each build
  //   works in its own folder below apps/site, where the bundle still finds node_modules;
  // - the modules the content sync writes to apps/site/.astro/ through one temporary file name:
  //   syncs take turns, holding a lock until Astro starts building pages.
  const workingDir = path.join(SITE_ROOT, '.astro', 'builds', String(process.pid))
  await mkdir(workingDir, { recursive: true })
  process.chdir(workingDir)
  const releaseSync = await waitForLock(path.join(SITE_ROOT, '.astro', 'sync.lock'))
  try {
    await build({
      root: SITE_ROOT,
      outDir,
      cacheDir,
      site,
      base,
      logLevel: 'warn',
      image: { remotePatterns },
      integrations: [{ name: 'clinic-sync-turns', hooks: { 'astro:build:start': () => releaseSync() } }],
    })
  } finally {
    await releaseSync()
    process.chdir(SITE_ROOT)
    await rm(workingDir, { recursive: true, force: true })
  }
  // Astro may leave handles open (file watchers, worker pools); the build is done, so end here.
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  // Astro's errors carry a hint on what to do; it is not part of the stack.
  const hint = error instanceof Error && 'hint' in error && typeof error.hint === 'string' ? error.hint : null
  if (hint !== null) console.error(`Hint: ${hint}`)
  process.exit(1)
}
