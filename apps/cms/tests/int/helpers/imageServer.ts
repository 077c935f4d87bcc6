import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import sharp from 'sharp'

/** A stand-in for an old clinic site's image host, on 127.0.0.1 and a free port. */
export interface ImageServer {
  /** `http://127.0.0.1:<port>`. */
  url: string
  /** Paths requested so far, in order. */
  readonly requested: string[]
  close(): Promise<void>
}

/** A small JPEG in two colours, different for each `seed`. */
export async function testJpeg(seed: number, width = 96, height = 64): Promise<Buffer> {
  const hue = (seed * 47) % 255
  return sharp({ create: { width, height, channels: 3, background: { r: hue, g: 120, b: 255 - hue } } })
    .jpeg({ quality: 70 })
    .toBuffer()
}

/**
 * Serves what an old site's images can be:
 * - `<any path>.jpg`: a JPEG (the same picture for the same path), unless the path has `/missing`;
 * - `/hang.jpg`: accepts the connection and never answers (a server that times out);
 * - `/page.jpg`: an HTML page, not an image;
 * - `/broken.png`: says it is a PNG but is not a picture;
 * - anything else (`/missing….jpg` too): 404.
 */
export async function startImageServer(): Promise<ImageServer> {
  const requested: string[] = []
  const pictures = new Map<string, Buffer>()
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    requested.push(path)
    if (path === '/hang.jpg') return
    if (path === '/page.jpg') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not here</title><p>This is a page.</p>')
      return
    }
    if (path === '/broken.png') {
      response.writeHead(200, { 'content-type': 'image/png' }).end('these bytes are no picture at all')
      return
    }
    if (path.endsWith('.jpg') && !path.includes('/missing')) {
      const known = pictures.get(path)
      const send = (bytes: Buffer) => response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(bytes.length) }).end(bytes)
      if (known) return send(known)
      void testJpeg(pictures.size + 1).then((bytes) => {
        pictures.set(path, bytes)
        send(bytes)
      })
      return
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // The hanging requests would keep the server open forever.
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
