import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { type Server, createServer } from 'node:http'
import path from 'node:path'
import { childEnv, demoAccounts, e2eOnlyEnv } from './e2eEnv'

/** The brand the editorial flow works in: the demo brand with the fewest pages, so its rebuild is quick. */
export const EDITOR_BRAND = 'mesquite-ridge-pt'
/** Another demo brand, whose content the editor must not see. */
export const OTHER_BRAND = 'wrenfield-pt'

/** The brand's demo editor the seed creates (src/seed/seedNetwork.ts; DEMO_EDITOR_PASSWORD as in env.ts). */
export const brandEditor = {
  email: `editor@${EDITOR_BRAND}.example`,
  password: demoAccounts.editorPassword,
}

/** Set by playwright.config.ts for the server and every worker. */
export function e2eSettings(): { buildToken: string; sitesDir: string } {
  const { buildToken, sitesDir } = e2eOnlyEnv
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
      env: childEnv({ CMS_URL: cmsUrl, CMS_BUILD_TOKEN: buildToken, SITE_OUT_DIR: sitesDir, SITE_BASE_PATH_PER_BRAND: 'true' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`The first build of ${EDITOR_BRAND} failed (exit ${code}):\n${output.join('')}`))))
  })
}

/** Port of the static server the appointment tests serve the built brand site from. */
export const SITE_PORT = 4400
export const SITE_ORIGIN = `http://127.0.0.1:${SITE_PORT}`

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

/** Serves `root` read-only on 127.0.0.1 (folders answer with their index.html), as a static host would. */
export function serveDirectory(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''), pathname.endsWith('/') ? 'index.html' : '')
      if (!file.startsWith(root)) return void response.writeHead(403).end()
      try {
        const body = await readFile(file)
        response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body)
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      }
    })()
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
