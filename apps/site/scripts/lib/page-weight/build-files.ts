/**
 * The files of one built site as a page's URLs name them: where a URL found in a page leads
 * (a file of the build, another origin, inline data, or nothing), and the files' text and
 * sizes, each read once per measurement.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

/** Where a URL on a page leads. */
export type Located = { kind: 'local'; file: string } | { kind: 'remote' | 'inline' | 'missing' }

/** The origin pages are placed at to resolve their URLs like a browser does. */
const PAGE_ORIGIN = 'http://page.invalid'

/** `/`, or `/<a>/<b>/` for `a/b`, `/a/b` or `/a/b/`. */
function normaliseBase(basePath: string): string {
  const inner = basePath.replace(/^\/+|\/+$/g, '')
  return inner === '' ? '/' : `/${inner}/`
}

/**
 * The files below `dir`, the output folder of a site built at `basePath` (`/` or `/<brand>/`):
 * root-absolute URLs in its pages start with the base path, the files in `dir` do not. Without
 * a base path, a root-absolute URL is looked up as it is and, when no such file exists,
 * without its first path segment.
 */
export function buildFiles(dir: string, basePath: string | undefined) {
  const base = basePath === undefined ? undefined : normaliseBase(basePath)
  const found = new Map<string, Promise<string | undefined>>()
  const texts = new Map<string, Promise<string>>()
  const sizes = new Map<string, Promise<number>>()

  /** The file below `dir` a same-origin pathname names; the first of the possible ones that exists. */
  const fileAt = (pathname: string): Promise<string | undefined> => {
    const cached = found.get(pathname)
    if (cached !== undefined) return cached
    const withoutBase = base === undefined ? pathname.replace(/^\/[^/]*\//, '/') : pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined
    const tries = base === undefined ? [pathname, withoutBase] : [withoutBase]
    const lookup = (async () => {
      for (const candidate of tries) {
        if (candidate === undefined) continue
        const file = path.join(dir, candidate)
        // A decoded `..%2F` must not leave the build output.
        if (path.relative(dir, file).startsWith('..')) continue
        if (await stat(file).then((info) => info.isFile(), () => false)) return file
      }
      return undefined
    })()
    found.set(pathname, lookup)
    return lookup
  }

  return {
    /** Where `href` on the page at `page` (its path below `dir`) leads. */
    async locate(href: string, page: string): Promise<Located> {
      if (/^\s*data:/i.test(href)) return { kind: 'inline' }
      let url: URL
      try {
        url = new URL(href.trim(), `${PAGE_ORIGIN}${base ?? '/'}${page.split(path.sep).join('/')}`)
      } catch {
        return { kind: 'missing' }
      }
      if (url.origin !== PAGE_ORIGIN) return { kind: 'remote' }
      let pathname: string
      try {
        pathname = decodeURIComponent(url.pathname)
      } catch {
        return { kind: 'missing' }
      }
      const file = await fileAt(pathname)
      return file === undefined ? { kind: 'missing' } : { kind: 'local', file }
    },
    /** The text of a file of the build. */
    text(file: string): Promise<string> {
      const text = texts.get(file) ?? readFile(file, 'utf8')
      texts.set(file, text)
      return text
    },
    /** The size of a file of the build, in bytes. */
    size(file: string): Promise<number> {
      const size = sizes.get(file) ?? stat(file).then((info) => info.size)
      sizes.set(file, size)
      return size
    },
  }
}

/** The files of one built site, from {@link buildFiles}. */
export type BuildFiles = ReturnType<typeof buildFiles>
