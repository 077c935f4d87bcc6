/**
 * The page weight: what a phone visitor downloads for a built page. One measurer serves the
 * build report, the benchmark and the end-to-end budget check.
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { rawTextElements, startTags } from '../html-reader'
import { pageType } from '../page-types'
import { type BuildFiles, buildFiles } from './build-files'
import { chooseImageCandidate, imageElements } from './images'

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


/** One page measured: its weight, and the scripts behind its `js` bytes. */
export interface PageMeasurement {
  /** The page's file, relative to the measured folder. */
  path: string
  weight: PageWeight
  /** JavaScript files the page loads (`script[src]`, `link[rel=modulepreload]`). */
  jsFiles: string[]
  /** The text of each inline script that is code (not JSON-LD), in page order. */
  inlineScripts: string[]
  /** Whether the page shows the appointment request form (`form[data-appointment-form]`), the one feature allowed a script. */
  appointmentForm: boolean
  /** Stylesheets and scripts the page links that are not files of the build. */
  problems: string[]
}

const gzip = (text: string) => (text === '' ? 0 : gzipSync(text, { level: 9 }).length)
const relTokens = (rel: string | undefined) => (rel ?? '').toLowerCase().split(/\s+/)

/** The text of the stylesheets or scripts a page links, with a problem for each that is not a file of the build. */
async function linkedText(files: BuildFiles, page: string, hrefs: readonly string[], problems: string[]): Promise<string> {
  const texts = await Promise.all(
    hrefs.map(async (href) => {
      const target = await files.locate(href, page)
      if (target.kind !== 'local') {
        problems.push(`${href}: ${target.kind === 'remote' ? 'not part of the build (another origin)' : 'no such file in the build'}`)
        return ''
      }
      return files.text(target.file).catch((error: unknown) => {
        problems.push(`${href}: ${(error as Error).message}`)
        return ''
      })
    }),
  )
  return texts.join('')
}

/** Raw bytes of the image files a page's `<img>` elements load on a phone, each file once; an eager use makes a file eager. */
async function imageWeight(files: BuildFiles, page: string, html: string): Promise<Pick<PageWeight, 'images' | 'imagesLazy' | 'imageFiles' | 'remoteImages' | 'missingImages'>> {
  const eagerness = new Map<string, boolean>()
  let remoteImages = 0
  let missingImages = 0
  for (const attributes of imageElements(html)) {
    const chosen = chooseImageCandidate(attributes)
    if (chosen === undefined) continue
    const target = await files.locate(chosen, page)
    if (target.kind === 'remote') remoteImages += 1
    else if (target.kind === 'missing') missingImages += 1
    else if (target.kind === 'local') eagerness.set(target.file, (eagerness.get(target.file) ?? true) && attributes.loading?.toLowerCase() === 'lazy')
  }
  let images = 0
  let imagesLazy = 0
  for (const [file, lazy] of eagerness) {
    const size = await files.size(file)
    images += size
    if (lazy) imagesLazy += size
  }
  return { images, imagesLazy, imageFiles: eagerness.size, remoteImages, missingImages }
}

/**
 * A measurer of the pages below `dir` (a built brand's output folder): its own bytes, the CSS
 * it inlines or links, any JavaScript it loads (JSON-LD is data, not code; only pages with the
 * appointment form carry a script, the form's inline enhancement), and the images its `<img>`
 * elements load on a phone ({@link chooseImageCandidate}). Linked files are read once per
 * measurer.
 *
 * URLs resolve like a browser's against the page's own URL: those on another origin (an
 * `https://` image on a CDN) are remote and only counted, `data:` URLs are part of the HTML
 * already, and the rest are files below `dir` (see {@link MeasureOptions.basePath}).
 */
export function pageMeasurer(dir: string, options: MeasureOptions = {}): (page: string) => Promise<PageMeasurement> {
  const files = buildFiles(dir, options.basePath)
  return async (page) => {
    const html = await readFile(path.join(dir, page), 'utf8')
    const tags = startTags(html)
    const problems: string[] = []
    const stylesheets = tags.filter((tag) => tag.name === 'link' && relTokens(tag.attrs.rel).includes('stylesheet') && tag.attrs.href !== undefined)
    const css = rawTextElements(html, 'style').map((style) => style.content).join('') + (await linkedText(files, page, stylesheets.map((tag) => tag.attrs.href ?? ''), problems))
    const jsFiles = tags
      .filter((tag) => (tag.name === 'script' && tag.attrs.src !== undefined) || (tag.name === 'link' && relTokens(tag.attrs.rel).includes('modulepreload') && tag.attrs.href !== undefined))
      .map((tag) => tag.attrs.src ?? tag.attrs.href ?? '')
    const inlineScripts = rawTextElements(html, 'script')
      .filter((script) => script.attrs.src === undefined && script.attrs.type?.toLowerCase() !== 'application/ld+json')
      .map((script) => script.content)
    const js = inlineScripts.join('') + (await linkedText(files, page, jsFiles, problems))
    const weight: PageWeight = {
      html: Buffer.byteLength(html),
      htmlGzip: gzip(html),
      css: Buffer.byteLength(css),
      cssGzip: gzip(css),
      js: Buffer.byteLength(js),
      jsGzip: gzip(js),
      ...(await imageWeight(files, page, html)),
    }
    const appointmentForm = tags.some((tag) => tag.name === 'form' && tag.attrs['data-appointment-form'] !== undefined)
    return { path: page, weight, jsFiles, inlineScripts, appointmentForm, problems }
  }
}

/**
 * Measures the first page (in path order) of each page type ({@link pageType}) of a built
 * brand: reading every page would cost the build time. Keyed by page type.
 */
export async function measurePages(dir: string, options: MeasureOptions = {}): Promise<Map<string, PageWeight & { path: string }>> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort()
  const measure = pageMeasurer(dir, options)
  const result = new Map<string, PageWeight & { path: string }>()
  for (const file of files) {
    const type = pageType(file)
    if (result.has(type)) continue
    const { path: page, weight } = await measure(file)
    result.set(type, { path: page, ...weight })
  }
  return result
}
