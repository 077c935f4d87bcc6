/**
 * Lighthouse for every page type of a built brand site: serves the folder as a static host does
 * (the site's `startSiteServer`: text gzip-compressed, `_astro/` files cacheable), launches
 * Chromium once and runs Lighthouse with its default mobile settings (a Moto G Power, simulated
 * slow 4G and 4× CPU slowdown) for performance, accessibility, best practices and SEO, one page
 * after another. Chromium and the server are always stopped at the end.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { type RunningServer, pageType, startSiteServer } from 'site/testing'
import { type RunningChrome, launchChrome } from './chrome'
import { CATEGORIES, type LighthouseReport, type PageResult, summarise } from './summary'

/** A page to measure: its path relative to the site root (`articles/foo/`, `404.html`, `''` for the home page). */
export interface PageToMeasure {
  type: string
  path: string
}

/** Progress of {@link runLighthouse}, page by page. */
export type LighthouseProgress =
  | { phase: 'start'; index: number; total: number; page: PageToMeasure }
  | { phase: 'done'; index: number; total: number; page: PageToMeasure; result: PageResult }

export interface LighthouseOptions {
  /** The built site (one brand's output folder). */
  siteDir: string
  /** The base path it was built with: `/` or `/<brand>/`. */
  basePath?: string
  pages: readonly PageToMeasure[]
  chromePath: string
  onProgress?: (event: LighthouseProgress) => void
}

/** Runs Lighthouse (default mobile settings) on each page of a built site. */
export async function runLighthouse({ siteDir, basePath = '/', pages, chromePath, onProgress }: LighthouseOptions): Promise<PageResult[]> {
  if (!statSync(siteDir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`--site-dir ${siteDir} is not a folder`)
  const { default: lighthouse } = await import('lighthouse')
  const results: PageResult[] = []
  let server: RunningServer | undefined
  let chrome: RunningChrome | undefined
  try {
    server = await startSiteServer(siteDir, { basePath })
    // The server's URL has no path: the pages sit below the base path.
    const siteUrl = `${server.url}/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/\/+$/, '/')
    chrome = await launchChrome(chromePath)
    for (const [index, page] of pages.entries()) {
      onProgress?.({ phase: 'start', index, total: pages.length, page })
      const url = new URL(page.path.replace(/^\/+/, ''), siteUrl).href
      const runnerResult = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
      if (runnerResult === undefined) throw new Error(`Lighthouse returned no result for ${url}`)
      const result = { type: page.type, path: page.path, url, ...summarise(runnerResult.lhr as LighthouseReport) }
      results.push(result)
      onProgress?.({ phase: 'done', index, total: pages.length, page, result })
    }
    return results
  } finally {
    await chrome?.kill().catch(() => {})
    await server?.close()
  }
}

/** Every index.html below `siteDir`, relative to it, skipping dot-folders. */
function indexFiles(siteDir: string): string[] {
  const found: string[] = []
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(siteDir, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (entry.isDirectory()) walk(child)
      else if (entry.name === 'index.html') found.push(child)
    }
  }
  walk('')
  return found.sort()
}

/** The first page (in path order) of each page type below `siteDir` (as `pageType` names them), and the 404 page. */
export async function pagesOfEachType(siteDir: string): Promise<PageToMeasure[]> {
  const pages = new Map<string, PageToMeasure>()
  for (const file of indexFiles(siteDir)) {
    const type = pageType(file)
    if (!pages.has(type)) pages.set(type, { type, path: file.replace(/index\.html$/, '') })
  }
  // The 404 page as a page of its own (status 200); a missing URL would get it with status 404,
  // which Lighthouse's SEO category rightly marks down.
  if (statSync(path.join(siteDir, '404.html'), { throwIfNoEntry: false })?.isFile()) pages.set('404', { type: '404', path: '404.html' })
  return [...pages.values()]
}
