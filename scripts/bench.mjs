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
 *   e. rebuilds it after changing one article's title in its snapshot JSON.
 * Medians over `--runs`. The snapshots' image URLs point at a small file server over the media
 * folder (started here), standing in for the CMS the site build downloads images from.
 * Writes bench/results/<YYYY-MM-DD>.json and .md and prints the table. Node built-ins only.
 * Timings are measurements, not checks; any failing step stops the run with a non-zero exit.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const ROOT = path.resolve(import.meta.dirname, '..')
const usage = 'usage: pnpm bench [--brands 5] [--articles 2000] [--runs 3] [--keep]'

let options
try {
  options = parseArgs({
    options: {
      brands: { type: 'string', default: '5' },
      articles: { type: 'string', default: '2000' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
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

class StepError extends Error {}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const round = (value, digits = 2) => Number(value.toFixed(digits))
const log = (line) => console.error(`› ${line}`)

/** Sum of VmRSS (bytes) of `root` and all its descendants, read from /proc. */
function treeRss(root) {
  const children = new Map()
  let entries
  try {
    entries = fs.readdirSync('/proc')
  } catch {
    return 0
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
  const queue = [root]
  const seen = new Set()
  while (queue.length > 0) {
    const pid = queue.pop()
    if (seen.has(pid)) continue
    seen.add(pid)
    try {
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) total += Number(match[1]) * 1024
    } catch {
      // Ended, or a zombie without memory.
    }
    queue.push(...(children.get(pid) ?? []))
  }
  return total
}

/**
 * Runs one command; resolves with wall seconds, peak tree RSS and stdout. A non-zero exit
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
    const sample = () => {
      peak = Math.max(peak, treeRss(child.pid))
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
      resolve({ seconds, peakRss: peak, stdout })
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

    // b. Snapshots.
    const allRuns = []
    for (let index = 0; index < runs; index += 1) {
      log(`b. snapshot --all, run ${index + 1}/${runs}`)
      fs.rmSync(snapshotDir, { recursive: true, force: true })
      allRuns.push(await run('snapshot --all', 'pnpm', ['--silent', '--filter', 'cms', 'snapshot', '--all', '--out-dir', snapshotDir], { env: cmsEnv }))
    }
    const slugs = fs.readdirSync(snapshotDir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).sort()
    if (slugs.length !== brands) throw new StepError(`snapshot --all wrote ${slugs.length} snapshots, expected ${brands}`)
    const perBrand = {}
    const singleDir = path.join(temp, 'snapshots-single')
    for (const slug of slugs) {
      const times = []
      for (let index = 0; index < runs; index += 1) {
        log(`b. snapshot --brand ${slug}, run ${index + 1}/${runs}`)
        times.push((await run(`snapshot --brand ${slug}`, 'pnpm', ['--silent', '--filter', 'cms', 'snapshot', '--brand', slug, '--out', path.join(singleDir, `${slug}.json`)], { env: cmsEnv })).seconds)
      }
      const snapshot = JSON.parse(fs.readFileSync(path.join(snapshotDir, `${slug}.json`), 'utf8'))
      perBrand[slug] = { seconds: round(median(times)), articles: snapshot.articles.length, bytes: fs.statSync(path.join(snapshotDir, `${slug}.json`)).size }
    }
    const snapshots = {
      allSeconds: round(median(allRuns.map((r) => r.seconds))),
      allPeakRss: Math.max(...allRuns.map((r) => r.peakRss)),
      perBrand,
      perBrandMedianSeconds: round(median(Object.values(perBrand).map((b) => b.seconds))),
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
      files: last.files,
      bytes: last.bytes,
      diskBytes: last.diskBytes,
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

    const now = new Date()
    const result = {
      date: now.toISOString(),
      params: { brands, articles, runs },
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage1m: { before: round(loadBefore), after: round(os.loadavg()[0]) } },
      seed,
      snapshots,
      build,
      rebuild,
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
    ['snapshot', `all brands, one process${median}`, secs(r.snapshots.allSeconds)],
    ...Object.entries(r.snapshots.perBrand).map(([slug, b]) => ['snapshot', `${slug} alone (${b.articles} articles, ${mb(b.bytes)})${median}`, secs(b.seconds)]),
    ['build', `all brands${median}`, secs(r.build.seconds)],
    ['build', 'pages (index.html)', `${r.build.pages}`],
    ['build', 'pages/s', `${r.build.pagesPerSecond}`],
    ['build', 'peak RSS (process tree)', mb(r.build.peakRss)],
    ['build', 'output on disk', `${mb(r.build.diskBytes)} (${r.build.files} files, ${mb(r.build.bytes)} apparent)`],
    ['rebuild', `no-op, ${r.rebuild.brand} (${r.rebuild.pages} pages)${median}`, secs(r.rebuild.noopSeconds)],
    ['rebuild', `one article title edited, ${r.rebuild.brand}${median}`, secs(r.rebuild.editSeconds)],
  ]
  const m = r.machine
  return [
    `Benchmark ${r.date.slice(0, 16).replace('T', ' ')} UTC: ${r.params.brands} brands × ${r.params.articles} articles, ${r.params.runs} run(s); ${m.cpus} × ${m.cpuModel}, ${mb(m.memoryBytes)}, Node ${m.node}; 1-min load average ${m.loadAverage1m.before} before, ${m.loadAverage1m.after} after (other work on the machine skews timings)`,
    '',
    '| step | measure | value |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n')
}

try {
  await main()
} catch (error) {
  console.error(`✖ bench failed: ${error instanceof StepError ? error.message : (error?.stack ?? String(error))}`)
  process.exit(1)
}
