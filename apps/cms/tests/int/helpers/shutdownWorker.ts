import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getPayload } from 'payload'
import { env } from '../../../src/env'
import { stopGracefullyOnSignals } from '../../../src/ops/shutdown'
import config from '../../../src/payload.config'

/*
 * A CMS process for the graceful-shutdown test (started by gracefulShutdown.int.spec.ts with the
 * parent's environment, so on the same database): Payload with its jobs runner, as the server
 * starts it, behind a plain HTTP server, and the server's own shutdown (src/ops/shutdown.ts,
 * which finds Payload through getPayload's cache as src/server/main.ts does). Next is left out:
 * the production build is not available to the tests, and the dev server takes minutes to start.
 * `GET /slow?ms=N` answers after N ms, so a test can keep a request open across the shutdown.
 */

await getPayload({ config, cron: true })

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const ms = url.pathname === '/slow' ? Number(url.searchParams.get('ms') ?? 0) : 0
  setTimeout(() => res.end(`answered after ${ms} ms`), ms)
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

stopGracefullyOnSignals({ server, jobsTimeoutMs: env.SHUTDOWN_TIMEOUT_MS })
process.send?.({ ready: true, port: (server.address() as AddressInfo).port })
