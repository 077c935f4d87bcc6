import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/** Bytes of one page as a visitor downloads it, raw and gzip-compressed. */
export interface PageWeight {
  html: number
  htmlGzip: number
  css: number
  cssGzip: number
  js: number
  jsGzip: number
}

/** The page type of a built page, from its path below the brand root. */
export function pageType(relativePath: string): string {
  const p = `/${relativePath.replace(/\\/g, '/').replace(/index\.html$/, '')}`
  if (p === '/') return 'home'
  if (p === '/404.html') return '404'
  if (/^\/articles\/(page\/\d+\/)?$/.test(p)) return 'articles index'
  if (/^\/articles\/category\//.test(p)) return 'article category'
  if (/^\/articles\/[^/]+\/$/.test(p)) return 'article'
  if (/^\/compare\/[^/]+\/$/.test(p)) return 'comparison'
  if (p === '/therapies/') return 'therapies index'
  if (/^\/therapies\/[^/]+\/$/.test(p)) return 'therapy'
  if (p === '/conditions/') return 'conditions index'
  if (/^\/conditions\/[^/]+\/$/.test(p)) return 'condition'
  if (p === '/locations/') return 'locations index'
  if (/^\/locations\/[^/]+\/$/.test(p)) return 'location'
  return p.replace(/^\/|\/$/g, '') || 'other'
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length

/**
 * Measures every HTML page of a built brand: its own bytes, the CSS it inlines or links, and
 * any JavaScript it loads (JSON-LD is data, not code; only pages with the appointment form
 * carry a script, the form's inline enhancement).
 */
export async function measurePages(dir: string): Promise<Map<string, PageWeight & { path: string }>> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort()
  const result = new Map<string, PageWeight & { path: string }>()
  const assetCache = new Map<string, string>()
  const asset = async (href: string) => {
    const file = path.join(dir, href.replace(/^\/[^/]*\//, '/').replace(/^\//, ''))
    if (!assetCache.has(file)) assetCache.set(file, await readFile(file, 'utf8').catch(() => ''))
    return assetCache.get(file) as string
  }
  for (const file of files) {
    const html = await readFile(path.join(dir, file), 'utf8')
    const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '').join('')
    const linkedCss = await Promise.all([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => asset(match[1] ?? '')))
    const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)]
    const externalJs = await Promise.all(scripts.map((match) => /src="([^"]+)"/.exec(match[1] ?? '')?.[1]).filter((src): src is string => src !== undefined).map(asset))
    const css = inlineCss + linkedCss.join('')
    const js = scripts.map((match) => match[2] ?? '').join('') + externalJs.join('')
    const type = pageType(file)
    if (!result.has(type)) {
      result.set(type, {
        path: file,
        html: Buffer.byteLength(html),
        htmlGzip: gzip(html),
        css: Buffer.byteLength(css),
        cssGzip: css ? gzip(css) : 0,
        js: Buffer.byteLength(js),
        jsGzip: js ? gzip(js) : 0,
      })
    }
  }
  return result
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** A small table, one row per page type (the first page of each type). */
export function formatWeights(weights: Map<string, PageWeight & { path: string }>): string[] {
  const rows = [...weights.entries()].map(([type, w]) => [type, `${kb(w.html)} / ${kb(w.htmlGzip)}`, `${kb(w.css)} / ${kb(w.cssGzip)}`, `${kb(w.js)} / ${kb(w.jsGzip)}`])
  const header = ['page type', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip']
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]?.length ?? 0)))
  return [header, ...rows].map((row) => row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  '))
}
