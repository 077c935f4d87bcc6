import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { env } from '../env'
import { stopGracefullyOnSignals } from '../ops/shutdown'
import { PEER_ADDRESS_HEADER, announcePeerAddressHeader } from '../security/peerAddress'

/*
 * The CMS's HTTP server: Next (admin, REST and GraphQL API) behind a plain Node server whose
 * only additions are the connection's address for the app (client address for rate limits, see
 * src/security/clientAddress.ts) and a graceful stop that lets the job in progress finish.
 * `pnpm dev` runs it with `--dev`, `pnpm start` without (on the production build).
 *
 *   tsx src/server/main.ts [--dev] [--port 3000] [--hostname 0.0.0.0]
 */

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? undefined : process.argv[index + 1]
}

const dev = process.argv.includes('--dev')
const port = Number(option('port') ?? 3000)
const hostname = option('hostname')
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`--port must be a TCP port from 1 to 65535 (got ${JSON.stringify(option('port'))}).`)
  process.exit(2)
}

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const app = next({ dev, dir, port, hostname, turbopack: dev })
const handle = app.getRequestHandler()

announcePeerAddressHeader()
await app.prepare()

const server = createServer((req, res) => {
  // Only this server sets the peer header: drop whatever a client sent under that name.
  delete req.headers[PEER_ADDRESS_HEADER]
  const peer = req.socket.remoteAddress
  if (peer) req.headers[PEER_ADDRESS_HEADER] = peer
  handle(req, res).catch((error: unknown) => {
    console.error(`Request ${req.method} ${req.url} failed:`, error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})

server.listen(port, hostname, () => {
  console.log(`› CMS ${dev ? 'dev server' : 'server'} on http://${hostname ?? 'localhost'}:${port}/admin`)
})

// SIGTERM/SIGINT: no new jobs, the job in progress finishes (up to SHUTDOWN_TIMEOUT_MS), then no
// new connections, open requests finish, exit (src/ops/shutdown.ts). Payload runs inside Next;
// the shutdown finds it through getPayload's process-wide cache.
stopGracefullyOnSignals({ server, jobsTimeoutMs: env.SHUTDOWN_TIMEOUT_MS, closeApp: () => app.close() })
