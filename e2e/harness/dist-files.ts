/**
 * The built output on disk: a brand's files, the page each HTML file is, and every URL a
 * file refers to.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { type PageType, type Tag, classifyPath, metaContent, srcsetUrls } from 'site/testing'

/** Every file under `dir`, as absolute paths, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** An HTML file of a brand's build and the page it is. */
export interface HtmlFile {
  file: string
  /** The URL path it is served at, relative to the brand's root (`/articles/x/`). */
  sitePath: string
  type: PageType | 'other'
}

/** The path a built file is served at, relative to the brand's root: `articles/x/index.html` → `/articles/x/`. */
export function sitePathOf(brandDir: string, file: string): string {
  const relative = `/${path.relative(brandDir, file).split(path.sep).join('/')}`
  return relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative
}

/** The HTML files of `brandDir`, typed; `404.html` is the `notFound` page. */
export function htmlFiles(brandDir: string): HtmlFile[] {
  return listFiles(brandDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const sitePath = sitePathOf(brandDir, file)
      return { file, sitePath, type: sitePath === '/404.html' ? 'notFound' : classifyPath(sitePath) }
    })
}

/** Whether a path exists as a file (not a folder). */
export function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/** A URL an HTML file refers to, and where. */
export interface Reference {
  /** `a[href]`, `img[srcset]`, `meta[og:url]`, … */
  where: string
  url: string
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
}

/** Meta tags whose content is a URL of the site. */
const URL_METAS = ['og:url', 'og:image', 'twitter:image']

/** Every URL in an HTML document's `href`/`src`/`srcset` (and URL-valued social meta tags). */
export function htmlReferences(tags: readonly Tag[]): Reference[] {
  const references: Reference[] = []
  for (const tag of tags) {
    for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
      const value = tag.attrs[attribute]
      if (value === undefined) continue
      const where = `${tag.name}[${attribute}]`
      if (attribute === 'srcset') for (const url of srcsetUrls(value)) references.push({ where, url })
      else references.push({ where, url: value.trim() })
    }
  }
  for (const key of URL_METAS) {
    const content = metaContent(tags, key)
    if (content !== undefined) references.push({ where: `meta[${key}]`, url: content.trim() })
  }
  return references
}

/** Every URL in an XML feed or sitemap (`<loc>`, `<link>`, `<guid>` text and `href`/`url` attributes). */
export function xmlReferences(xml: string): Reference[] {
  const references: Reference[] = []
  for (const match of xml.matchAll(/<(loc|link|guid|url)\b[^>]*>\s*([^<\s][^<]*?)\s*<\//g)) {
    if (/^https?:\/\//.test(match[2] ?? '')) references.push({ where: `<${match[1]}>`, url: match[2] ?? '' })
  }
  for (const match of xml.matchAll(/\b(href|url)="([^"]+)"/g)) references.push({ where: `[${match[1]}]`, url: match[2] ?? '' })
  return references
}
