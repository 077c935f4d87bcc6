#!/usr/bin/env node
/**
 * `pnpm bench [--brands 5] [--articles 2000] [--runs 3] [--keep]`: the performance harness, part 1.
 *
 * In a temp dir it
 *   a. seeds a fresh SQLite database with a synthetic network (`pnpm --filter cms bench:seed`);
 *   b. exports every brand's snapshot through the Local API (`pnpm --filter cms snapshot --all`),
 *      and each brand on its own (`--brand <slug>`), `--runs` times each;
 *   c. builds every brand's site from that snapshot dir (`pnpm --filter site build --snapshot-dir`)
 *      into a fresh SITE_OUT_DIR: wall time, pages (index.html files), pages/s, peak RSS of the
 *      whole process tree (VmRSS of every descendant, summed, sampled every 100 ms), size on disk;
 *   d. rebuilds one brand with nothing changed, and
 *   e. rebuilds it after changing one article's title in its snapshot JSON;
 *   h. imports a generated WordPress export of `--import-posts` posts (tables, FAQs, images served
 *      from a local folder) into a fresh database with the demo network: posts/s and peak RSS;
 *   i. sends `--load-requests` appointment requests from as many client addresses, 8 at a time,
 *      to two CMS servers on one database (`pnpm --filter cms bench:load`; needs the CMS's
 *      production build): each stored once, no 5xx, p50/p95 latency.
 * Medians over `--runs`. The snapshots' image URLs point at a small file server over the media
 * folder (started here), standing in for the CMS the site build downloads images from.
 * Writes bench/results/<YYYY-MM-DD>.json and .md and prints the table. Node built-ins only.
 * Timings are measurements, not checks; any failing step stops the run with a non-zero exit.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { measurePages } from '../apps/site/scripts/lib/page-weights.ts'
import { formAssetsOf, hugoVersion, removePageOneRedirects, writeHugoProject } from './bench/hugo.mjs'
import { writeBenchImport } from './bench/importWxr.mjs'
import { formatResults, pagesOfEachType, runLighthouse } from './bench/lighthouse.mjs'

const ROOT = path.resolve(import.meta.dirname, '..')
const usage = 'usage: pnpm bench [--brands 5] [--articles 2000] [--runs 3] [--import-posts 1000] [--keep] [--skip-hugo] [--skip-http] [--skip-lighthouse] [--skip-import] [--load-requests 200] [--skip-load]'
/** The demo brand the import step imports into. */
const IMPORT_BRAND = 'mesquite-ridge-pt'

let options
try {
  options = parseArgs({
    options: {
      brands: { type: 'string', default: '5' },
      articles: { type: 'string', default: '2000' },
      runs: { type: 'string', default: '3' },
      'import-posts': { type: 'string', default: '1000' },
      keep: { type: 'boolean', default: false },
      'skip-hugo': { type: 'boolean', default: false },
      'skip-http': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'skip-import': { type: 'boolean', default: false },
      'load-requests': { type: 'string', default: '200' },
      'skip-load': { type: 'boolean', default: false },
    },
  }).values
} catch (error) {
  console.error(`✖ ${error.message}\n${usage}`)
  process.exit(2)
}
function integer(name, min) {
  const value = Number(options[name])
  if (!Number.isInteger(value) || value < min) {
    console.error(`✖ --${name} must be an integer ≥ ${min}, got "${options[name]}"\n${usage}`)
    process.exit(2)
  }
  return value
}
const brands = integer('brands', 1)
const articles = integer('articles', 1)
const runs = integer('runs', 1)
const importPosts = integer('import-posts', 1)
const loadRequests = integer('load-requests', 1)
if (!options['skip-hugo'] && hugoVersion() === null) {
  console.error('✖ Hugo is not installed: the bench builds the same content with Hugo as a reference. Install it (`apt-get install hugo`, the extended build) or pass --skip-hugo.')
  process.exit(2)
}

class StepError extends Error {}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const round = (value, digits = 2) => Number(value.toFixed(digits))
const log = (line) => console.error(`› ${line}`)

/** VmRSS (bytes) of `root` and all its descendants, read from /proc: the sum, and the largest single process. */
function treeRss(root) {
  const children = new Map()
  let entries
  try {
    entries = fs.readdirSync('/proc')
  } catch {
    return { total: 0, largest: 0 }
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(entry))
      children.set(ppid, list)
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  let largest = 0
  const queue = [root]
  const seen = new Set()
  while (queue.length > 0) {
    const pid = queue.pop()
    if (seen.has(pid)) continue
    seen.add(pid)
    try {
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) {
        total += Number(match[1]) * 1024
        largest = Math.max(largest, Number(match[1]) * 1024)
      }
    } catch {
      // Ended, or a zombie without memory.
    }
    queue.push(...(children.get(pid) ?? []))
  }
  return { total, largest }
}

/**
 * Runs one command; resolves with wall seconds, peak RSS of its process tree and of its largest
 * process, and stdout. A non-zero exit
 * rejects with the step's name and the end of its output.
 */
function run(step, command, args, { env, showStderr = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', showStderr ? 'inherit' : 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr?.on('data', (chunk) => {
      stderr += chunk
      if (stderr.length > 200_000) stderr = stderr.slice(-100_000)
    })
    let peak = 0
    let peakProcess = 0
    const sample = () => {
      const rss = treeRss(child.pid)
      peak = Math.max(peak, rss.total)
      peakProcess = Math.max(peakProcess, rss.largest)
    }
    const timer = setInterval(sample, 100)
    child.on('error', (error) => {
      clearInterval(timer)
      reject(new StepError(`${step}: could not start ${command}: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      clearInterval(timer)
      const seconds = (performance.now() - started) / 1000
      if (code !== 0) {
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n')
        reject(new StepError(`${step} failed (${signal ?? `exit code ${code}`}) after ${seconds.toFixed(1)} s: ${command} ${args.join(' ')}\n${tail}`))
        return
      }
      resolve({ seconds, peakRss: peak, peakProcessRss: peakProcess, stdout })
    })
  })
}

/** Every file under `dir`: count of index.html files, apparent bytes, bytes on disk. */
function measureTree(dir) {
  let pages = 0
  let files = 0
  let bytes = 0
  let diskBytes = 0
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      // Dot-folders hold build caches and builds in progress, not published files.
      if (entry.name.startsWith('.')) continue
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        const stat = fs.statSync(full)
        files += 1
        bytes += stat.size
        diskBytes += stat.blocks * 512
        if (entry.name === 'index.html') pages += 1
      }
    }
  }
  walk(dir)
  return { pages, files, bytes, diskBytes }
}

/** Serves <mediaDir>/<name> at /api/media/file/<name>, like the CMS does for the site build. */
function startMediaServer(mediaDir) {
  const server = http.createServer((request, response) => {
    const prefix = '/api/media/file/'
    const url = new URL(request.url ?? '/', 'http://localhost')
    const name = decodeURIComponent(url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '')
    if (name === '' || name.includes('/') || name.includes('..')) {
      response.writeHead(404).end()
      return
    }
    fs.readFile(path.join(mediaDir, name), (error, data) => {
      if (error) {
        response.writeHead(404).end()
        return
      }
      const type = name.endsWith('.png') ? 'image/png' : name.endsWith('.webp') ? 'image/webp' : 'image/jpeg'
      response.writeHead(200, { 'content-type': type, 'content-length': data.length }).end(data)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const secs = (seconds) => `${seconds.toFixed(2)} s`

async function main() {
  const loadBefore = os.loadavg()[0]
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-bench-'))
  const dbFile = path.join(temp, 'cms.db')
  const mediaDir = path.join(temp, 'media')
  const snapshotDir = path.join(temp, 'snapshots')
  const server = await startMediaServer(mediaDir)
  const serverUrl = `http://127.0.0.1:${server.address().port}`
  const baseEnv = { ...process.env }
  for (const name of ['CMS_URL', 'CMS_BUILD_TOKEN', 'SNAPSHOT_DIR', 'SITE_SNAPSHOT_FILE', 'SITE_BASE_PATH_PER_BRAND', 'DATABASE_URI', 'MEDIA_DIR', 'LOCAL_REBUILD']) delete baseEnv[name]
  const cmsEnv = { ...baseEnv, DATABASE_URI: `file:${dbFile}`, MEDIA_DIR: mediaDir, SERVER_URL: serverUrl }
  const siteEnv = (outDir) => ({ ...baseEnv, SITE_OUT_DIR: outDir })
  let failed = true
  try {
    log(`temp dir ${temp}; media served at ${serverUrl}`)

    // a. Seed.
    log(`a. seeding ${brands} brands × ${articles} articles`)
    const seedRun = await run('seed', 'pnpm', ['--silent', '--filter', 'cms', 'bench:seed', '--db', dbFile, '--media-dir', mediaDir, '--brands', String(brands), '--articles', String(articles)], { env: cmsEnv, showStderr: true })
    const seedSummary = JSON.parse(seedRun.stdout.trim().split('\n').at(-1))
    const seed = { ...seedSummary, wallSeconds: round(seedRun.seconds), peakRss: seedRun.peakRss }

    // b. Snapshots: the files the builds read, written by the CLI (Payload boot included), then
    // the export itself timed per brand by bench:snapshot: in-process through the Local API
    // (Payload booted once) and over HTTP from the CMS server.
    const allRuns = []
    for (let index = 0; index < runs; index += 1) {
      log(`b. snapshot --all (CLI), run ${index + 1}/${runs}`)
      fs.rmSync(snapshotDir, { recursive: true, force: true })
      allRuns.push(await run('snapshot --all', 'pnpm', ['--silent', '--filter', 'cms', 'snapshot', '--all', '--out-dir', snapshotDir], { env: cmsEnv }))
    }
    const slugs = fs.readdirSync(snapshotDir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).sort()
    if (slugs.length !== brands) throw new StepError(`snapshot --all wrote ${slugs.length} snapshots, expected ${brands}`)
    const exportRuns = Math.max(runs, 3)
    log(`b. bench:snapshot: every brand ${exportRuns} times in-process${options['skip-http'] ? '' : ' and over HTTP'}`)
    const exportRun = await run('bench:snapshot', 'pnpm', ['--silent', '--filter', 'cms', 'bench:snapshot', '--db', dbFile, '--media-dir', mediaDir, '--all', '--runs', String(exportRuns), ...(options['skip-http'] ? [] : ['--http'])], { env: cmsEnv, showStderr: true })
    const exported = JSON.parse(exportRun.stdout.trim().split('\n').at(-1))
    const perBrand = {}
    for (const result of exported.brands) {
      perBrand[result.slug] = {
        articles: result.articles,
        bytes: result.bytes,
        localApiSeconds: round(result.inProcess.medianMs / 1000, 3),
        localApiCpuSeconds: round(result.inProcess.cpuMedianMs / 1000, 3),
        httpSeconds: result.http ? round(result.http.medianMs / 1000, 3) : null,
      }
    }
    const snapshots = {
      cliAllSeconds: round(median(allRuns.map((r) => r.seconds))),
      cliAllPeakRss: Math.max(...allRuns.map((r) => r.peakRss)),
      exportRuns,
      payloadBootSeconds: round(exported.bootSeconds),
      httpServer: exported.http ? { server: exported.http.server, startSeconds: round(exported.http.startSeconds) } : null,
      perBrand,
    }

    // c. Full build of every brand, each run into a fresh output folder.
    const fullRuns = []
    let outDir = ''
    for (let index = 0; index < runs; index += 1) {
      if (outDir !== '') fs.rmSync(outDir, { recursive: true, force: true })
      outDir = path.join(temp, `dist-${index + 1}`)
      log(`c. full build of ${slugs.length} brands, run ${index + 1}/${runs}`)
      const result = await run('full site build', 'pnpm', ['--silent', '--filter', 'site', 'build', '--snapshot-dir', snapshotDir], { env: siteEnv(outDir) })
      const tree = measureTree(outDir)
      if (tree.pages === 0) throw new StepError(`full site build wrote no pages into ${outDir}`)
      fullRuns.push({ ...result, ...tree })
      log(`   ${tree.pages} pages in ${secs(result.seconds)}, peak RSS ${mb(result.peakRss)}`)
    }
    const last = fullRuns.at(-1)
    const fullSeconds = median(fullRuns.map((r) => r.seconds))
    const build = {
      seconds: round(fullSeconds),
      pages: last.pages,
      pagesPerSecond: round(last.pages / fullSeconds, 1),
      peakRss: median(fullRuns.map((r) => r.peakRss)),
      peakProcessRss: median(fullRuns.map((r) => r.peakProcessRss)),
      files: last.files,
      bytes: last.bytes,
      diskBytes: last.diskBytes,
    }

    // c2. The same snapshots built by Hugo (the reference floor), brand after brand: Hugo uses
    // every core itself. Writing the Hugo projects is preparation and not timed.
    let hugo = null
    if (!options['skip-hugo']) {
      // The form's stylesheet and script as the sites inline them, from the Astro build.
      const formPage = slugs.map((slug) => path.join(outDir, slug, 'request-appointment', 'index.html')).find((file) => fs.existsSync(file))
      const formAssets = formPage === undefined ? { css: '', js: '' } : formAssetsOf(formPage)
      const projects = slugs.map((slug) => {
        const projectDir = path.join(temp, 'hugo', slug)
        const started = performance.now()
        writeHugoProject({ snapshotFile: path.join(snapshotDir, `${slug}.json`), projectDir, formAssets })
        return { slug, projectDir, prepareSeconds: (performance.now() - started) / 1000 }
      })
      const hugoRuns = []
      for (let index = 0; index < runs; index += 1) {
        const hugoOut = path.join(temp, `hugo-dist-${index + 1}`)
        log(`c. Hugo build of ${slugs.length} brands, run ${index + 1}/${runs}`)
        let seconds = 0
        let peakRss = 0
        for (const project of projects) {
          const cacheDir = path.join(temp, `hugo-cache-${index + 1}`, project.slug)
          fs.mkdirSync(cacheDir, { recursive: true })
          const outDirHugo = path.join(hugoOut, project.slug)
          const result = await run(`hugo build of ${project.slug}`, 'hugo', ['--quiet', '--source', project.projectDir, '--destination', outDirHugo, '--cacheDir', cacheDir])
          removePageOneRedirects(outDirHugo)
          seconds += result.seconds
          peakRss = Math.max(peakRss, result.peakRss)
        }
        const tree = measureTree(hugoOut)
        hugoRuns.push({ seconds, peakRss, ...tree })
        log(`   ${tree.pages} pages in ${secs(seconds)}, peak RSS ${mb(peakRss)}`)
        fs.rmSync(hugoOut, { recursive: true, force: true })
      }
      const hugoSeconds = median(hugoRuns.map((r) => r.seconds))
      const hugoPeakRss = median(hugoRuns.map((r) => r.peakRss))
      const lastHugo = hugoRuns.at(-1)
      const hugoPagesPerSecond = lastHugo.pages / hugoSeconds
      hugo = {
        version: hugoVersion(),
        seconds: round(hugoSeconds),
        pages: lastHugo.pages,
        pagesPerSecond: round(hugoPagesPerSecond, 1),
        peakRss: hugoPeakRss,
        diskBytes: lastHugo.diskBytes,
        prepareSeconds: round(projects.reduce((sum, project) => sum + project.prepareSeconds, 0)),
        ratios: { time: round(build.seconds / hugoSeconds), pagesPerSecond: round(build.pagesPerSecond / hugoPagesPerSecond), peakRss: round(build.peakRss / hugoPeakRss) },
      }
    }

    // d. No-op rebuild and e. one-edit rebuild of one brand, into the last full build's folder.
    const brand = slugs[0]
    const brandPages = measureTree(path.join(outDir, brand)).pages
    const noopRuns = []
    for (let index = 0; index < runs; index += 1) {
      log(`d. no-op rebuild of ${brand}, run ${index + 1}/${runs}`)
      noopRuns.push(await run('no-op rebuild', 'pnpm', ['--silent', '--filter', 'site', 'build', '--brand', brand, '--snapshot-dir', snapshotDir], { env: siteEnv(outDir) }))
    }
    const snapshotFile = path.join(snapshotDir, `${brand}.json`)
    const editRuns = []
    for (let index = 0; index < runs; index += 1) {
      const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'))
      const article = snapshot.articles[0]
      if (!article) throw new StepError(`${brand} has no article to edit`)
      article.title = `${article.title.replace(/ \(edited \d+\)$/, '')} (edited ${index + 1})`
      fs.writeFileSync(snapshotFile, `${JSON.stringify(snapshot, null, 2)}\n`)
      log(`e. rebuild of ${brand} after editing article "${article.slug}", run ${index + 1}/${runs}`)
      editRuns.push(await run('one-edit rebuild', 'pnpm', ['--silent', '--filter', 'site', 'build', '--brand', brand, '--snapshot-dir', snapshotDir], { env: siteEnv(outDir) }))
      const page = path.join(outDir, brand, 'articles', article.slug, 'index.html')
      if (!fs.existsSync(page) || !fs.readFileSync(page, 'utf8').includes(`(edited ${index + 1})`)) throw new StepError(`one-edit rebuild: ${page} does not show the new title`)
    }
    const rebuild = {
      brand,
      pages: brandPages,
      noopSeconds: round(median(noopRuns.map((r) => r.seconds))),
      noopPeakRss: median(noopRuns.map((r) => r.peakRss)),
      editSeconds: round(median(editRuns.map((r) => r.seconds))),
      editPeakRss: median(editRuns.map((r) => r.peakRss)),
    }

    // f. Page weight per page type (the first page of each type of the first brand).
    const brandDir = path.join(outDir, brand)
    const weights = Object.fromEntries([...(await measurePages(brandDir, { basePath: '/' }))].map(([type, w]) => [type, w]))

    // g. Lighthouse, mobile settings, on the same pages of that brand.
    let lighthouse = null
    if (!options['skip-lighthouse']) {
      const pages = await pagesOfEachType(brandDir)
      log(`g. Lighthouse on ${pages.length} page types of ${brand}`)
      const results = await runLighthouse({
        siteDir: brandDir,
        basePath: '/',
        pages,
        onProgress: ({ phase, index, total, page, result }) => {
          if (phase === 'done') log(`   ${index + 1}/${total} ${page.type}: ${Object.values(result.scores).join('/')}`)
        },
      })
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8'))
      lighthouse = { version, brand, results: results.map(({ type, path: pagePath, scores, metrics, totalByteWeight, resources, failedAudits }) => ({ type, path: pagePath, scores, metrics, totalByteWeight, resources, failedAudits: failedAudits.map(({ id, title }) => ({ id, title })) })) }
    }

    // h. Import: a generated WordPress export into a fresh database holding the demo network.
    let importing = null
    if (!options['skip-import']) {
      const importDir = path.join(temp, 'import')
      const { file, imagesDir } = writeBenchImport(importDir, importPosts)
      const importEnv = { ...baseEnv, DATABASE_URI: `file:${path.join(importDir, 'cms.db')}`, MEDIA_DIR: path.join(importDir, 'media'), SERVER_URL: serverUrl }
      log('h. seeding the demo network into a fresh database for the import')
      await run('import: seed', 'pnpm', ['--silent', '--filter', 'cms', 'seed'], { env: importEnv })
      log(`h. importing ${importPosts} posts (${mb(fs.statSync(file).size)} of WXR) into ${IMPORT_BRAND}`)
      const reportFile = path.join(importDir, 'report.json')
      const imported = await run('import', 'pnpm', ['--silent', '--filter', 'cms', 'import-posts', '--brand', IMPORT_BRAND, '--images-from', imagesDir, '--report', reportFile, file], { env: importEnv })
      const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
      const written = report.documents.filter((post) => post.status !== 'skipped')
      if (written.length !== importPosts || report.errors.length > 0) {
        throw new StepError(`import: ${written.length} of ${importPosts} posts imported, ${report.errors.length} errors (${report.errors.slice(0, 3).map((issue) => `${issue.source}: ${issue.reason}`).join('; ')})`)
      }
      const importSeconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000
      const count = (key) => written.reduce((sum, post) => sum + post[key].length, 0)
      importing = {
        posts: written.length,
        wallSeconds: round(imported.seconds),
        importSeconds: round(importSeconds),
        postsPerSecond: round(written.length / importSeconds, 1),
        wallPostsPerSecond: round(written.length / imported.seconds, 1),
        peakRss: imported.peakRss,
        faqs: count('faqs'),
        comparisons: count('comparisons'),
        images: count('images'),
        therapyFacts: count('therapyFacts'),
        redirects: count('redirects'),
      }
      log(`   ${written.length} posts in ${secs(importSeconds)} (${importing.postsPerSecond} posts/s; ${secs(imported.seconds)} with pnpm, tsx and Payload boot), peak RSS ${mb(imported.peakRss)}`)
    }

    // i. Load: appointment requests spread over two CMS processes on one database (production start).
    let load = null
    if (!options['skip-load']) {
      const loadDir = path.join(temp, 'load')
      const loadEnv = { ...baseEnv, DATABASE_URI: `file:${path.join(loadDir, 'cms.db')}`, MEDIA_DIR: path.join(loadDir, 'media'), SERVER_URL: serverUrl, NODE_ENV: 'production', PAYLOAD_SECRET: randomBytes(32).toString('hex') }
      log('i. seeding the demo network (production start: migrations) for the load step')
      await run('load: seed', 'pnpm', ['--silent', '--filter', 'cms', 'seed'], { env: loadEnv })
      log(`i. ${loadRequests} appointment requests, 8 at a time, over two CMS processes`)
      const loaded = await run('load', 'pnpm', ['--silent', '--filter', 'cms', 'bench:load', '--requests', String(loadRequests), '--concurrency', '8'], { env: loadEnv, showStderr: true })
      load = JSON.parse(loaded.stdout.trim().split('\n').at(-1))
      log(`   ${load.stored}/${load.requests} stored once; p50 ${load.p50Ms} ms, p95 ${load.p95Ms} ms`)
    }

    const now = new Date()
    const result = {
      date: now.toISOString(),
      params: { brands, articles, runs, importPosts },
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage1m: { before: round(loadBefore), after: round(os.loadavg()[0]) } },
      seed,
      snapshots,
      build,
      hugo,
      rebuild,
      weights: { brand, pages: weights },
      lighthouse,
      importing,
      load,
    }
    const markdown = table(result)
    const resultsDir = path.join(ROOT, 'bench', 'results')
    fs.mkdirSync(resultsDir, { recursive: true })
    const day = now.toISOString().slice(0, 10)
    fs.writeFileSync(path.join(resultsDir, `${day}.json`), `${JSON.stringify(result, null, 2)}\n`)
    fs.writeFileSync(path.join(resultsDir, `${day}.md`), markdown)
    process.stdout.write(markdown)
    log(`wrote bench/results/${day}.json and bench/results/${day}.md`)
    failed = false
  } finally {
    server.close()
    if (options.keep || failed) log(`${failed ? 'failed; ' : ''}temp files kept in ${temp}`)
    else fs.rmSync(temp, { recursive: true, force: true })
  }
}

function table(r) {
  const median = r.params.runs > 1 ? ` (median of ${r.params.runs})` : ''
  const rows = [
    ['seed', 'documents', `${r.seed.documents} (${r.seed.articles} articles)`],
    ['seed', 'wall time (incl. pnpm, tsx, Payload boot)', secs(r.seed.wallSeconds)],
    ['seed', 'docs/s (after boot)', `${r.seed.docsPerSecond}`],
    ['seed', 'articles/s', `${r.seed.articlesPerSecond}`],
    ['snapshot', `CLI, all brands into files (incl. pnpm, tsx, Payload boot)${median}`, secs(r.snapshots.cliAllSeconds)],
    ...Object.entries(r.snapshots.perBrand).flatMap(([slug, b]) => [
      ['snapshot', `${slug} (${b.articles} articles, ${mb(b.bytes)}), Local API in-process (median of ${r.snapshots.exportRuns})`, secs(b.localApiSeconds)],
      ...(b.httpSeconds === null ? [] : [['snapshot', `${slug}, HTTP GET from the CMS (${r.snapshots.httpServer?.server}, median of ${r.snapshots.exportRuns})`, secs(b.httpSeconds)]]),
    ]),
    ['build', `all brands${median}`, secs(r.build.seconds)],
    ['build', 'pages (index.html)', `${r.build.pages}`],
    ['build', 'pages/s', `${r.build.pagesPerSecond}`],
    ['build', 'peak RSS (process tree)', mb(r.build.peakRss)],
    ['build', 'peak RSS (largest process)', mb(r.build.peakProcessRss)],
    ['build', 'output on disk', `${mb(r.build.diskBytes)} (${r.build.files} files, ${mb(r.build.bytes)} apparent)`],
    ...(r.hugo === null
      ? []
      : [
          ['Hugo', `all brands, same content and pages (${r.hugo.version?.split(' ')[1] ?? 'hugo'})${median}`, secs(r.hugo.seconds)],
          ['Hugo', 'pages (index.html)', `${r.hugo.pages}`],
          ['Hugo', 'pages/s', `${r.hugo.pagesPerSecond}`],
          ['Hugo', 'peak RSS (process tree)', mb(r.hugo.peakRss)],
          ['ours / Hugo', 'build time', `${r.hugo.ratios.time}×`],
          ['ours / Hugo', 'pages/s', `${r.hugo.ratios.pagesPerSecond}×`],
          ['ours / Hugo', 'peak RSS', `${r.hugo.ratios.peakRss}×`],
        ]),
    ['rebuild', `no-op, ${r.rebuild.brand} (${r.rebuild.pages} pages)${median}`, secs(r.rebuild.noopSeconds)],
    ['rebuild', `one article title edited, ${r.rebuild.brand}${median}`, secs(r.rebuild.editSeconds)],
    ...(r.importing == null
      ? []
      : [
          ['import', `posts of a generated WordPress export (${r.importing.faqs} FAQs, ${r.importing.comparisons} comparisons, ${r.importing.images} images, ${r.importing.redirects} redirects)`, `${r.importing.posts}`],
          ['import', 'time (the import itself, from its report)', secs(r.importing.importSeconds)],
          ['import', 'posts/s', `${r.importing.postsPerSecond}`],
          ['import', 'wall time (incl. pnpm, tsx, Payload boot)', secs(r.importing.wallSeconds)],
          ['import', 'peak RSS (process tree)', mb(r.importing.peakRss)],
        ]),
    ...(r.load == null
      ? []
      : [
          ['load', `appointment requests, ${r.load.concurrency} at a time over ${r.load.processes} CMS processes`, `${r.load.requests} (${r.load.stored} stored once, ${r.load.duplicated} duplicated, ${r.load.missing} missing)`],
          ['load', 'answers', Object.entries(r.load.statuses).map(([status, count]) => `${count} × ${status}`).join(', ')],
          ['load', 'latency p50 / p95', `${r.load.p50Ms} ms / ${r.load.p95Ms} ms`],
          ['load', 'requests/s', `${r.load.perSecond}`],
        ]),
  ]
  const m = r.machine
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
  const weightRows = Object.entries(r.weights.pages).map(([type, w]) => [
    type,
    `${kb(w.html)} / ${kb(w.htmlGzip)}`,
    `${kb(w.css)} / ${kb(w.cssGzip)}`,
    `${kb(w.js)} / ${kb(w.jsGzip)}`,
    `${kb(w.images)}${w.imagesLazy > 0 ? ` (${kb(w.imagesLazy)} lazy)` : ''}`,
    `\`${w.path}\``,
  ])
  return [
    `Benchmark ${r.date.slice(0, 16).replace('T', ' ')} UTC: ${r.params.brands} brands × ${r.params.articles} articles, ${r.params.runs} run(s); ${m.cpus} × ${m.cpuModel}, ${mb(m.memoryBytes)}, Node ${m.node}; 1-min load average ${m.loadAverage1m.before} before, ${m.loadAverage1m.after} after (other work on the machine skews timings)`,
    '',
    '| step | measure | value |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Page weight per page type, ${r.weights.brand} (first page of each type; HTML includes the inlined CSS; images: what a 412 px phone at DPR 1.75 downloads):`,
    '',
    '| page type | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | images | page |',
    '| --- | --- | --- | --- | --- | --- |',
    ...weightRows.map((row) => `| ${row.join(' | ')} |`),
    '',
    ...(r.lighthouse === null
      ? []
      : [`Lighthouse ${r.lighthouse.version} (mobile settings, Chromium), ${r.lighthouse.brand}:`, '', formatResults(r.lighthouse.results), '']),
  ].join('\n')
}

try {
  await main()
} catch (error) {
  console.error(`✖ bench failed: ${error instanceof StepError ? error.message : (error?.stack ?? String(error))}`)
  process.exit(1)
}
