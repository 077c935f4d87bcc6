import { formatResults } from './lighthouse/summary'
import { mb, secs } from './measure'
import type { BuildResult, RebuildResult } from './steps/build'
import type { HugoResult } from './steps/hugo'
import type { ImportResult } from './steps/import'
import type { LoadResult } from './steps/load'
import type { LighthouseResult, WeightsResult } from './steps/pages'
import type { SeedResult } from './steps/seed'
import { searchIndexRows } from './steps/search'
import type { SnapshotsResult } from './steps/snapshots'

/** One bench run, as bench/results/<date>.json holds it. */
export interface BenchResult {
  date: string
  params: { brands: number; articles: number; runs: number; importPosts: number }
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string; loadAverage1m: { before: number; after: number } }
  seed: SeedResult
  snapshots: SnapshotsResult
  build: BuildResult
  hugo: HugoResult | null
  rebuild: RebuildResult
  weights: WeightsResult
  lighthouse: LighthouseResult | null
  importing: ImportResult | null
  load: LoadResult | null
}

type Row = [step: string, measure: string, value: string]

function seedAndSnapshotRows(r: BenchResult, median: string): Row[] {
  return [
    ['seed', 'documents', `${r.seed.documents} (${r.seed.articles} articles)`],
    ['seed', 'wall time (incl. pnpm, tsx, Payload boot)', secs(r.seed.wallSeconds)],
    ['seed', 'docs/s (after boot)', `${r.seed.docsPerSecond}`],
    ['seed', 'articles/s', `${r.seed.articlesPerSecond}`],
    ['snapshot', `CLI, all brands into files (incl. pnpm, tsx, Payload boot)${median}`, secs(r.snapshots.cliAllSeconds)],
    ...Object.entries(r.snapshots.perBrand).flatMap(([slug, b]): Row[] => [
      ['snapshot', `${slug} (${b.articles} articles, ${mb(b.bytes)}), Local API in-process (median of ${r.snapshots.exportRuns})`, secs(b.localApiSeconds)],
      ...(b.httpSeconds === null ? [] : [['snapshot', `${slug}, HTTP GET from the CMS (${r.snapshots.httpServer?.server}, median of ${r.snapshots.exportRuns})`, secs(b.httpSeconds)] as Row]),
    ]),
  ]
}

function buildRows(r: BenchResult, median: string): Row[] {
  const hugo = r.hugo
  return [
    ['build', `all brands${median}`, secs(r.build.seconds)],
    ['build', 'pages (index.html)', `${r.build.pages}`],
    ['build', 'pages/s', `${r.build.pagesPerSecond}`],
    ['build', 'peak RSS (process tree)', mb(r.build.peakRss)],
    ['build', 'peak RSS (largest process)', mb(r.build.peakProcessRss)],
    ['build', 'output on disk', `${mb(r.build.diskBytes)} (${r.build.files} files, ${mb(r.build.bytes)} apparent)`],
    ...(hugo === null
      ? []
      : ([
          ['Hugo', `all brands, same content and pages (${hugo.version?.split(' ')[1] ?? 'hugo'})${median}`, secs(hugo.seconds)],
          ['Hugo', 'pages (index.html)', hugo.pages === r.build.pages ? `${hugo.pages} (same as the site)` : `${hugo.pages} (the site: ${r.build.pages}, not comparable)`],
          ['Hugo', 'pages/s', `${hugo.pagesPerSecond}`],
          ['Hugo', 'peak RSS (process tree)', mb(hugo.peakRss)],
          ['ours / Hugo', 'build time', `${hugo.ratios.time}×`],
          ['ours / Hugo', 'pages/s', `${hugo.ratios.pagesPerSecond}×`],
          ['ours / Hugo', 'peak RSS', `${hugo.ratios.peakRss}×`],
        ] satisfies Row[])),
    ['rebuild', `no-op, ${r.rebuild.brand} (${r.rebuild.pages} pages)${median}`, secs(r.rebuild.noopSeconds)],
    ['rebuild', `one article title edited, ${r.rebuild.brand}${median}`, secs(r.rebuild.editSeconds)],
    ...searchIndexRows(r.build.search, r.rebuild),
  ]
}

function importAndLoadRows(r: BenchResult): Row[] {
  const { importing, load } = r
  return [
    ...(importing === null
      ? []
      : ([
          ['import', `posts of a generated WordPress export (${importing.faqs} FAQs, ${importing.comparisons} comparisons, ${importing.images} images, ${importing.redirects} redirects)`, `${importing.posts}`],
          ['import', 'time (the import itself, from its report)', secs(importing.importSeconds)],
          ['import', 'posts/s', `${importing.postsPerSecond}`],
          ['import', 'wall time (incl. pnpm, tsx, Payload boot)', secs(importing.wallSeconds)],
          ['import', 'peak RSS (process tree)', mb(importing.peakRss)],
        ] satisfies Row[])),
    ...(load === null
      ? []
      : ([
          ['load', `appointment requests, ${load.concurrency} at a time over ${load.processes} CMS processes`, `${load.requests} (${load.stored} stored once, ${load.duplicated} duplicated, ${load.missing} missing)`],
          ['load', 'answers', Object.entries(load.statuses).map(([status, count]) => `${count} × ${status}`).join(', ')],
          ['load', 'latency p50 / p95', `${load.p50Ms} ms / ${load.p95Ms} ms`],
          ['load', 'requests/s', `${load.perSecond}`],
        ] satisfies Row[])),
  ]
}

function weightRows(r: BenchResult): string[][] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  return Object.entries(r.weights.pages).map(([type, w]) => [
    type,
    `${kb(w.html)} / ${kb(w.htmlGzip)}`,
    `${kb(w.css)} / ${kb(w.cssGzip)}`,
    `${kb(w.js)} / ${kb(w.jsGzip)}`,
    `${kb(w.images)}${w.imagesLazy > 0 ? ` (${kb(w.imagesLazy)} lazy)` : ''}`,
    `\`${w.path}\``,
  ])
}

/** The Markdown report of a run: the step table, page weights and Lighthouse. */
export function formatReport(r: BenchResult): string {
  const median = r.params.runs > 1 ? ` (median of ${r.params.runs})` : ''
  const rows = [...seedAndSnapshotRows(r, median), ...buildRows(r, median), ...importAndLoadRows(r)]
  const m = r.machine
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
    ...weightRows(r).map((row) => `| ${row.join(' | ')} |`),
    '',
    ...(r.lighthouse === null ? [] : [`Lighthouse ${r.lighthouse.version} (mobile settings, Chromium), ${r.lighthouse.brand}:`, '', formatResults(r.lighthouse.results), '']),
  ].join('\n')
}
