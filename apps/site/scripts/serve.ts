/*
 * Serves the built brand sites for a local look: `pnpm --filter site serve [--port 4321]`.
 * Build them with SITE_BASE_PATH_PER_BRAND=true so each brand lives at /<brand>/.
 */
import { readdir } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { env } from '../src/env'
import { startSiteServer } from './lib/static-server'

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } } })
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`)
  process.exit(2)
}
const root = env().outDir
const brands = (await readdir(root, { withFileTypes: true }).catch(() => []))
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
if (brands.length === 0) {
  console.error(`Nothing to serve: ${root} has no built brands. Build them first (pnpm --filter site build).`)
  process.exit(1)
}
const { url } = await startSiteServer(root, { port, host: values.host })
console.log(`› Brand sites from ${root}:`)
for (const brand of brands) console.log(`  ${url}/${brand}/`)
