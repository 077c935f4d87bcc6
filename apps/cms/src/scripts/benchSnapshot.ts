/**
 * Times the snapshot export of brands on an existing database (e.g. one made by `bench:seed`):
 *   DATABASE_URI=file:<path> MEDIA_DIR=<dir> LOCAL_REBUILD=false pnpm --filter cms bench:snapshot [--brand <slug> | --all] [--runs 5] [--http] [--out-dir <dir>]
 * (or DATABASE_URI=mongodb://…; the database and media folder are the CMS's settings, src/env.ts).
 * Payload boots once (its time is
 * reported on its own); then `buildBrandSnapshot` runs `--runs` times per brand in this process.
 * With `--http` it also starts the CMS server on a free port with the same database and a fresh
 * BUILD_TOKEN (the CMS server, src/server/main.ts, on the production build in apps/cms/.next, as
 * the browser tests run it; in dev mode for a database whose schema dev mode pushed, see
 * the note in main), GETs
 * `/api/brands/<slug>/snapshot` `--runs` times per brand, then stops the server by its PID.
 * `--out-dir` writes each brand's last in-process snapshot as `<slug>.json`, formatted as
 * `pnpm snapshot` writes it, to compare exports. Medians over `--runs`. Only reads the
 * database; still, give it a copy of a database others use (dev mode may align its schema).
 * Progress goes to stderr; the last stdout line is a JSON summary.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { childProcessEnv, env } from '../env'
import { freePort, productionBuildId, productionBuildIsStale, startCmsProcess, whenCmsAnswers } from '../server/cmsProcess'

const usage = 'usage: DATABASE_URI=file:<path> MEDIA_DIR=<dir> LOCAL_REBUILD=false bench:snapshot [--brand <slug> | --all] [--runs 5] [--http] [--out-dir <dir>]'
let values: { brand?: string; all: boolean; runs: string; http: boolean; 'out-dir'?: string }
try {
  ;({ values } = parseArgs({
    options: {
      brand: { type: 'string' },
      all: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      http: { type: 'boolean', default: false },
      'out-dir': { type: 'string' },
    },
  }))
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}
if (values.brand !== undefined && values.all) {
  console.error(`✖ Give either --brand <slug> or --all, not both\n${usage}`)
  process.exit(2)
}
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`✖ --runs must be an integer ≥ 1, got "${values.runs}"\n${usage}`)
  process.exit(2)
}

// Paths are given relative to where the command was typed, not to apps/cms.
const fromCaller = (file: string) => path.resolve(env.callerDir, file)
if (env.sqliteFile !== null && (!fs.existsSync(env.sqliteFile) || fs.statSync(env.sqliteFile).size === 0)) {
  console.error(`✖ ${env.sqliteFile} does not exist or is empty: set DATABASE_URI to a seeded database (pnpm --filter cms bench:seed).`)
  process.exit(2)
}
if (env.s3 === null && !fs.existsSync(env.mediaDir)) {
  console.error(`✖ ${env.mediaDir} does not exist: set MEDIA_DIR to the media folder of the database.`)
  process.exit(2)
}
if (env.LOCAL_REBUILD) {
  console.error(`✖ Benchmarks never start site builds: run bench:snapshot with LOCAL_REBUILD=false.\n${usage}`)
  process.exit(2)
}

const log = (line: string) => console.error(`› ${line}`)
const ms = (from: number, to = performance.now()) => Number((to - from).toFixed(1))
const median = (list: readonly number[]) => {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return Number((sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2).toFixed(1))
}

interface BrandResult {
  slug: string
  articles: number
  /** Size of the snapshot as the endpoint sends it (compact JSON, UTF-8). */
  bytes: number
  /** `cpuMs`: CPU time of this process (all its threads, GC included), less sensitive than wall time to other load on the machine. */
  inProcess: { runsMs: number[]; medianMs: number; cpuMs: number[]; cpuMedianMs: number; stringifyMedianMs: number }
  http?: { runsMs: number[]; medianMs: number; bytes: number }
}

type ServerMode = 'next start' | 'next dev'

/*
 * The CMS server is served from the production build in apps/cms/.next (`next start` in the
 * results), as the browser tests run it, whenever it can be. A production server applies the
 * committed migrations when it starts, and on a database whose schema dev mode pushed (as
 * `bench:seed` makes them) Payload stops at a prompt before that; such a database is served
 * with `next dev` instead, as `pnpm dev` would (the first request compiles the API route, and
 * readiness waits for that).
 */

async function main() {
  const started = performance.now()
  const [{ getPayload }, { default: config }, { buildBrandSnapshot }] = await Promise.all([import('payload'), import('../payload.config'), import('../snapshot/buildSnapshot')])
  const payload = await getPayload({ config })
  const bootSeconds = (performance.now() - started) / 1000
  log(`Payload booted in ${bootSeconds.toFixed(2)} s (${env.databaseKind} ${env.databaseKind === 'sqlite' ? env.sqliteFile : ''})`)

  // A database set up by dev mode's schema push carries Payload's `dev` migration marker.
  const devSchema = (await payload.count({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, overrideAccess: true })).totalDocs > 0
  const results: BrandResult[] = []
  try {
    const slugs = values.brand !== undefined
      ? [values.brand]
      : (await payload.find({ collection: 'brands', where: { _status: { equals: 'published' } }, depth: 0, pagination: false, overrideAccess: true, sort: 'slug', select: { slug: true } })).docs.map((brand) => brand.slug)
    if (slugs.length === 0) throw new Error('There are no published brands in the database: seed one with `pnpm --filter cms bench:seed`.')

    for (const slug of slugs) {
      const runsMs: number[] = []
      const cpuMs: number[] = []
      const stringifyMs: number[] = []
      let bytes = 0
      let articles = 0
      let last: unknown = null
      for (let run = 1; run <= runs; run += 1) {
        const cpuBefore = process.cpuUsage()
        const before = performance.now()
        const snapshot = await buildBrandSnapshot(payload, slug, { serverUrl: env.serverUrl })
        const built = performance.now()
        const cpu = process.cpuUsage(cpuBefore)
        cpuMs.push(Number(((cpu.user + cpu.system) / 1000).toFixed(1)))
        const json = JSON.stringify(snapshot)
        stringifyMs.push(ms(built))
        runsMs.push(ms(before, built))
        bytes = Buffer.byteLength(json)
        articles = snapshot.articles.length
        last = snapshot
        log(`${slug} in-process run ${run}/${runs}: ${ms(before, built)} ms, CPU ${cpuMs.at(-1)} ms (${articles} articles, ${bytes} bytes; stringify ${ms(built)} ms)`)
      }
      if (values['out-dir'] !== undefined) {
        const file = path.join(fromCaller(values['out-dir']), `${slug}.json`)
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, `${JSON.stringify(last, null, 2)}\n`)
        log(`${slug} → ${file}`)
      }
      results.push({ slug, articles, bytes, inProcess: { runsMs, medianMs: median(runsMs), cpuMs, cpuMedianMs: median(cpuMs), stringifyMedianMs: median(stringifyMs) } })
    }
  } finally {
    // The server gets the machine (and the database) to itself.
    await payload.destroy()
  }

  let http: { server: ServerMode; port: number; startSeconds: number; buildId: string | null } | undefined
  if (values.http) {
    const mode: ServerMode = devSchema ? 'next dev' : 'next start'
    let buildId: string | null = null
    if (mode === 'next start') {
      buildId = productionBuildId()
      if (buildId === null) throw new Error('There is no production build in apps/cms/.next: run `pnpm --filter cms build` first (--http serves it with `next start`).')
      if (productionBuildIsStale()) {
        log(`warning: apps/cms/src changed after the production build ${buildId}; the HTTP timings measure the built code (run \`pnpm --filter cms build\` to measure the current one)`)
      }
    } else {
      log('the database was set up by dev mode (schema push), which a production server refuses without a prompt: serving it with `next dev`')
    }
    const port = await freePort()
    const token = randomBytes(32).toString('hex')
    const childEnv = childProcessEnv({
      DATABASE_URI: env.DATABASE_URI,
      MEDIA_DIR: env.mediaDir,
      SERVER_URL: env.SERVER_URL,
      BUILD_TOKEN: token,
      // A throwaway secret unless one is configured (production requires one).
      PAYLOAD_SECRET: env.PAYLOAD_SECRET === undefined || env.PAYLOAD_SECRET.startsWith('development-only') ? randomBytes(32).toString('hex') : env.PAYLOAD_SECRET,
      LOCAL_REBUILD: 'false',
      JOBS_AUTORUN: 'false',
      NODE_OPTIONS: '--no-deprecation',
      NEXT_TELEMETRY_DISABLED: '1',
    }, ['NODE_ENV'])
    log(`starting the CMS server (${mode}${buildId ? `, build ${buildId}` : ''}) on port ${port}`)
    const serverStarted = performance.now()
    const server = startCmsProcess({ port, env: { ...childEnv, NODE_ENV: mode === 'next dev' ? 'development' : 'production' }, dev: mode === 'next dev' })
    // Interrupting the bench stops the server too.
    const interrupted = (signal: NodeJS.Signals) => {
      void server.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
    }
    process.once('SIGINT', interrupted)
    process.once('SIGTERM', interrupted)
    const base = `${server.url}/api`
    const headers = { Authorization: `Bearer ${token}` }
    try {
      // Ready once the API answers the build token: Payload has booted and the API route is compiled.
      await whenCmsAnswers(server, async () => (await fetch(`${base}/brands/snapshot-index`, { headers, signal: AbortSignal.timeout(120_000) })).status === 200)
      const startSeconds = (performance.now() - serverStarted) / 1000
      http = { server: mode, port, startSeconds: Number(startSeconds.toFixed(3)), buildId }
      log(`CMS server answered after ${startSeconds.toFixed(2)} s (pid ${server.child.pid})`)
      for (const result of results) {
        const runsMs: number[] = []
        let bytes = 0
        for (let run = 1; run <= runs; run += 1) {
          const before = performance.now()
          const response = await fetch(`${base}/brands/${encodeURIComponent(result.slug)}/snapshot`, { headers, signal: AbortSignal.timeout(120_000) })
          const body = Buffer.from(await response.arrayBuffer())
          runsMs.push(ms(before))
          if (response.status !== 200) throw new Error(`GET /api/brands/${result.slug}/snapshot answered ${response.status}: ${body.toString().slice(0, 500)}`)
          bytes = body.length
          log(`${result.slug} HTTP run ${run}/${runs}: ${ms(before)} ms (${bytes} bytes)`)
        }
        result.http = { runsMs, medianMs: median(runsMs), bytes }
      }
    } finally {
      log(`stopping the CMS server (pid ${server.child.pid})`)
      await server.stop()
      process.removeListener('SIGINT', interrupted)
      process.removeListener('SIGTERM', interrupted)
    }
  }

  const summary = {
    database: env.databaseKind,
    runs,
    bootSeconds: Number(bootSeconds.toFixed(3)),
    brands: results,
    inProcessMedianMsMax: Math.max(...results.map((result) => result.inProcess.medianMs)),
    ...(http ? { http: { ...http, medianMsMax: Math.max(...results.map((result) => result.http?.medianMs ?? 0)) } } : {}),
  }
  for (const result of results) {
    log(`${result.slug}: ${result.articles} articles, ${result.bytes} bytes; in-process median ${result.inProcess.medianMs} ms${result.http ? `, HTTP median ${result.http.medianMs} ms` : ''}`)
  }
  console.log(JSON.stringify(summary))
}

try {
  await main()
} catch (error) {
  console.error(`✖ bench:snapshot failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
process.exit()
