import { defineConfig, devices } from '@playwright/test'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Port of the CMS server the browser tests run against (`pnpm dev` uses 3000). */
const PORT = Number(process.env.CMS_E2E_PORT || 3100)
/**
 * `CMS_E2E_DEV=true` runs the tests against the dev server (schema pushed, no build) while a
 * feature is being written; CI and `pnpm test` use the production build and the migrations.
 */
const devServer = process.env.CMS_E2E_DEV === 'true'
const baseURL = `http://localhost:${PORT}`

/**
 * A fresh directory per run for the SQLite database and uploaded media.
 * It is made here rather than in globalSetup because Playwright starts
 * `webServer` before `globalSetup`, and the server needs the path. Worker
 * processes load this file again but inherit the variable, so they reuse it;
 * only the process that made the directory removes it, when the run ends.
 */
if (!process.env.CMS_E2E_DIR) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cms-e2e-'))
  process.env.CMS_E2E_DIR = dir
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
}
const e2eDir = process.env.CMS_E2E_DIR
// The server's build token, shared the same way: the tests read snapshots with it.
const buildToken = (process.env.CMS_E2E_BUILD_TOKEN ||= randomBytes(32).toString('hex'))
/** Where the CMS rebuilds brand sites on publish (LOCAL_REBUILD), one folder per brand. */
const sitesDir = (process.env.CMS_E2E_SITES_DIR ||= path.join(e2eDir, 'sites'))

/** Debian's chromium by default; without it, Playwright's own browser (if installed). */
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  globalSetup: './tests/e2e/globalSetup.ts',
  // One server and one database are shared by all tests.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // Seed first, then build and serve. The seed runs in production mode like
    // the server, so the committed migrations create the schema (no dev push)
    // and the server starts on a database that already has the demo network.
    command: devServer
      ? ['pnpm exec tsx src/scripts/seed.ts', `pnpm exec tsx src/server/main.ts --dev --port ${PORT}`].join(' && ')
      : [
          'NODE_ENV=production pnpm exec tsx src/scripts/seed.ts',
          'pnpm exec next build',
          `pnpm exec tsx src/server/main.ts --port ${PORT}`,
        ].join(' && '),
    url: `${baseURL}/admin/login`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      DATABASE_URI: `file:${path.join(e2eDir, 'e2e.db')}`,
      MEDIA_DIR: path.join(e2eDir, 'media'),
      SERVER_URL: baseURL,
      // Production needs a secret; a throwaway one keeps apps/cms/.env out of the tests.
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      BUILD_TOKEN: buildToken,
      // Publishing rebuilds the brand's site on this machine, into a folder of this run.
      LOCAL_REBUILD: 'true',
      SITE_OUT_DIR: sitesDir,
      REBUILD_DEBOUNCE_MS: '500',
      // The brand site the appointment tests serve (tests/e2e/editorial.ts: SITE_ORIGIN) may post the form.
      SITE_ORIGINS: 'http://127.0.0.1:4400',
      APPOINTMENT_MIN_FILL_MS: '500',
      NODE_ENV: devServer ? 'development' : 'production',
      NODE_OPTIONS: '--no-deprecation',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
})
