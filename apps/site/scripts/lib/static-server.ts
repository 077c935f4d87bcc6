/**
 * The one static file server of the workspace, serving built brand sites the way a static host
 * does: for local previews (`pnpm --filter site serve`), the end-to-end suite, the benchmark's
 * Lighthouse runs and the site's tests. node:http only, bound to one host and port, stopped
 * through its handle. Not for production: any static host or CDN serves `dist/` there.
 *
 * Hand-written rather than `sirv`: sirv sends a folder's `index.html` without the trailing-slash
 * redirect, cannot answer a brand's `404.html` with status 404, shows dot-folders in its
 * per-request (dev) mode and snapshots the file list at start-up otherwise, and compresses only
 * files compressed beforehand. Keeping those behaviours around it would take more code than this.
 */
import { readFile, stat } from 'node:fs/promises'
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

/** A server started by {@link listen}. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string
  /** Stops accepting requests and drops open (keep-alive) connections. */
  close(): Promise<void>
}

/** Where a server listens: `port` 0 (the default) takes a free one; `host` defaults to 127.0.0.1. */
export interface ListenOptions {
  port?: number
  host?: string
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

/** Types a host compresses: text; image formats are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/

/** The content type of a file, by extension. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Whether `file` exists and is a file (not a folder). */
export async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isDirectory() ?? false
}

/** Answers with a plain-text body. */
export function sendText(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
  response.end(body)
}

/** Answers with `body` as it is: for servers that make their files in memory. */
export function sendBytes(request: IncomingMessage, response: ServerResponse, body: Buffer, contentType: string, status = 200): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': String(body.length) })
  response.end(request.method === 'HEAD' ? undefined : body)
}

const gzipAsync = promisify(gzip)
/** Compressed bodies by file and modification time: a page is compressed once per build. */
const gzipped = new Map<string, Promise<Buffer>>()

/**
 * Sends a file as a static host does: text gzip-compressed when the client accepts it (what
 * Lighthouse measures), Astro's content-hashed `_astro/` files cacheable for a year, anything
 * else revalidated on every use (so a rebuilt page shows at once).
 */
export async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status = 200): Promise<void> {
  const info = await stat(file)
  const type = contentTypeOf(file)
  const hashed = file.split(path.sep).includes('_astro')
  const headers: Record<string, string> = {
    'content-type': type,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    'last-modified': info.mtime.toUTCString(),
    'x-content-type-options': 'nosniff',
  }
  let body: Buffer = await readFile(file)
  if (COMPRESSIBLE.test(type)) {
    headers.vary = 'Accept-Encoding'
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${file}:${info.mtimeMs}`
      const compressed = gzipped.get(key) ?? gzipAsync(body, { level: 6 })
      gzipped.set(key, compressed)
      body = await compressed
      headers['content-encoding'] = 'gzip'
    }
  }
  headers['content-length'] = String(body.length)
  response.writeHead(status, headers)
  response.end(request.method === 'HEAD' ? undefined : body)
}

/** Answers one GET or HEAD request; `pathname` is the decoded path of its URL. */
export type Handler = (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<void> | void

/**
 * Starts a server that hands GET and HEAD requests to `handler` (405 for other methods, 400 for
 * a path that is not valid percent-encoding, 500 naming the error when the handler throws).
 * `name` labels its errors.
 */
export async function listen(name: string, handler: Handler, { port = 0, host = '127.0.0.1' }: ListenOptions = {}): Promise<RunningServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed', { allow: 'GET, HEAD' })
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      sendText(response, 400, 'Bad request: the path is not valid percent-encoding')
      return
    }
    Promise.resolve(handler(request, response, pathname)).catch((error: unknown) => {
      console.error(`${name} server: ${request.url}: ${(error as Error).stack ?? String(error)}`)
      if (!response.headersSent) sendText(response, 500, `Internal error: ${(error as Error).message}`)
      else response.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`The ${name} server could not listen on ${host}:${port}: ${error.message}`)))
    server.listen(port, host, () => resolve())
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)))
        server.closeAllConnections()
      }),
  }
}

/** Options of {@link startSiteServer}. */
export interface SiteServerOptions extends ListenOptions {
  /** The path `dir` is served at (`/` by default); anything outside it gets the 404 page. */
  basePath?: string
}

/** The 404 page for a miss at `segments` (below the base path): the brand's (first folder's), else the root's. */
async function notFoundPage(root: string, segments: readonly string[]): Promise<string | undefined> {
  for (const folder of [...segments.slice(0, 1), '']) {
    const page = path.join(root, folder, '404.html')
    if (await isFile(page)) return page
  }
  return undefined
}

/**
 * Serves built sites like a static host: `<base>x/` → `<dir>/x/index.html`, a folder without
 * its trailing slash → a 301 to it, anything missing → the nearest `404.html` with status 404
 * (`<dir>/<brand>/404.html` when `dir` holds one folder per brand, else `<dir>/404.html`;
 * plain 404 text when there is none). Dot-folders hold build caches and builds in progress,
 * not pages: they are not found. A path leaving `dir` is forbidden.
 */
export function startSiteServer(dir: string, { basePath = '/', ...where }: SiteServerOptions = {}): Promise<RunningServer> {
  const root = path.resolve(dir)
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')
  return listen('site', async (request, response, pathname) => {
    const inside = `${pathname}/`.startsWith(base) ? pathname.slice(base.length - 1) : undefined
    const segments = (inside ?? '').split('/').filter(Boolean)
    const target = path.resolve(root, `.${inside ?? '/'}`)
    if (target !== root && !target.startsWith(`${root}${path.sep}`)) return sendText(response, 403, `Forbidden: ${pathname}`)
    const hidden = pathname.split('/').some((segment) => segment.startsWith('.'))
    if (inside !== undefined && !hidden) {
      if (pathname.endsWith('/')) {
        const index = path.join(target, 'index.html')
        if (await isFile(index)) return sendFile(request, response, index)
      } else if (await isDirectory(target)) {
        const url = new URL(request.url ?? '/', 'http://localhost')
        response.writeHead(301, { location: `${url.pathname}/${url.search}` })
        response.end()
        return
      } else if (await isFile(target)) {
        return sendFile(request, response, target)
      }
    }
    const page = await notFoundPage(root, hidden ? [] : segments)
    if (page !== undefined) return sendFile(request, response, page, 404)
    sendText(response, 404, `Not found: ${pathname}`)
  }, where)
}

/**
 * Serves `<mediaDir>/<name>` at `/api/media/file/<name>` like the CMS does, for site builds that
 * download their images without a CMS running (the end-to-end suite, the benchmark); 404 otherwise.
 */
export function startMediaServer(mediaDir: string, where: ListenOptions = {}): Promise<RunningServer> {
  const prefix = '/api/media/file/'
  return listen('media', async (request, response, pathname) => {
    const name = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : ''
    // One file name, no folders: nothing outside mediaDir can be asked for.
    const file = path.join(mediaDir, name)
    if (name === '' || name !== path.basename(name) || name.startsWith('.') || !(await isFile(file))) {
      sendText(response, 404, `Not found: ${pathname}`)
      return
    }
    await sendFile(request, response, file)
  }, where)
}
