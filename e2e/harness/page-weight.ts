/**
 * The page weight of every built page of a brand, measured by the site's own measurer (the
 * one the build report and the benchmark use), and a table of the heaviest page per type.
 */
import path from 'node:path'
import { type PageMeasurement, pageMeasurer } from 'site/testing'
import { type HtmlFile, htmlFiles } from './dist-files'

/** One built page and what it weighs. */
export interface WeighedPage extends PageMeasurement {
  page: HtmlFile
}

/** Measures every HTML file of a brand built at the base path `/<slug>/` into `brandDir`. */
export async function weighBrand(brandDir: string, slug: string): Promise<WeighedPage[]> {
  const measure = pageMeasurer(brandDir, { basePath: `/${slug}/` })
  return Promise.all(htmlFiles(brandDir).map(async (page) => ({ page, ...(await measure(path.relative(brandDir, page.file))) })))
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** A table of the heaviest page of each type: raw and gzipped HTML, CSS and JS. */
export function weightTable(weighed: readonly WeighedPage[], order: readonly string[]): string {
  const total = ({ weight }: WeighedPage) => weight.htmlGzip + weight.cssGzip + weight.jsGzip
  const rows = order.flatMap((type) => {
    const ofType = weighed.filter((entry) => entry.page.type === type)
    if (ofType.length === 0) return []
    const heaviest = ofType.reduce((a, b) => (total(b) > total(a) ? b : a))
    const w = heaviest.weight
    return [[type, String(ofType.length), heaviest.page.sitePath, kb(w.html), kb(w.htmlGzip), kb(w.css), kb(w.cssGzip), kb(w.js), kb(w.jsGzip)]]
  })
  const header = ['type', 'pages', 'heaviest page', 'html', 'html gz', 'css', 'css gz', 'js', 'js gz']
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)))
  const format = (row: readonly string[]) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
  return [format(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(format)].join('\n')
}
