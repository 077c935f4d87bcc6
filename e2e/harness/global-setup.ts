/**
 * Builds every demo brand from scratch and serves the result, once per Playwright run:
 *
 *   seed (CMS CLI) → media server → snapshots (CMS CLI) → site build → site server → crawl
 *
 * all inside a fresh temp folder, then writes the run file the specs read (see run-file.ts).
 * Any failure releases what was started and names the step; teardown releases the rest.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { parseBrandSnapshot } from '@clinic/schema'
import type { FullConfig } from '@playwright/test'
import { crawlBrand } from './crawl'
import { draftArticles } from './demo-data'
import { childEnv, demoAdmin, publishRunFile } from './env'
import { unlinkedPaths } from './page-types'
import { type RunBrand, type RunInfo, writeRunFile } from './run-file'
import { releaseResources, resources } from './run-resources'
import { writeSetupFailureReport } from './setup-failure-report'
import { PAGE_TYPES, type RunningServer, startMediaServer, startSiteServer } from 'site/testing'
import { log, runCommand, step } from './steps'

/** The workspace root (e2e/..), where `pnpm --filter` finds the apps. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Settings the site build reads that must not leak in from the caller's shell. */
const SITE_SOURCE_VARIABLES = ['CMS_URL', 'CMS_BUILD_TOKEN', 'SNAPSHOT_DIR', 'SITE_SNAPSHOT_FILE']

function keepServer(name: string, server: RunningServer): RunningServer {
  resources().servers.push({ name, server })
  return server
}

function readBuiltBrands(snapshotDir: string): { brand: RunBrand; unlinked: string[] }[] {
  const files = readdirSync(snapshotDir).filter((file) => file.endsWith('.json'))
  if (files.length === 0) throw new Error(`The snapshot export wrote no <brand>.json into ${snapshotDir}.`)
  return files.sort().map((file) => {
    const snapshot = parseBrandSnapshot(JSON.parse(readFileSync(path.join(snapshotDir, file), 'utf8')), file.replace(/\.json$/, ''))
    const { brand } = snapshot
    return { brand: { slug: brand.slug, domain: brand.domain, name: brand.name }, unlinked: unlinkedPaths(snapshot) }
  })
}

export default async function globalSetup(config: FullConfig): Promise<void> {
  const started = performance.now()
  const tmp = mkdtempSync(path.join(tmpdir(), 'clinic-e2e-'))
  resources().tempDir = tmp
  log(`building the demo network in ${tmp}`)
  const dirs = { media: path.join(tmp, 'media'), snapshots: path.join(tmp, 'snapshots'), dist: path.join(tmp, 'dist') }
  const admin = demoAdmin()
  const cmsEnv = {
    DATABASE_URI: `file:${path.join(tmp, 'cms.db')}`,
    MEDIA_DIR: dirs.media,
    // Production mode applies the committed migrations instead of pushing the dev schema.
    NODE_ENV: 'production',
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    DEMO_ADMIN_EMAIL: admin.email,
    DEMO_ADMIN_PASSWORD: admin.password,
    NODE_OPTIONS: '--no-deprecation',
  }

  try {
    await step('seed the demo network into a fresh SQLite database', () =>
      runCommand('pnpm', ['--filter', 'cms', 'exec', 'tsx', 'src/scripts/seed.ts'], {
        cwd: REPO_ROOT,
        env: childEnv(cmsEnv),
        timeoutMs: 120_000,
      }),
    )

    const media = await step('start the media server', async () => keepServer('media', await startMediaServer(dirs.media)))

    await step('export every brand snapshot', () =>
      runCommand('pnpm', ['--filter', 'cms', 'exec', 'tsx', 'src/scripts/snapshot.ts', '--all', '--out-dir', dirs.snapshots], {
        cwd: REPO_ROOT,
        // Media URLs in the snapshots are built on SERVER_URL: point them at the media server.
        env: childEnv({ ...cmsEnv, SERVER_URL: media.url }),
        timeoutMs: 120_000,
      }),
    )
    const built = readBuiltBrands(dirs.snapshots)
    const brands = built.map(({ brand }) => brand)

    const build = await step(`build ${brands.length} brand sites`, () =>
      runCommand('pnpm', ['--filter', 'site', 'exec', 'tsx', 'scripts/build-brands.ts', '--snapshot-dir', dirs.snapshots], {
        cwd: REPO_ROOT,
        env: childEnv({ SITE_OUT_DIR: dirs.dist, SITE_BASE_PATH_PER_BRAND: 'true' }, [...SITE_SOURCE_VARIABLES, 'NODE_ENV']),
        timeoutMs: 300_000,
      }),
    )
    for (const line of build.stdout.split('\n').filter((candidate) => /built \d+ pages?/.test(candidate))) log(`  ${line.trim()}`)

    const site = await step('start the site server', async () => keepServer('site', await startSiteServer(dirs.dist)))

    const crawl = await step('crawl every brand from its home page', async () =>
      Object.fromEntries(await Promise.all(built.map(async ({ brand, unlinked }) => [brand.slug, await crawlBrand(site.url, brand.slug, unlinked)] as const))),
    )
    for (const brand of brands) {
      const result = crawl[brand.slug]
      if (result === undefined) continue
      const counts = [...PAGE_TYPES, 'other' as const]
        .map((type) => [type, result.pages.filter((page) => page.type === type).length] as const)
        .filter(([, count]) => count > 0)
        .map(([type, count]) => `${type} ${count}`)
      log(`  ${brand.slug}: ${result.pages.length} pages (${counts.join(', ')})${result.deadLinks.length > 0 ? `, ${result.deadLinks.length} dead link(s)` : ''}`)
    }

    const run: RunInfo = {
      baseUrl: site.url,
      mediaUrl: media.url,
      distDir: dirs.dist,
      snapshotDir: dirs.snapshots,
      brands,
      draftTitles: draftArticles.map((draft) => draft.title),
      drafts: [...draftArticles],
      demoAdmin: admin,
      crawl,
    }
    publishRunFile(writeRunFile(tmp, run))
    log(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${site.url}/<brand>/`)
  } catch (error) {
    writeSetupFailureReport(config, error)
    await releaseResources().catch((cleanupError: unknown) => log(`also: ${(cleanupError as Error).message}`))
    throw error
  }
}
