/**
 * Serves built brand sites the way a static host does, for local previews (`pnpm --filter site
 * serve`) and the end-to-end tests: node:http only, bound to one host and port, stopped through
 * its handle. Not for production: any static host or CDN serves `dist/` there.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/** A server started by {@link listen}. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string
  /** Stops accepting requests and drops open (keep-alive) connections. */
  close(): Promise<void>
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

/** The content type of a file, by extension. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

export async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isDirectory() ?? false
}

export function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status = 200): void {
  response.writeHead(status, { 'content-type': contentTypeOf(file), 'cache-control': 'no-store' })
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  createReadStream(file)
    .on('error', (error) => response.destroy(error))
    .pipe(response)
}

export function sendText(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
  response.end(body)
}

type Handler = (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<void>

/** Starts a server on `host` and `port` (0: a free one). `name` labels errors. */
export async function listen(name: string, handler: Handler, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
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
    handler(request, response, pathname).catch((error: unknown) => {
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

/**
 * Serves the built sites like a static host: `/<brand>/x/` → `<distDir>/<brand>/x/index.html`,
 * a folder without its trailing slash → a 301 to it, anything missing under `/<brand>/` →
 * that brand's `404.html` with status 404 (plain 404 text when the brand has none).
 */
export function startSiteServer(distDir: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const root = path.resolve(distDir)
  return listen('site', async (request, response, pathname) => {
    const target = path.resolve(root, `.${pathname}`)
    if (target !== root && !target.startsWith(`${root}${path.sep}`)) {
      sendText(response, 403, `Forbidden: ${pathname}`)
      return
    }
    // Dot-folders of the output root hold build caches and builds in progress, not pages.
    if (pathname.split('/').some((segment) => segment.startsWith('.'))) {
      sendText(response, 404, `Not found: ${pathname}`)
      return
    }
    if (pathname.endsWith('/')) {
      const index = path.join(target, 'index.html')
      if (await isFile(index)) return sendFile(request, response, index)
    } else if (await isDirectory(target)) {
      const query = new URL(request.url ?? '/', 'http://localhost').search
      response.writeHead(301, { location: `${pathname}/${query}` })
      response.end()
      return
    } else if (await isFile(target)) {
      return sendFile(request, response, target)
    }
    const brand = pathname.split('/').filter(Boolean)[0]
    const notFoundPage = brand === undefined ? undefined : path.join(root, brand, '404.html')
    if (notFoundPage !== undefined && (await isFile(notFoundPage))) return sendFile(request, response, notFoundPage, 404)
    sendText(response, 404, `Not found: ${pathname}`)
  }, port, host)
}

/**
 * Serves `<mediaDir>/<name>` at `/api/media/file/<name>` like the CMS does, for site builds that
 * download their images without a CMS running (the end-to-end suite, the benchmark); 404 otherwise.
 */
export function startMediaServer(mediaDir: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const prefix = '/api/media/file/'
  return listen('media', async (request, response, pathname) => {
    const name = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : ''
    // One file name, no folders: nothing outside mediaDir can be asked for.
    const file = path.join(mediaDir, name)
    if (name === '' || name !== path.basename(name) || !(await isFile(file))) {
      sendText(response, 404, `Not found: ${pathname}`)
      return
    }
    sendFile(request, response, file)
  }, port, host)
}
