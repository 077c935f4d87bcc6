import type { FullConfig } from '@playwright/test'
import { demoAdmin } from './demoAdmin'
import { EDITOR_BRAND, brandEditor, buildBrandSite } from './editorial'

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
        `Did the seed (src/scripts/seed.ts) succeed against ${process.env.CMS_E2E_DIR}/e2e.db? See the [WebServer] lines above.`,
    )
  }
  const { token } = (await response.json()) as { token: string }
  const asAdmin = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }

  // A brand editor for the editorial flow, made the way a network admin would.
  const brands = (await (await fetch(new URL(`/api/brands?where[slug][equals]=${EDITOR_BRAND}&depth=0`, baseURL), { headers: asAdmin })).json()) as { docs: { id: number | string }[] }
  const brand = brands.docs[0]
  if (!brand) throw new Error(`The seed did not create the brand ${EDITOR_BRAND}.`)
  const created = await fetch(new URL('/api/users', baseURL), {
    method: 'POST',
    headers: asAdmin,
    body: JSON.stringify({ ...brandEditor, name: 'Mesquite Ridge editor', role: 'editor', brands: [brand.id] }),
  })
  if (!created.ok) throw new Error(`Could not create the brand editor (HTTP ${created.status}): ${(await created.text()).slice(0, 300)}`)

  // The brand's live site before the editor starts, so "not on the site" means something.
  await buildBrandSite(baseURL)
}
