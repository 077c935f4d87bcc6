import path from 'node:path'
import { SEARCH_INDEX_DIR, parseSearchIndexLines } from 'site/testing'
import { mb, measureTree, median, round, secs } from '../measure'
import { StepError } from '../process'

/** The site search's index in a full build: its size per brand and what indexing adds to a brand's build. */
export interface SearchIndexResult {
  /** Pages in one brand's index (median over brands). */
  pages: number
  /** Files and bytes of one brand's `pagefind/` folder (median over brands). */
  files: number
  bytes: number
  /** The indexing step of one brand's build, from the build's own report (median over brands and runs). */
  seconds: number
}

/** Index seconds of every brand in the given build outputs (the `search index:` lines). */
export function indexSeconds(step: string, outputs: readonly string[]): number[] {
  const seconds = outputs.flatMap((output) => parseSearchIndexLines(output).map((stats) => stats.ms / 1000))
  if (seconds.length === 0) throw new StepError(`${step}: the build printed no "search index:" line; is the site search's index step still part of the brand build?`)
  return seconds
}

/** Measures the index of each brand in `outDir` and reads the indexing time from the full builds' output. */
export function searchIndexResult(outputs: readonly string[], outDir: string, slugs: readonly string[]): SearchIndexResult {
  const sizes = slugs.map((slug) => measureTree(path.join(outDir, slug, SEARCH_INDEX_DIR)))
  const stats = outputs.flatMap((output) => parseSearchIndexLines(output))
  return {
    pages: median(stats.map((entry) => entry.pages)),
    files: median(sizes.map((size) => size.files)),
    bytes: median(sizes.map((size) => size.bytes)),
    seconds: round(median(indexSeconds('full site build', outputs))),
  }
}

/**
 * The report's rows for the index; `rebuild` is the one-edit rebuild, whose index step indexes
 * the whole brand again (an incremental build re-renders a few pages but re-indexes them all).
 */
export function searchIndexRows(search: SearchIndexResult, rebuild: { brand: string; editSeconds: number; editIndexSeconds: number }): [string, string, string][] {
  return [
    ['search index', 'pages per brand (median)', `${search.pages}`],
    ['search index', 'size per brand (pagefind/, median)', `${mb(search.bytes)} (${search.files} files)`],
    ['search index', 'indexing time per brand in the full build (median)', secs(search.seconds)],
    ['search index', `indexing time in the one-edit rebuild of ${rebuild.brand} (median)`, `${secs(rebuild.editIndexSeconds)} of ${secs(rebuild.editSeconds)}`],
  ]
}
