import type { SearchIndexStats } from './search-index'

/*
 * The search index's line in the build report, and its reader: the benchmark takes the index's
 * size and time from what the build printed, so both sides share one format.
 */

const LINE = /^\s*search index: (\d+) pages? indexed in (\d+) ms \((\d+) files?, (\d+) bytes\)$/

/** `search index: 2645 pages indexed in 4210 ms (2712 files, 9876543 bytes)`. */
export function formatSearchIndexLine(stats: SearchIndexStats): string {
  return `search index: ${stats.pages} page${stats.pages === 1 ? '' : 's'} indexed in ${Math.round(stats.ms)} ms (${stats.files} file${stats.files === 1 ? '' : 's'}, ${stats.bytes} bytes)`
}

/** Every search index line of a build's output, in order (one per brand built). */
export function parseSearchIndexLines(output: string): SearchIndexStats[] {
  return output.split('\n').flatMap((line) => {
    const match = LINE.exec(line)
    if (match === null) return []
    const [, pages, ms, files, bytes] = match.map(Number)
    return [{ pages: pages ?? 0, ms: ms ?? 0, files: files ?? 0, bytes: bytes ?? 0 }]
  })
}
