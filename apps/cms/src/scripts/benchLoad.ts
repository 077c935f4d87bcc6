/**
 * Load on the appointment endpoint with the CMS scaled out:
 *   NODE_ENV=production PAYLOAD_SECRET=<32+ characters> DATABASE_URI=file:<path> LOCAL_REBUILD=false \
 *     pnpm --filter cms bench:load [--requests 200] [--concurrency 8]
 * (or DATABASE_URI=mongodb://…). The database must hold the demo network set up by the production
 * start (`NODE_ENV=production pnpm --filter cms seed` with the same settings), and apps/cms/.next a
 * production build. This process reads it as production does (migrations, never dev mode's schema
 * push); the servers get a secret of their own. Starts two CMS servers on that one database, sends
 * `--requests` appointment requests from as many client addresses (one proxy hop,
 * X-Forwarded-For), `--concurrency` at a time, alternating between the servers, then checks
 * that each was stored exactly once and none answered 5xx, and reports the latency. A
 * measurement: it fails only when a request is lost, duplicated or answered 5xx.
 * Progress goes to stderr; the last stdout line is a JSON summary.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { APPOINTMENT_ENDPOINT_PATH } from '@clinic/schema'
import { childProcessEnv, env } from '../env'
import { type CmsProcess, freePort, healthy, productionBuildId, startCmsProcess, whenCmsAnswers } from '../server/cmsProcess'

const usage = 'usage: NODE_ENV=production PAYLOAD_SECRET=<secret> DATABASE_URI=file:<path> LOCAL_REBUILD=false bench:load [--requests 200] [--concurrency 8]'
const fail = (message: string): never => {
  console.error(`✖ ${message}\n${usage}`)
  process.exit(2)
}
const { values } = parseArgs({ options: { requests: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '8' } } })
const requests = Number(values.requests)
const concurrency = Number(values.concurrency)
if (!Number.isInteger(requests) || requests < 1 || requests > 60_000) fail(`--requests must be a whole number from 1 to 60000, got "${values.requests}"`)
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) fail(`--concurrency must be a whole number from 1 to 256, got "${values.concurrency}"`)
if (env.NODE_ENV !== 'production') fail(`bench:load reads a database the production start set up: run it with NODE_ENV=production (it is ${env.NODE_ENV})`)
if (env.sqliteFile !== null && !fs.existsSync(env.sqliteFile)) fail(`${env.sqliteFile} does not exist: seed it with NODE_ENV=production pnpm --filter cms seed`)
if (env.LOCAL_REBUILD) fail('Benchmarks never start site builds: run bench:load with LOCAL_REBUILD=false')

const log = (line: string) => console.error(`› ${line}`)
const SITE_ORIGIN = 'http://load.bench.example'
/** The demo brand the requests are for (src/seed). */
const BRAND = 'mesquite-ridge-pt'
const NAME = 'Load Visitor'

/** The `q` quantile (0–1) of `values`, nearest rank. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return Number((sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0).toFixed(1))
}

/** A client address for request `index`: 10.x.y.z, distinct for up to 16 million requests. */
const clientOf = (index: number) => `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`

async function main() {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../payload.config')])
  if (productionBuildId() === null) throw new Error('There is no production build in apps/cms/.next: run `pnpm --filter cms build` first.')

  // This process reads the brand's clinic before, and the stored requests after, the load.
  const payload = await getPayload({ config })
  const brand = (await payload.find({ collection: 'brands', where: { slug: { equals: BRAND } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!brand) throw new Error(`Brand ${BRAND} is not in the database: seed the demo network first.`)
  const clinic = (await payload.find({ collection: 'clinics', where: { brand: { equals: brand.id }, _status: { equals: 'published' } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!clinic) throw new Error(`Brand ${BRAND} has no published clinic.`)
  const before = (await payload.count({ collection: 'appointment-requests', where: { name: { like: NAME } }, overrideAccess: true })).totalDocs

  const childEnv = childProcessEnv(
    {
      DATABASE_URI: env.DATABASE_URI,
      MEDIA_DIR: env.mediaDir,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      NEXT_TELEMETRY_DISABLED: '1',
      LOCAL_REBUILD: 'false',
      SITE_ORIGINS: SITE_ORIGIN,
      TRUSTED_PROXY_HOPS: '1',
      APPOINTMENT_MIN_FILL_MS: '0',
    },
    [],
  )
  const ports = [await freePort(), await freePort()]
  log(`starting two CMS servers (production build ${productionBuildId()}) on ports ${ports.join(' and ')}`)
  const servers: CmsProcess[] = ports.map((port) => startCmsProcess({ port, env: { ...childEnv, SERVER_URL: `http://127.0.0.1:${ports[0]}` } }))
  const stopAll = () => Promise.all(servers.map((server) => server.stop()))
  const interrupted = () => void stopAll().finally(() => process.exit(130))
  process.once('SIGINT', interrupted)
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  const errors: string[] = []
  let seconds: number | undefined
  try {
    await Promise.all(servers.map((server) => whenCmsAnswers(server, healthy(server))))
    log(`sending ${requests} appointment requests, ${concurrency} at a time`)
    const started = performance.now()
    let next = 0
    const worker = async () => {
      for (let index = next++; index < requests; index = next++) {
        const server = servers[index % 2] as CmsProcess
        const sent = performance.now()
        try {
          const response = await fetch(`${server.url}${APPOINTMENT_ENDPOINT_PATH}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json', origin: SITE_ORIGIN, 'x-forwarded-for': clientOf(index), 'idempotency-key': `bench-load-${index}-${randomBytes(6).toString('hex')}` },
            body: JSON.stringify({ brand: BRAND, clinic: String(clinic.id), name: `${NAME} ${before + index}`, phone: '(480) 555-0199', consent: true, preferredDays: ['mon'], preferredTimes: ['afternoon'] }),
            signal: AbortSignal.timeout(60_000),
          })
          await response.arrayBuffer()
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
          if (response.status >= 500) errors.push(`request ${index}: HTTP ${response.status}`)
        } catch (error) {
          errors.push(`request ${index}: ${error instanceof Error ? error.message : String(error)}`)
        }
        latencies.push(performance.now() - sent)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    seconds = (performance.now() - started) / 1000
  } finally {
    await stopAll()
    process.removeListener('SIGINT', interrupted)
  }

  const stored = await payload.find({ collection: 'appointment-requests', where: { name: { like: NAME } }, select: { name: true }, depth: 0, pagination: false, overrideAccess: true })
  await payload.destroy()
  const counts = new Map<string, number>()
  for (const doc of stored.docs) counts.set(doc.name, (counts.get(doc.name) ?? 0) + 1)
  const expected = Array.from({ length: requests }, (_, index) => `${NAME} ${before + index}`)
  const missing = expected.filter((name) => !counts.has(name))
  const duplicated = expected.filter((name) => (counts.get(name) ?? 0) > 1)

  const summary = {
    processes: servers.length,
    requests,
    concurrency,
    seconds: Number((seconds ?? 0).toFixed(2)),
    perSecond: Number((requests / (seconds ?? Number.NaN)).toFixed(1)),
    statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
    stored: expected.length - missing.length,
    missing: missing.length,
    duplicated: duplicated.length,
    p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    maxMs: quantile(latencies, 1),
  }
  log(`${summary.stored}/${requests} stored once, ${summary.duplicated} duplicated, ${summary.missing} missing; statuses ${JSON.stringify(summary.statuses)}; p50 ${summary.p50Ms} ms, p95 ${summary.p95Ms} ms`)
  console.log(JSON.stringify(summary))
  if (errors.length > 0 || missing.length > 0 || duplicated.length > 0) {
    console.error(`✖ ${errors.length} errors (${errors.slice(0, 5).join('; ')}), ${missing.length} missing, ${duplicated.length} duplicated`)
    process.exit(1)
  }
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
