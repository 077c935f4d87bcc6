import { defineConfig, devices } from '@playwright/test'
import { chromiumExecutable, isCi } from './harness/env'

/**
 * End-to-end checks of the built brand sites. There is no `webServer`: Playwright starts that
 * before globalSetup, and here the servers need what setup makes (the seeded media, the
 * built sites). globalSetup seeds, exports, builds and serves; globalTeardown stops it all.
 */
export default defineConfig({
  testDir: './tests',
  testMatch: '**/*.e2e.spec.ts',
  globalSetup: './harness/global-setup.ts',
  globalTeardown: './harness/global-teardown.ts',
  // Tests only read the built output, so they can run in any order on both cores.
  fullyParallel: true,
  workers: 2,
  forbidOnly: isCi(),
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  outputDir: '.test-results/artifacts',
  use: {
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
})
