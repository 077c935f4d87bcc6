#!/usr/bin/env node
/**
 * Lighthouse for every page type of a built brand site.
 *
 * `runLighthouse({ siteDir, basePath, pages, chromePath, onProgress })` serves `siteDir` over
 * HTTP on 127.0.0.1 the way a static host does (see `startStaticServer`), launches Chromium
 * once, and runs Lighthouse with its default mobile settings (a Moto G Power, simulated slow
 * 4G and 4× CPU slowdown) for performance, accessibility, best practices and SEO, one page
 * after another. Chromium and the server are always stopped at the end.
 *
 * As a CLI, `node scripts/bench/lighthouse.mjs --site-dir <dir> [--base-path /] [--json <file>]`
 * measures the first page (in path order) of every page type, as `pageType` from
 * apps/site/scripts/lib/page-weights.ts names them, plus the 404 page, and prints a table.
 * Exit code 0 when every page scored 100 in every category, 1 otherwise, 2 on bad usage.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { contentTypeOf } from '../../apps/site/scripts/lib/static-server.ts'

const gzip = promisify(zlib.gzip)

/** The Lighthouse categories measured, as `lhr.categories` keys. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/** Chromium's flags: headless, and nothing running in the background that would skew timings. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/

/** `/`, or `/a/b/` for `a/b`, `/a/b` or `/a/b/`. */
function normaliseBase(basePath) {
  const inner = String(basePath).replace(/^\/+|\/+$/g, '')
  return inner === '' ? '/' : `/${inner}/`
}

/**
 * Serves `siteDir` like a static host: `<base>x/` → `x/index.html`, a folder without its
 * trailing slash → 301 to it, anything missing → `404.html` with status 404. Text is sent
 * gzip-compressed when the client accepts it; Astro's content-hashed `_astro/` files are
 * cacheable for a year, everything else must be revalidated. Paths with `..` or a segment
 * starting with a dot (`.git/`, `.building-…/`) are refused. GET and HEAD only.
 * Resolves with `{ url, close }`: `url` is `http://127.0.0.1:<port>` plus the base path.
 */
export async function startStaticServer(siteDir, basePath = '/') {
  const root = path.resolve(siteDir)
  const base = normaliseBase(basePath)
  const gzipCache = new Map()
  const send = async (request, response, file, status) => {
    const info = await stat(file)
    const type = contentTypeOf(file)
    const relative = path.relative(root, file).split(path.sep).join('/')
    const headers = {
      'content-type': type,
      'cache-control': relative.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      'last-modified': info.mtime.toUTCString(),
      'x-content-type-options': 'nosniff',
    }
    let body = await readFile(file)
    if (COMPRESSIBLE.test(type)) {
      headers.vary = 'Accept-Encoding'
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${info.mtimeMs}`
        if (!gzipCache.has(key)) gzipCache.set(key, await gzip(body, { level: 6 }))
        body = gzipCache.get(key)
        headers['content-encoding'] = 'gzip'
      }
    }
    headers['content-length'] = body.length
    response.writeHead(status, headers)
    response.end(request.method === 'HEAD' ? undefined : body)
  }
  const isFile = (file) => stat(file).then((info) => info.isFile(), () => false)
  const isDirectory = (file) => stat(file).then((info) => info.isDirectory(), () => false)
  const plain = (response, status, text, headers = {}) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
    response.end(text)
  }
  const notFound = async (request, response) => {
    const page = path.join(root, '404.html')
    if (await isFile(page)) await send(request, response, page, 404)
    else plain(response, 404, 'Not found')
  }
  const handle = async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed', { allow: 'GET, HEAD' })
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    let pathname
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return plain(response, 400, 'Bad request')
    }
    if (pathname.includes('\0') || pathname.includes('\\')) return plain(response, 400, 'Bad request')
    if (!`${pathname}/`.startsWith(base)) return notFound(request, response)
    const inside = pathname.slice(base.length)
    const segments = inside.split('/').filter((segment) => segment !== '')
    if (segments.some((segment) => segment.startsWith('.'))) return plain(response, 403, 'Forbidden')
    const target = path.resolve(root, ...segments)
    if (target !== root && !target.startsWith(`${root}${path.sep}`)) return plain(response, 403, 'Forbidden')
    if (await isDirectory(target)) {
      if (!pathname.endsWith('/')) return plain(response, 301, 'Moved', { location: `${url.pathname}/${url.search}` })
      const index = path.join(target, 'index.html')
      return (await isFile(index)) ? send(request, response, index, 200) : notFound(request, response)
    }
    return (await isFile(target)) ? send(request, response, target, 200) : notFound(request, response)
  }
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) plain(response, 500, `Internal error: ${error.message}`)
      else response.destroy()
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${server.address().port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/**
 * chrome-launcher, as the root resolves it or else as lighthouse's own dependency (pnpm does
 * not hoist it); undefined when neither works.
 */
async function loadChromeLauncher() {
  try {
    return await import('chrome-launcher')
  } catch {
    // Not a direct dependency of the root: try lighthouse's.
  }
  try {
    const fromLighthouse = createRequire(fileURLToPath(import.meta.resolve('lighthouse')))
    return await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href)
  } catch {
    return undefined
  }
}

/** Starts Chromium with a DevTools port; resolves with `{ port, kill }`. */
async function launchChrome(chromePath) {
  const launcher = await loadChromeLauncher()
  if (launcher?.launch) {
    const chrome = await launcher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent', handleSIGINT: true })
    return { port: chrome.port, kill: async () => chrome.kill() }
  }
  // Fallback: start it ourselves and read the port it prints.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-chrome-'))
  const child = spawn(chromePath, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] })
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
    rmSync(profile, { recursive: true, force: true })
  }
  try {
    const port = await new Promise((resolve, reject) => {
      let output = ''
      const timer = setTimeout(() => reject(new Error(`Chromium (${chromePath}) printed no DevTools port within 30 s:\n${output}`)), 30_000)
      child.once('error', (error) => reject(new Error(`Could not start Chromium (${chromePath}): ${error.message}`)))
      child.once('exit', (code) => reject(new Error(`Chromium (${chromePath}) exited (code ${code}) before it was ready:\n${output}`)))
      child.stderr.on('data', (chunk) => {
        output += chunk
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)
        if (match) {
          clearTimeout(timer)
          resolve(Number(match[1]))
        }
      })
    })
    child.stderr.resume()
    return { port, kill }
  } catch (error) {
    await kill()
    throw error
  }
}

const resourceTypes = ['document', 'stylesheet', 'script', 'image', 'font', 'other', 'total']

/** Up to three one-line hints of what an audit found (a console message, a URL, an element, a failed check). */
function auditItems(result) {
  const details = result.details ?? {}
  const hints = []
  for (const item of details.items ?? []) {
    const hint = item.description ?? item.url ?? item.snippet ?? item.node?.snippet ?? item.source
    if (typeof hint === 'string') hints.push(hint.slice(0, 200))
  }
  // Insights list their checks as a checklist.
  for (const check of Object.values(details.items?.[0]?.items ?? details.checklist ?? {})) {
    if (check && typeof check === 'object' && check.value === false && typeof check.label === 'string') hints.push(`✗ ${check.label}`)
  }
  return hints.slice(0, 3)
}

/** The parts of one Lighthouse result the bench reports. */
export function summarise(lhr) {
  const audit = (id) => lhr.audits[id]
  const scores = {}
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null
  }
  const resources = Object.fromEntries(resourceTypes.map((type) => [type, 0]))
  for (const item of audit('resource-summary')?.details?.items ?? []) {
    if (item.resourceType in resources) resources[item.resourceType] = item.transferSize ?? 0
  }
  const auditIds = new Set(CATEGORIES.flatMap((id) => (lhr.categories[id]?.auditRefs ?? []).map((ref) => ref.id)))
  const failedAudits = []
  for (const id of auditIds) {
    const result = audit(id)
    if (result === undefined || ['informative', 'notApplicable', 'manual'].includes(result.scoreDisplayMode)) continue
    if (result.scoreDisplayMode === 'error') failedAudits.push({ id, title: result.title, score: null, error: result.errorMessage ?? 'error' })
    else if (typeof result.score === 'number' && result.score < 1) {
      failedAudits.push({
        id,
        title: result.title,
        score: result.score,
        ...(result.displayValue ? { displayValue: result.displayValue } : {}),
        ...(auditItems(result).length > 0 ? { items: auditItems(result) } : {}),
      })
    }
  }
  return {
    scores,
    metrics: {
      fcp: audit('first-contentful-paint')?.numericValue ?? null,
      lcp: audit('largest-contentful-paint')?.numericValue ?? null,
      tbt: audit('total-blocking-time')?.numericValue ?? null,
      cls: audit('cumulative-layout-shift')?.numericValue ?? null,
    },
    totalByteWeight: audit('total-byte-weight')?.numericValue ?? null,
    resources,
    failedAudits,
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    warnings: lhr.runWarnings ?? [],
  }
}

/**
 * Runs Lighthouse (default mobile settings) on each page of a built site.
 *
 * @param {object} options
 * @param {string} options.siteDir the built site (one brand's output folder).
 * @param {string} [options.basePath] the base path it was built with: `/` or `/<brand>/`.
 * @param {{ type: string, path: string }[]} options.pages paths relative to the site root
 *   (`articles/foo/`, `404.html`, `''` for the home page).
 * @param {string} [options.chromePath] default: CHROMIUM_PATH, else /usr/bin/chromium.
 * @param {(event: { phase: 'start' | 'done', index: number, total: number, page: { type: string, path: string }, result?: object }) => void} [options.onProgress]
 * @returns {Promise<Array<{ type, path, url, scores: { performance, accessibility, 'best-practices', seo },
 *   metrics: { fcp, lcp, tbt, cls }, totalByteWeight, resources: { document, stylesheet, script, image, font, other, total },
 *   failedAudits: { id, title, score, displayValue?, items?: string[], error? }[], warnings: string[], error?: string }>>}
 *   scores 0–100 (null when a category could not be scored); fcp, lcp and tbt in ms; bytes as transferred.
 */
export async function runLighthouse({ siteDir, basePath = '/', pages, chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', onProgress }) {
  if (!statSync(siteDir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`--site-dir ${siteDir} is not a folder`)
  const { default: lighthouse } = await import('lighthouse')
  const results = []
  let server
  let chrome
  try {
    server = await startStaticServer(siteDir, basePath)
    chrome = await launchChrome(chromePath)
    for (const [index, page] of pages.entries()) {
      onProgress?.({ phase: 'start', index, total: pages.length, page })
      const url = new URL(page.path.replace(/^\/+/, ''), server.url).href
      const runnerResult = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })
      if (runnerResult === undefined) throw new Error(`Lighthouse returned no result for ${url}`)
      const result = { type: page.type, path: page.path, url, ...summarise(runnerResult.lhr) }
      results.push(result)
      onProgress?.({ phase: 'done', index, total: pages.length, page, result })
    }
    return results
  } finally {
    await chrome?.kill().catch(() => {})
    await server?.close()
  }
}

/** The first page (in path order) of each page type below `siteDir`, and the 404 page. */
export async function pagesOfEachType(siteDir) {
  const { pageType } = await import('../../apps/site/scripts/lib/page-weights.ts')
  const found = []
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(siteDir, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (entry.isDirectory()) walk(child)
      else if (entry.name === 'index.html') found.push(child)
    }
  }
  walk('')
  const pages = new Map()
  for (const file of found.sort()) {
    const type = pageType(file)
    if (!pages.has(type)) pages.set(type, { type, path: file.replace(/index\.html$/, '') })
  }
  // The 404 page as a page of its own (status 200); a missing URL would get it with status 404,
  // which Lighthouse's SEO category rightly marks down.
  if (statSync(path.join(siteDir, '404.html'), { throwIfNoEntry: false })?.isFile()) pages.set('404', { type: '404', path: '404.html' })
  return [...pages.values()]
}

const kb = (bytes) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`)
const ms = (value) => (value === null ? '–' : `${Math.round(value)} ms`)

/** A Markdown table of `runLighthouse` results, then the failed audits of each page. */
export function formatResults(results) {
  const score = (value) => (value === null ? '–' : String(value))
  const rows = results.map((r) => [
    r.type,
    score(r.scores.performance),
    score(r.scores.accessibility),
    score(r.scores['best-practices']),
    score(r.scores.seo),
    ms(r.metrics.fcp),
    ms(r.metrics.lcp),
    ms(r.metrics.tbt),
    r.metrics.cls === null ? '–' : r.metrics.cls.toFixed(3),
    kb(r.totalByteWeight),
    `${kb(r.resources.document)} / ${kb(r.resources.stylesheet)} / ${kb(r.resources.script)} / ${kb(r.resources.image)} / ${kb(r.resources.font)}`,
  ])
  const header = ['page type', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'bytes', 'doc / css / js / img / font']
  const lines = ['| ' + header.join(' | ') + ' |', '|' + header.map(() => ' --- |').join(''), ...rows.map((row) => `| ${row.join(' | ')} |`)]
  const failures = results.filter((r) => r.failedAudits.length > 0 || r.error)
  if (failures.length > 0) {
    lines.push('', 'Failed audits:')
    for (const r of failures) {
      if (r.error) lines.push(`- ${r.type} (${r.path || '/'}): Lighthouse error ${r.error}`)
      for (const a of r.failedAudits) {
        const hints = a.items?.length ? ` — ${a.items.join('; ')}` : ''
        lines.push(`- ${r.type} (${r.path || '/'}): ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${a.error ? ` [${a.error}]` : ''}${hints}`)
      }
    }
  }
  return lines.join('\n')
}

async function main() {
  const usage = 'usage: node scripts/bench/lighthouse.mjs --site-dir <dir> [--base-path /] [--json <file>] [--chrome-path <path>]'
  let values
  try {
    values = parseArgs({
      options: {
        'site-dir': { type: 'string' },
        'base-path': { type: 'string', default: '/' },
        json: { type: 'string' },
        'chrome-path': { type: 'string' },
      },
    }).values
  } catch (error) {
    console.error(`✖ ${error.message}\n${usage}`)
    process.exit(2)
  }
  if (!values['site-dir']) {
    console.error(`✖ --site-dir is required\n${usage}`)
    process.exit(2)
  }
  const siteDir = path.resolve(values['site-dir'])
  const pages = await pagesOfEachType(siteDir)
  const started = performance.now()
  const results = await runLighthouse({
    siteDir,
    basePath: values['base-path'],
    pages,
    ...(values['chrome-path'] ? { chromePath: values['chrome-path'] } : {}),
    onProgress: ({ phase, index, total, page, result }) => {
      if (phase === 'start') console.error(`› ${index + 1}/${total} ${page.type}: /${page.path}`)
      else console.error(`  ${CATEGORIES.map((id) => `${id} ${result.scores[id] ?? '–'}`).join(', ')}`)
    },
  })
  console.error(`› ${results.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  if (values.json) await writeFile(values.json, `${JSON.stringify(results, null, 2)}\n`)
  process.stdout.write(`${formatResults(results)}\n`)
  const perfect = results.every((r) => CATEGORIES.every((id) => r.scores[id] === 100))
  process.exitCode = perfect ? 0 : 1
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await main()
  } catch (error) {
    console.error(`✖ ${error?.stack ?? String(error)}`)
    process.exit(1)
  }
}
