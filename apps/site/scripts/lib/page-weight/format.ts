/** The page-weight table the build prints, one row per page type. */
import type { PageWeight } from './measure'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** The images cell of a row: bytes, the lazy part, and what was not measured. */
function imagesCell(w: PageWeight): string {
  const notes = [
    ...(w.imagesLazy > 0 ? [`${kb(w.imagesLazy)} lazy`] : []),
    ...(w.remoteImages > 0 ? [`${w.remoteImages} remote`] : []),
    ...(w.missingImages > 0 ? [`${w.missingImages} missing`] : []),
  ]
  return `${kb(w.images)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`
}

/**
 * A small table, one row per page type (the first page of each type). Images are raw bytes on
 * a phone (see {@link chooseImageCandidate}), with the lazy part and any remote (not measured)
 * or missing images in brackets.
 */
export function formatWeights(weights: Map<string, PageWeight & { path: string }>): string[] {
  const rows = [...weights.entries()].map(([type, w]) => [
    type,
    `${kb(w.html)} / ${kb(w.htmlGzip)}`,
    `${kb(w.css)} / ${kb(w.cssGzip)}`,
    `${kb(w.js)} / ${kb(w.jsGzip)}`,
    imagesCell(w),
  ])
  const header = ['page type', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'images raw (phone)']
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]?.length ?? 0)))
  // The last column is not padded, so no line ends in spaces.
  return [header, ...rows].map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  '),
  )
}
