import { describe, expect, it } from 'vitest'
import { rawTextElements, srcsetUrls, startTags, visibleText } from './html-reader'

describe('startTags', () => {
  it('reads start tags in order, outside comments and script text, with decoded attributes', () => {
    const html =
      '<!-- <a href="/commented"> --><a href="/x?a=1&amp;b=2" title="1 > 0">x</a>' +
      '<script>document.write("<img src=/fake>")</script><IMG SRC="/a.webp" alt=\'A\' loading=lazy>'
    expect(startTags(html).map(({ name, attrs }) => ({ name, attrs }))).toEqual([
      { name: 'a', attrs: { href: '/x?a=1&b=2', title: '1 > 0' } },
      { name: 'script', attrs: {} },
      { name: 'img', attrs: { src: '/a.webp', alt: 'A', loading: 'lazy' } },
    ])
  })

  it('keeps the first of repeated attributes, as browsers do', () => {
    expect(startTags('<img src="/first.webp" src="/second.webp">')[0]?.attrs.src).toBe('/first.webp')
  })
})

describe('rawTextElements and visibleText', () => {
  it('returns script contents with their attributes, and the text a reader sees', () => {
    const html = '<p>Back &amp; neck</p><script type="application/ld+json">{"a":1}</script><style>p{}</style>'
    expect(rawTextElements(html, 'script')).toEqual([{ attrs: { type: 'application/ld+json' }, content: '{"a":1}' }])
    expect(visibleText(html)).toBe('Back & neck')
  })
})

describe('srcsetUrls', () => {
  it('splits like the HTML spec: commas inside URLs stay, a trailing comma ends a candidate', () => {
    expect(srcsetUrls('https://cdn.example/w_320,h_180/a.jpg 320w,https://cdn.example/w_640/a.jpg 640w')).toEqual([
      'https://cdn.example/w_320,h_180/a.jpg',
      'https://cdn.example/w_640/a.jpg',
    ])
    expect(srcsetUrls('one.png, two.png 2x')).toEqual(['one.png', 'two.png'])
  })
})
