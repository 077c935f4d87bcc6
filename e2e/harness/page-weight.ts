/**
 * What a visitor downloads for one page: the HTML, its CSS (inline and linked) and its
 * JavaScript (files and inline), raw and gzipped.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { HtmlFile } from './dist-files'
import { rawTextElements, startTags } from './html'
import { type ReferenceContext, destinationOf } from './references'

export interface PageWeight {
  page: HtmlFile
  html: number
  htmlGzip: number
  css: number
  cssGzip: number
  js: number
  jsGzip: number
  /** JavaScript files the page loads (`script[src]`, `link[rel=modulepreload]`). */
  jsFiles: string[]
  /** The text of each inline script that is code (not JSON-LD), in page order. */
  inlineScripts: string[]
  /** Whether the page shows the appointment request form (`form[data-appointment-form]`), the one feature allowed a script. */
  appointmentForm: boolean
  /** Problems measuring (a stylesheet that is not in the build, …). */
  problems: string[]
}

const gzipSize = (data: Buffer) => (data.length === 0 ? 0 : gzipSync(data).length)

/** Measures one built page; linked files are read from the brand's build. */
export function measurePage(page: HtmlFile, context: ReferenceContext): PageWeight {
  const html = readFileSync(page.file)
  const source = html.toString('utf8')
  const tags = startTags(source)
  const problems: string[] = []
  const readLinked = (reference: string): Buffer | null => {
    const destination = destinationOf(reference, page.sitePath, context)
    if (destination.kind !== 'internal') {
      problems.push(`${reference}: ${destination.kind === 'problem' ? destination.problem : 'not part of the build'}`)
      return null
    }
    try {
      return readFileSync(path.join(context.brandDir, destination.sitePath))
    } catch (error) {
      problems.push(`${reference}: ${(error as Error).message}`)
      return null
    }
  }

  const linkedCss = tags
    .filter((tag) => tag.name === 'link' && (tag.attrs.rel ?? '').split(/\s+/).includes('stylesheet') && tag.attrs.href !== undefined)
    .map((tag) => readLinked(tag.attrs.href ?? ''))
  const css = Buffer.concat([...rawTextElements(source, 'style').map((style) => Buffer.from(style.content)), ...linkedCss.filter((data) => data !== null)])

  const jsFiles = tags
    .filter(
      (tag) =>
        (tag.name === 'script' && tag.attrs.src !== undefined) ||
        (tag.name === 'link' && (tag.attrs.rel ?? '').split(/\s+/).includes('modulepreload') && tag.attrs.href !== undefined),
    )
    .map((tag) => tag.attrs.src ?? tag.attrs.href ?? '')
  const inlineJs = rawTextElements(source, 'script').filter((script) => script.attrs.src === undefined && script.attrs.type !== 'application/ld+json')
  const js = Buffer.concat([
    ...inlineJs.map((script) => Buffer.from(script.content)),
    ...jsFiles.map((file) => readLinked(file)).filter((data) => data !== null),
  ])

  return {
    page,
    html: html.length,
    htmlGzip: gzipSize(html),
    css: css.length,
    cssGzip: gzipSize(css),
    js: js.length,
    jsGzip: gzipSize(js),
    jsFiles,
    inlineScripts: inlineJs.map((script) => script.content),
    appointmentForm: tags.some((tag) => tag.name === 'form' && tag.attrs['data-appointment-form'] !== undefined),
    problems,
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** A table of the heaviest page of each type: raw and gzipped HTML, CSS and JS. */
export function weightTable(weights: readonly PageWeight[], order: readonly string[]): string {
  const rows = order.flatMap((type) => {
    const ofType = weights.filter((weight) => weight.page.type === type)
    if (ofType.length === 0) return []
    const heaviest = ofType.reduce((a, b) => (b.htmlGzip + b.cssGzip + b.jsGzip > a.htmlGzip + a.cssGzip + a.jsGzip ? b : a))
    return [[type, String(ofType.length), heaviest.page.sitePath, kb(heaviest.html), kb(heaviest.htmlGzip), kb(heaviest.css), kb(heaviest.cssGzip), kb(heaviest.js), kb(heaviest.jsGzip)]]
  })
  const header = ['type', 'pages', 'heaviest page', 'html', 'html gz', 'css', 'css gz', 'js', 'js gz']
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)))
  const format = (row: readonly string[]) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
  return [format(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(format)].join('\n')
}
