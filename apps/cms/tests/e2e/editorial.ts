import { spawn } from 'node:child_process'
import path from 'node:path'

/** The brand the editorial flow works in: the demo brand with the fewest pages, so its rebuild is quick. */
export const EDITOR_BRAND = 'mesquite-ridge-pt'
/** Another demo brand, whose content the editor must not see. */
export const OTHER_BRAND = 'wrenfield-pt'

/** The brand's demo editor the seed creates (src/seed/seedNetwork.ts; DEMO_EDITOR_PASSWORD as in env.ts). */
export const brandEditor = {
  email: `editor@${EDITOR_BRAND}.example`,
  password: process.env.DEMO_EDITOR_PASSWORD || 'demo-editor-2026',
}

/** Set by playwright.config.ts for the server and every worker. */
export function e2eSettings(): { buildToken: string; sitesDir: string } {
  const buildToken = process.env.CMS_E2E_BUILD_TOKEN
  const sitesDir = process.env.CMS_E2E_SITES_DIR
  if (!buildToken || !sitesDir) throw new Error('Run the browser tests with `playwright test` from apps/cms (playwright.config.ts sets CMS_E2E_*).')
  return { buildToken, sitesDir }
}

/** The built file of a page of the editor's brand site (the CMS builds brands under /<brand>/). */
export const builtPage = (sitesDir: string, ...segments: string[]) => path.join(sitesDir, EDITOR_BRAND, ...segments, 'index.html')

/** Builds the brand's site from the running CMS, the way its local rebuild does. */
export function buildBrandSite(cmsUrl: string): Promise<void> {
  const { buildToken, sitesDir } = e2eSettings()
  return new Promise((resolve, reject) => {
    const output: string[] = []
    const child = spawn('pnpm', ['--filter', 'site', 'build', '--brand', EDITOR_BRAND], {
      env: { ...process.env, CMS_URL: cmsUrl, CMS_BUILD_TOKEN: buildToken, SITE_OUT_DIR: sitesDir, SITE_BASE_PATH_PER_BRAND: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`The first build of ${EDITOR_BRAND} failed (exit ${code}):\n${output.join('')}`))))
  })
}
