import type { BrandSnapshot } from '@clinic/schema'

/** A host Astro may download images from (`image.remotePatterns`). */
export interface RemotePattern {
  protocol: 'http' | 'https'
  hostname: string
  port?: string
}

/**
 * Every origin the snapshot's images live on (the CMS, or the public URL of the CMS's object
 * storage, S3_PUBLIC_URL), so the build allows exactly those hosts and nothing else for remote
 * image optimisation.
 */
export function mediaRemotePatterns(snapshot: BrandSnapshot): RemotePattern[] {
  const urls = new Set<string>()
  const add = (url: string | undefined) => {
    if (url) urls.add(url)
  }
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>
      if (typeof record.mimeType === 'string' && typeof record.url === 'string') {
        add(record.url)
        for (const size of (record.sizes as { url?: string }[] | undefined) ?? []) add(size.url)
      }
      Object.values(record).forEach(visit)
    }
  }
  visit(snapshot)
  const patterns = new Map<string, RemotePattern>()
  for (const url of urls) {
    const { protocol, hostname, port } = new URL(url)
    const pattern: RemotePattern = { protocol: protocol === 'https:' ? 'https' : 'http', hostname, ...(port ? { port } : {}) }
    patterns.set(`${pattern.protocol}://${hostname}:${port}`, pattern)
  }
  return [...patterns.values()]
}
