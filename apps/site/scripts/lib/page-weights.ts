import { readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Bytes of one page as a phone visitor downloads it, raw and gzip-compressed. `html` is the
 * document itself, inline `<style>` and `<script>` included, so `css` and `js` (inline plus
 * linked) overlap it for inlined code. Images are counted raw only: their formats are
 * already compressed, so a host sends them as they are. See {@link chooseImageCandidate}
 * for which image file of each `<img>` is counted.
 */
export interface PageWeight {
  html: number
  htmlGzip: number
  css: number
  cssGzip: number
  js: number
  jsGzip: number
  /** Raw bytes of the image files the page's `<img>` elements load on a phone, each file once, lazy ones included. */
  images: number
  /** The part of `images` from `loading="lazy"` images: fetched only as the visitor scrolls near them. */
  imagesLazy: number
  /** How many distinct image files `images` counts. */
  imageFiles: number
  /** `<img>` elements whose chosen file is on another origin (a CDN, the CMS): counted here, not measured. */
  remoteImages: number
  /** `<img>` elements whose chosen file is a local URL missing from the build output (a broken image). */
  missingImages: number
}

/** Options of {@link measurePages}. */
export interface MeasureOptions {
  /**
   * The base path the site was built with (`/` or `/<brand>/`): root-absolute URLs in the
   * pages start with it, the files in `dir` do not. Without it, a root-absolute URL is looked
   * up as it is and, when no such file exists, without its first path segment.
   */
  basePath?: string
}

/**
 * The phone a page weight assumes: Lighthouse's default mobile device (a Moto G Power),
 * 412 CSS pixels wide at a device-pixel ratio of 1.75.
 */
export const PHONE = { viewportWidth: 412, devicePixelRatio: 1.75 }

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

/** A length in a `sizes` attribute or a media condition, in CSS pixels (em and rem: 16 px); NaN when not understood. */
function cssLength(value: string, viewportWidth: number): number {
  const match = /^(-?\d*\.?\d+)(px|r?em|vw)?$/i.exec(value.trim())
  if (match === null) return Number.NaN
  const number = Number(match[1])
  const unit = (match[2] ?? 'px').toLowerCase()
  if (unit === 'vw') return (number * viewportWidth) / 100
  if (unit === 'em' || unit === 'rem') return number * 16
  return unit === 'px' && (number === 0 || match[2] !== undefined) ? number : Number.NaN
}

/** Whether a `sizes` media condition holds: `(min-width: …)` and `(max-width: …)`, joined by `and`; anything else does not. */
function mediaMatches(condition: string, viewportWidth: number): boolean {
  return condition
    .trim()
    .split(/\s+and\s+/i)
    .every((part) => {
      const match = /^\(\s*(min|max)-width\s*:\s*([^)]+)\)$/i.exec(part.trim())
      if (match === null) return false
      const length = cssLength(match[2] ?? '', viewportWidth)
      return match[1]?.toLowerCase() === 'min' ? viewportWidth >= length : viewportWidth <= length
    })
}

/**
 * The width in CSS pixels an image is laid out at by its `sizes` attribute: the first entry
 * whose media condition holds; 100vw when none does, the attribute is missing, or the length
 * is one this does not evaluate (`auto`, `calc()`).
 */
export function slotWidth(sizes: string | undefined, viewportWidth: number = PHONE.viewportWidth): number {
  for (const entry of (sizes ?? '').split(',')) {
    const match = /^(.*?)\s*([^\s()]+)$/.exec(entry.trim())
    if (match === null) continue
    const condition = match[1] ?? ''
    if (condition !== '' && !mediaMatches(condition, viewportWidth)) continue
    const width = cssLength(match[2] ?? '', viewportWidth)
    return Number.isFinite(width) && width > 0 ? width : viewportWidth
  }
  return viewportWidth
}

/** One `srcset` candidate: its URL and pixel density on the phone. */
interface ImageCandidate {
  url: string
  density: number
}

/**
 * The candidates of `srcset`, as the HTML spec splits it: a URL is a run of non-whitespace (a
 * trailing comma ends it and its candidate), its descriptor runs to the next comma; no
 * descriptor means 1x. `widths`: whether any candidate has a width descriptor.
 */
function parseSrcset(srcset: string, slot: number): { candidates: ImageCandidate[]; widths: boolean } {
  const candidates: ImageCandidate[] = []
  let widths = false
  const token = /[\s,]*(\S+)/y
  const rest = /[^,]*,?/y
  while (token.lastIndex < srcset.length) {
    const match = token.exec(srcset)
    if (match === null) break
    let url = match[1] ?? ''
    let descriptor = ''
    if (url.endsWith(',')) url = url.replace(/,+$/, '')
    else {
      rest.lastIndex = token.lastIndex
      descriptor = (rest.exec(srcset)?.[0] ?? '').replace(/,$/, '').trim()
      token.lastIndex = rest.lastIndex
    }
    const width = /^(\d+)w$/.exec(descriptor)
    const density = /^(\d*\.?\d+)x$/.exec(descriptor)
    if (width) widths = true
    if (width && Number(width[1]) > 0) candidates.push({ url, density: Number(width[1]) / slot })
    else if (density) candidates.push({ url, density: Number(density[1]) })
    else if (descriptor === '') candidates.push({ url, density: 1 })
  }
  return { candidates, widths }
}

/**
 * The image file one `<img>` loads on the phone ({@link PHONE}):
 *
 * - the candidates are the `srcset` entries; a `w` descriptor becomes a density by dividing
 *   it by the slot width from `sizes` ({@link slotWidth}); `src` joins as the 1x candidate
 *   unless `srcset` has width descriptors or a 1x entry; no `srcset` means `src`;
 * - the least dense candidate whose density reaches the device ratio is taken, the densest
 *   one when none does. For a 412 px slot at 1.75 (721 device pixels) that is the 960w of a
 *   320/640/960 ladder, the file Chromium 156 under Lighthouse's phone emulation fetched.
 *
 * `<picture>` `<source>`s are not considered (the site renders none). Returns undefined
 * when the element names no image.
 */
export function chooseImageCandidate(
  attributes: { src?: string; srcset?: string; sizes?: string },
  phone: { viewportWidth: number; devicePixelRatio: number } = PHONE,
): string | undefined {
  const slot = slotWidth(attributes.sizes, phone.viewportWidth)
  const { candidates, widths } = parseSrcset(attributes.srcset ?? '', slot)
  const src = attributes.src?.trim()
  if (src && !widths && !candidates.some((candidate) => candidate.density === 1)) candidates.push({ url: src, density: 1 })
  if (candidates.length === 0) return src || undefined
  candidates.sort((a, b) => a.density - b.density)
  return (candidates.find((candidate) => candidate.density >= phone.devicePixelRatio) ?? candidates.at(-1))?.url
}

/** The attributes of every `<img>` in `html`, leaving out comments, `<noscript>` and `<template>`. */
function imageElements(html: string): Record<string, string>[] {
  const visible = html.replace(/<!--[\s\S]*?-->|<noscript[\s>][\s\S]*?<\/noscript>|<template[\s>][\s\S]*?<\/template>/gi, '')
  return [...visible.matchAll(/<img\b([^>]*)>/gi)].map((element) => {
    const attributes: Record<string, string> = {}
    for (const match of (element[1] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attributes[(match[1] ?? '').toLowerCase()] = (match[2] ?? match[3] ?? match[4] ?? '').replace(/&amp;/g, '&')
    }
    return attributes
  })
}

/**
 * Measures the first page of each page type of a built brand (`dir`: its output folder): its
 * own bytes, the CSS it inlines or links, any JavaScript it loads (JSON-LD is data, not code;
 * only pages with the appointment form carry a script, the form's inline enhancement), and
 * the images its `<img>` elements load on a phone ({@link chooseImageCandidate}).
 *
 * URLs resolve like a browser's against the page's own URL: those on another origin (an
 * `https://` image on a CDN) are remote and only counted, `data:` URLs are part of the HTML
 * already, and the rest are files below `dir` (see {@link MeasureOptions.basePath}).
 */
export async function measurePages(dir: string, options: MeasureOptions = {}): Promise<Map<string, PageWeight & { path: string }>> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort()
  const result = new Map<string, PageWeight & { path: string }>()
  const basePath = options.basePath === undefined ? undefined : `/${options.basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')
  const pageOrigin = 'http://page.invalid'
  /** The file below `dir` a same-origin pathname names; the first of the possible ones that exists. */
  const fileCache = new Map<string, Promise<string | undefined>>()
  const localFile = (pathname: string) => {
    let found = fileCache.get(pathname)
    if (found === undefined) {
      const withoutBase =
        basePath === undefined ? pathname.replace(/^\/[^/]*\//, '/') : pathname.startsWith(basePath) ? pathname.slice(basePath.length - 1) : undefined
      const tries = basePath === undefined ? [pathname, withoutBase] : [withoutBase]
      found = (async () => {
        for (const candidate of tries) {
          if (candidate === undefined) continue
          const file = path.join(dir, candidate)
          // A decoded `..%2F` must not leave the build output.
          if (path.relative(dir, file).startsWith('..')) continue
          if (await stat(file).then((info) => info.isFile(), () => false)) return file
        }
        return undefined
      })()
      fileCache.set(pathname, found)
    }
    return found
  }
  /** Where `href` on page `file` points: a local file, `remote`, `inline` (data:) or `missing`. */
  const resolve = async (href: string, file: string): Promise<{ kind: 'local'; file: string } | { kind: 'remote' | 'inline' | 'missing' }> => {
    if (/^\s*data:/i.test(href)) return { kind: 'inline' }
    let url: URL
    try {
      url = new URL(href.trim(), `${pageOrigin}/${file.split(path.sep).join('/')}`)
    } catch {
      return { kind: 'missing' }
    }
    if (url.origin !== pageOrigin) return { kind: 'remote' }
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return { kind: 'missing' }
    }
    const local = await localFile(pathname)
    return local === undefined ? { kind: 'missing' } : { kind: 'local', file: local }
  }
  const textCache = new Map<string, Promise<string>>()
  const asset = async (href: string, page: string) => {
    const target = await resolve(href, page)
    if (target.kind !== 'local') return ''
    let text = textCache.get(target.file)
    if (text === undefined) {
      text = readFile(target.file, 'utf8').catch(() => '')
      textCache.set(target.file, text)
    }
    return text
  }
  const sizeCache = new Map<string, Promise<number>>()
  const fileSize = (file: string) => {
    let size = sizeCache.get(file)
    if (size === undefined) {
      size = stat(file).then((info) => info.size)
      sizeCache.set(file, size)
    }
    return size
  }
  for (const file of files) {
    const type = pageType(file)
    // Only the first page of each type is measured: reading every page would cost the build time.
    if (result.has(type)) continue
    const html = await readFile(path.join(dir, file), 'utf8')
    const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '').join('')
    const linkedCss = await Promise.all([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => asset(match[1] ?? '', file)))
    const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)]
    const externalJs = await Promise.all(
      scripts
        .map((match) => /src="([^"]+)"/.exec(match[1] ?? '')?.[1])
        .filter((src): src is string => src !== undefined)
        .map((src) => asset(src, file)),
    )
    const css = inlineCss + linkedCss.join('')
    const js = scripts.map((match) => match[2] ?? '').join('') + externalJs.join('')

    // Images: each file once per page; an eager use of a file makes it eager.
    const imageFiles = new Map<string, boolean>()
    let remoteImages = 0
    let missingImages = 0
    for (const attributes of imageElements(html)) {
      const chosen = chooseImageCandidate(attributes)
      if (chosen === undefined) continue
      const target = await resolve(chosen, file)
      if (target.kind === 'remote') remoteImages += 1
      else if (target.kind === 'missing') missingImages += 1
      else if (target.kind === 'local') {
        const lazy = attributes.loading?.toLowerCase() === 'lazy'
        imageFiles.set(target.file, (imageFiles.get(target.file) ?? true) && lazy)
      }
    }
    let images = 0
    let imagesLazy = 0
    for (const [imageFile, lazy] of imageFiles) {
      const size = await fileSize(imageFile)
      images += size
      if (lazy) imagesLazy += size
    }

    result.set(type, {
      path: file,
      html: Buffer.byteLength(html),
      htmlGzip: gzip(html),
      css: Buffer.byteLength(css),
      cssGzip: css ? gzip(css) : 0,
      js: Buffer.byteLength(js),
      jsGzip: js ? gzip(js) : 0,
      images,
      imagesLazy,
      imageFiles: imageFiles.size,
      remoteImages,
      missingImages,
    })
  }
  return result
}

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
