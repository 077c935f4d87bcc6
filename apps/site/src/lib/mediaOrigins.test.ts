import { parseBrandSnapshot } from '@clinic/schema'
import { makeValidSnapshot } from '@clinic/schema/testing'
import { isRemoteAllowed } from 'astro/assets/utils'
import { describe, expect, it } from 'vitest'
import { mediaRemotePatterns } from './mediaOrigins'
import { withMediaAt } from '../../tests/helpers/mediaServer'

/*
 * A build downloads and optimises images only from the hosts the snapshot's images are on: the
 * CMS (media in MEDIA_DIR), or the public URL of object storage (S3_PUBLIC_URL), or both while
 * older images are still on the CMS.
 */

const allowed = (url: string, patterns: ReturnType<typeof mediaRemotePatterns>) => isRemoteAllowed(url, { domains: [], remotePatterns: patterns })

describe('mediaRemotePatterns', () => {
  it('allows the object-storage host of the snapshot\'s images, a path-style bucket URL included', () => {
    const snapshot = parseBrandSnapshot(withMediaAt(makeValidSnapshot(), 'https://s3.eu-central-1.storage.example/clinic-media/media/0a1b'))
    const patterns = mediaRemotePatterns(snapshot)
    expect(patterns).toEqual([{ protocol: 'https', hostname: 's3.eu-central-1.storage.example' }])
    const logo = snapshot.brand.logo
    if (logo === null) throw new Error('the fixture brand has a logo')
    expect(logo.url.startsWith('https://s3.eu-central-1.storage.example/clinic-media/media/0a1b/')).toBe(true)
    for (const url of [logo.url, ...logo.sizes.map((size) => size.url)]) expect(allowed(url, patterns), url).toBe(true)
  })

  it('allows the CMS and object storage side by side, each with its scheme and port, and no other host', () => {
    const input = withMediaAt(makeValidSnapshot(), 'http://127.0.0.1:9000/clinic-media')
    const logo = input.brand.logo
    if (!logo) throw new Error('the fixture brand has a logo')
    // An image uploaded before the move to object storage is still on the CMS.
    input.brand.logo = { ...logo, url: 'https://cms.example.com/api/media/file/logo.png', sizes: [] }
    const patterns = mediaRemotePatterns(parseBrandSnapshot(input))
    expect(patterns).toEqual(
      expect.arrayContaining([
        { protocol: 'http', hostname: '127.0.0.1', port: '9000' },
        { protocol: 'https', hostname: 'cms.example.com' },
      ]),
    )
    expect(patterns).toHaveLength(2)
    expect(allowed('http://127.0.0.1:9000/clinic-media/media/0a1b/hero.jpg', patterns)).toBe(true)
    expect(allowed('https://cms.example.com/api/media/file/hero.jpg', patterns)).toBe(true)
    // Another port, scheme or host than the images use: not downloaded.
    for (const url of ['http://127.0.0.1:9001/clinic-media/hero.jpg', 'https://127.0.0.1:9000/clinic-media/hero.jpg', 'https://social.example/hero.jpg', 'https://booking.example/hero.jpg']) {
      expect(allowed(url, patterns), url).toBe(false)
    }
  })
})
