/**
 * The run file: what global setup built and where, written once as JSON and read by every test
 * worker (its path travels in the environment, see env.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { type BrandSnapshot, parseBrandSnapshot } from '@clinic/schema'
import type { CrawlResult, CrawledPage } from './crawl'
import type { DraftArticle } from './demo-data'
import { runFilePath } from './env'
import { PAGE_TYPE_PATTERNS, type PageType } from 'site/testing'
import { UNLINKED_PAGE_TYPES, expectationFor } from './page-types'

/** A brand that was built. */
export interface RunBrand {
  slug: string
  domain: string
  name: string
}

export interface RunInfo {
  /** The local site server, e.g. `http://127.0.0.1:41234`; brand `x` lives under `/x/`. */
  baseUrl: string
  /** The media server the snapshots' image URLs point at (must not appear in built pages). */
  mediaUrl: string
  /** `<distDir>/<brand>/` holds each brand's built site. */
  distDir: string
  /** `<snapshotDir>/<brand>.json` holds each brand's snapshot. */
  snapshotDir: string
  brands: RunBrand[]
  /** Titles of draft articles; none may appear on any site. */
  draftTitles: string[]
  drafts: DraftArticle[]
  /** The seeded admin's login, which no page may contain. */
  demoAdmin: { email: string; password: string }
  /** What crawling each brand found, by brand slug. */
  crawl: Record<string, CrawlResult>
}

/** Writes the run file into `dir`; returns its path. */
export function writeRunFile(dir: string, run: RunInfo): string {
  const file = path.join(dir, 'run.json')
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`)
  return file
}

let cachedRun: RunInfo | undefined
const cachedSnapshots = new Map<string, BrandSnapshot>()

/** The run file of the current Playwright run (read once per worker). */
export function readRun(): RunInfo {
  cachedRun ??= JSON.parse(readFileSync(runFilePath(), 'utf8')) as RunInfo
  return cachedRun
}

/** A built brand; throws when the run did not build it. */
export function runBrand(slug: string): RunBrand {
  const brand = readRun().brands.find((candidate) => candidate.slug === slug)
  if (brand === undefined) {
    throw new Error(`Brand ${slug} of the demo network was not built: no snapshot ${slug}.json was exported (is it published in the seed?).`)
  }
  return brand
}

/** A brand's snapshot, validated with the contract. */
export function snapshotOf(slug: string): BrandSnapshot {
  let snapshot = cachedSnapshots.get(slug)
  if (snapshot === undefined) {
    const file = path.join(readRun().snapshotDir, `${slug}.json`)
    snapshot = parseBrandSnapshot(JSON.parse(readFileSync(file, 'utf8')), slug)
    cachedSnapshots.set(slug, snapshot)
  }
  return snapshot
}

/** The crawl of one brand. */
export function crawlOf(slug: string): CrawlResult {
  const crawl = readRun().crawl[slug]
  if (crawl === undefined) throw new Error(`The run file has no crawl of brand ${slug}.`)
  return crawl
}

/** Pages of a type the snapshot implies must exist, or why a test of that type does not apply. */
export type PagesOfType = { kind: 'pages'; pages: CrawledPage[] } | { kind: 'not-applicable'; reason: string } | { kind: 'missing'; message: string }

/** The crawled pages of one type for one brand, with a readable message when there are none. */
export function pagesOfType(slug: string, type: PageType): PagesOfType {
  const expectation = expectationFor(type, snapshotOf(slug))
  if (!expectation.expected) return { kind: 'not-applicable', reason: expectation.reason }
  const crawl = crawlOf(slug)
  const pages = crawl.pages.filter((page) => page.type === type)
  if (pages.length > 0) return { kind: 'pages', pages }
  const found = [...new Set(crawl.pages.map((page) => page.type))].join(', ')
  const how =
    type === 'notFound'
      ? `${readRun().baseUrl}/${slug}/<unknown path> did not answer 404 with an HTML page (is there a dist/${slug}/404.html?)`
      : UNLINKED_PAGE_TYPES.includes(type)
        ? `it is not linked, and fetching ${readRun().baseUrl}/${slug}${PAGE_TYPE_PATTERNS[type]} directly found no HTML page (${crawl.deadLinks.find((dead) => dead.from === '(not linked)')?.status ?? 'no answer'})`
        : `no link from the brand's pages leads to one`
  return {
    kind: 'missing',
    message: `Page type "${type}" (${PAGE_TYPE_PATTERNS[type]}) is missing from the ${slug} site: ${how}. The crawl found ${crawl.pages.length} page(s) of type(s): ${found || 'none'}.`,
  }
}
