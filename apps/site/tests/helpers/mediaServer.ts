import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BrandSnapshotInput } from '@clinic/schema'
import sharp from 'sharp'

/** Where the schema fixture says its images live (a host that does not exist). */
const FIXTURE_MEDIA_ORIGIN = 'https://media.harbor-lane-physio.example'

export interface MediaServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** Paths asked for, in order: proves the build fetched the images it optimised. */
  requests: string[]
  close(): Promise<void>
}

/**
 * Stands in for the CMS's media files: answers every `*.jpg` with a real JPEG, so site builds
 * in tests download and optimise images exactly as they do from a CMS.
 */
export async function startMediaServer(): Promise<MediaServer> {
  const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#7aa6b8' } }).jpeg().toBuffer()
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '')
    if (request.url?.endsWith('.jpg')) response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(jpeg)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The snapshot with its image URLs moved to `origin` (a {@link startMediaServer}). */
export function withMediaAt<T extends BrandSnapshotInput>(snapshot: T, origin: string): T {
  return JSON.parse(JSON.stringify(snapshot).replaceAll(FIXTURE_MEDIA_ORIGIN, origin)) as T
}
