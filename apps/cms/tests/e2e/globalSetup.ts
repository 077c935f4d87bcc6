import type { FullConfig } from '@playwright/test'
import { demoAdmin } from './demoAdmin'
import { e2eOnlyEnv } from './e2eEnv'
import { brandEditor, buildBrandSite } from './editorial'

/**
 * Runs once the `webServer` of playwright.config.ts is up (Playwright starts
 * the server, which seeds a fresh database, builds and starts the CMS, before
 * any globalSetup). Checks through the REST API that the server serves that
 * seeded database, so a broken seed fails here with its cause instead of as a
 * browser timeout in every test.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL
  if (!baseURL) {
    throw new Error('No baseURL: run the browser tests with `playwright test` from apps/cms, which uses playwright.config.ts')
  }

  const response = await fetch(new URL('/api/users/login', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoAdmin),
  })
  if (!response.ok) {
    const body = await response.text()
    throw new Error(
      `The demo admin ${demoAdmin.email} cannot log in at ${baseURL} (HTTP ${response.status}: ${body.slice(0, 300)}). ` +
        `Did the seed (src/scripts/seed.ts) succeed against ${e2eOnlyEnv.dir}/e2e.db? See the [WebServer] lines above.`,
    )
  }
  const editor = await fetch(new URL('/api/users/login', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(brandEditor),
  })
  if (!editor.ok) throw new Error(`The seed's brand editor ${brandEditor.email} cannot log in (HTTP ${editor.status}).`)

  // The brand's live site before the editor starts, so "not on the site" means something.
  await buildBrandSite(baseURL)
}
