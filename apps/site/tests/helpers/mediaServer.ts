import type { BrandSnapshotInput } from '@clinic/schema'
import sharp from 'sharp'
import { listen, sendBytes, sendText } from '../../scripts/lib/static-server'

/** Where the schema fixture says its images live (a host that does not exist). */
const FIXTURE_MEDIA_ORIGIN = 'https://media.harbor-lane-physio.example'

export interface MediaServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** Paths asked for, in order: proves the build fetched the images it optimised. */
  requests: string[]
  close(): Promise<void>
}

/** A real 1600×900 JPEG, made once: what every test image download receives. */
export const testJpeg: Promise<Buffer> = sharp({ create: { width: 1600, height: 900, channels: 3, background: '#7aa6b8' } }).jpeg().toBuffer()

/**
 * Stands in for the CMS's media files: answers every `*.jpg` with a real JPEG, so site builds
 * in tests download and optimise images exactly as they do from a CMS.
 */
export async function startMediaServer(): Promise<MediaServer> {
  const jpeg = await testJpeg
  const requests: string[] = []
  const server = await listen('test media', (request, response, pathname) => {
    requests.push(request.url ?? '')
    if (pathname.endsWith('.jpg')) sendBytes(request, response, jpeg, 'image/jpeg')
    else sendText(response, 404, `Not found: ${pathname}`)
  })
  return { origin: server.url, requests, close: () => server.close() }
}

/** The snapshot with its image URLs moved to `origin` (a {@link startMediaServer}). */
export function withMediaAt<T extends BrandSnapshotInput>(snapshot: T, origin: string): T {
  return JSON.parse(JSON.stringify(snapshot).replaceAll(FIXTURE_MEDIA_ORIGIN, origin)) as T
}
