import type { Media } from '@clinic/schema'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { describe, expect, it } from 'vitest'
import ResponsiveImage from './ResponsiveImage.astro'
import { cmsSrcset, srcsetWidths } from './imageWidths'
import { fixture, render } from '../../tests/helpers/render'

/*
 * vitest.config.ts allows the fixture's media host as a remote image source, as a build allows
 * the snapshot's, so these tests see the `/_image` URLs Astro turns into optimised files.
 */
const { snapshot } = fixture()
const media: Media = snapshot.authors[0]!.photo!
const encoded = encodeURIComponent(media.url)

describe('ResponsiveImage', () => {
  it('offers WebP renditions up to the original width, keeps the aspect ratio and loads lazily', async () => {
    const html = await render(ResponsiveImage, { media })
    const srcset = html.match(/srcset="([^"]+)"/)?.[1]?.split(', ')
    expect(srcset).toEqual(
      [
        [320, 180],
        [640, 360],
        [960, 540],
        [1280, 720],
        [1600, 900],
      ].map(([w, h]) => `/_image/?href=${encoded}&amp;w=${w}&amp;h=${h}&amp;f=webp ${w}w`),
    )
    expect(html).toContain(`src="/_image/?href=${encoded}&amp;w=1600&amp;h=900&amp;f=webp"`)
    expect(html).toContain('alt="Portrait of Maren Okafor smiling in the clinic"')
    expect(html).toContain('width="1600" height="900"')
    expect(html).toContain('sizes="(min-width: 60rem) 60rem, 100vw"')
    expect(html).toContain('loading="lazy" decoding="async"')
    expect(html).not.toContain('fetchpriority')
    expect(html).toContain('class="responsive-image"')
  })

  it('loads an eager image at once with high priority, with the given sizes and class', async () => {
    const html = await render(ResponsiveImage, { media, eager: true, sizes: '20rem', class: 'portrait' })
    expect(html).toContain('loading="eager"')
    expect(html).toContain('fetchpriority="high"')
    expect(html).toContain('sizes="20rem"')
    expect(html).toContain('class="responsive-image portrait"')
  })

  it('carries the style scope of the component that passes `class`, so its scoped rules apply', async () => {
    const container = await AstroContainer.create()
    const html = await container.renderToString(ResponsiveImage, { props: { media, class: 'thumb', 'data-astro-cid-card': true } })
    expect(html).toMatch(/<img [^>]*data-astro-cid-card[^>]*class="responsive-image thumb"/)
  })

  it('never offers a rendition wider than a small original', async () => {
    const html = await render(ResponsiveImage, { media: { ...media, width: 500, height: 500 } })
    expect(html.match(/ \d+w/g)).toEqual([' 320w', ' 500w'])
  })

  it('falls back to the CMS’s own renditions for a host the build does not allow', async () => {
    const other = 'https://cdn.elsewhere.example'
    const html = await render(ResponsiveImage, {
      media: {
        ...media,
        url: `${other}/photo.jpg`,
        sizes: [
          { name: 'card', url: `${other}/photo-800x450.jpg`, width: 800, height: 450 },
          { name: 'square', url: `${other}/photo-300x300.jpg`, width: 300, height: 300 },
        ],
      },
    })
    expect(html).toContain(`src="${other}/photo.jpg"`)
    expect(html).toContain(`srcset="${other}/photo-800x450.jpg 800w, ${other}/photo.jpg 1600w"`)
    expect(html).toContain('width="1600" height="900"')
    expect(html).toContain('loading="lazy"')
    expect(html).not.toContain('/_image')
  })

  it('keeps alternative text as text', async () => {
    const html = await render(ResponsiveImage, { media: { ...media, alt: 'A "quoted" <b>word</b>' } })
    expect(html).toContain('alt="A &quot;quoted&quot; <b>word</b>"')
  })
})

describe('srcsetWidths', () => {
  it.each([
    [1600, [320, 640, 960, 1280, 1600]],
    [1280, [320, 640, 960, 1280]],
    [4000, [320, 640, 960, 1280, 1920]],
    [640, [320, 640]],
    [200, [200]],
  ])('for an original %i px wide: %j', (width, expected) => {
    expect(srcsetWidths(width)).toEqual(expected)
  })
})

describe('cmsSrcset', () => {
  it('lists same-shape renditions narrowest first, then the original', () => {
    expect(cmsSrcset(media)).toBe(`${media.sizes[0]!.url} 400w, ${media.sizes[1]!.url} 800w, ${media.url} 1600w`)
    expect(cmsSrcset({ ...media, sizes: [] })).toBe(`${media.url} 1600w`)
  })
})
