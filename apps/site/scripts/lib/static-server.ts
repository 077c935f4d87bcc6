import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false
}

/**
 * Serves built brand sites from `root` the way a static host does: `/x/` → `x/index.html`,
 * `/x` → redirect to `/x/` when that folder has an index, and an unknown path under `/<brand>/`
 * → that brand's `404.html` with status 404. For local previews and tests, not production.
 */
export function createStaticServer(root: string): Server {
  const base = path.resolve(root)
  return createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      let pathname: string
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      } catch {
        response.writeHead(400).end('Bad request')
        return
      }
      const file = path.join(base, pathname)
      if (file !== base && !file.startsWith(`${base}${path.sep}`)) {
        response.writeHead(403).end('Forbidden')
        return
      }
      let target: string | null = null
      if (pathname.endsWith('/')) target = (await isFile(path.join(file, 'index.html'))) ? path.join(file, 'index.html') : null
      else if (await isFile(file)) target = file
      else if (await isFile(path.join(file, 'index.html'))) {
        response.writeHead(301, { Location: `${pathname}/` }).end()
        return
      }
      let status = 200
      if (target === null) {
        status = 404
        const brand = pathname.split('/')[1] ?? ''
        const notFound = [path.join(base, brand, '404.html'), path.join(base, '404.html')]
        for (const candidate of notFound) {
          if (brand !== '' && (await isFile(candidate))) {
            target = candidate
            break
          }
        }
      }
      if (target === null) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      response.writeHead(status, { 'Content-Type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream' })
      if (request.method === 'HEAD') response.end()
      else createReadStream(target).pipe(response)
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500)
      response.end(String(error))
    })
  })
}

/** Starts {@link createStaticServer} and resolves with its address once it listens. */
export async function startStaticServer(root: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const server = createStaticServer(root)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return { server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}` }
}
