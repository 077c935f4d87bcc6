import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatWeights } from './format'
import { chooseImageCandidate, slotWidth } from './images'
import { measurePages, pageMeasurer } from './measure'
import { pageType } from '../page-types'
import { makeTempDir } from '../../../tests/helpers/snapshots'

describe('pageType', () => {
  it('names each page by its route', () => {
    expect(pageType('index.html')).toBe('home')
    expect(pageType('404.html')).toBe('404')
    expect(pageType('articles/index.html')).toBe('articles index')
    expect(pageType('articles/page/2/index.html')).toBe('articles index')
    expect(pageType('articles/category/back-pain/index.html')).toBe('article category')
    expect(pageType('articles/knee-pain-101/index.html')).toBe('article')
    expect(pageType('compare/a-vs-b/index.html')).toBe('comparison')
    expect(pageType('therapies/index.html')).toBe('therapies index')
    expect(pageType('conditions/sciatica/index.html')).toBe('condition')
    expect(pageType('locations/downtown/index.html')).toBe('location')
    expect(pageType('request-appointment/thank-you/index.html')).toBe('request-appointment/thank-you')
  })
})

describe('slotWidth', () => {
  it('takes the first entry whose media condition holds on a 412 px wide phone', () => {
    expect(slotWidth('(min-width: 62rem) 20rem, (min-width: 40rem) 50vw, 100vw')).toBe(412)
    expect(slotWidth('(max-width: 30em) 50vw, 100vw')).toBe(206)
    expect(slotWidth('(min-width: 20rem) and (max-width: 500px) 300px, 100vw')).toBe(300)
    expect(slotWidth('8rem')).toBe(128)
    expect(slotWidth('(min-width: 60rem) 60rem, 100vw', 1280)).toBe(960)
  })

  it('falls back to 100vw for a missing attribute, an unknown length or no matching entry', () => {
    expect(slotWidth(undefined)).toBe(412)
    expect(slotWidth('auto')).toBe(412)
    expect(slotWidth('calc(100vw - 2rem)')).toBe(412)
    expect(slotWidth('(min-width: 50rem) 50vw')).toBe(412)
    // A condition it does not understand does not hold.
    expect(slotWidth('(orientation: landscape) 10px, 200px')).toBe(200)
  })
})

describe('chooseImageCandidate', () => {
  const ladder = 'a-320.webp 320w, a-640.webp 640w, a-960.webp 960w, a-1280.webp 1280w, a-1600.webp 1600w'

  it('picks the least dense candidate that reaches the device ratio of 1.75', () => {
    // 412 px slot: 640w is density 1.55, 960w 2.33.
    expect(chooseImageCandidate({ src: 'a-1600.webp', srcset: ladder, sizes: '(min-width: 62rem) 20rem, 100vw' })).toBe('a-960.webp')
    // Half the width: 320w is 1.55, 640w 3.11.
    expect(chooseImageCandidate({ src: 'a-1600.webp', srcset: ladder, sizes: '50vw' })).toBe('a-640.webp')
    // 8rem = 128 px: 320w is 2.5.
    expect(chooseImageCandidate({ srcset: ladder, sizes: '8rem' })).toBe('a-320.webp')
    // Exactly 1.75: 640 / 1.75 = 365.7 px.
    expect(chooseImageCandidate({ srcset: ladder, sizes: `${640 / 1.75}px` })).toBe('a-640.webp')
  })

  it('takes the densest candidate when none is dense enough, and a single one as it is', () => {
    expect(chooseImageCandidate({ srcset: 'small.webp 320w, big.webp 640w', sizes: '100vw' }, { viewportWidth: 412, devicePixelRatio: 3 })).toBe('big.webp')
    expect(chooseImageCandidate({ src: 'logo.webp', srcset: 'logo.webp 320w', sizes: '8rem' })).toBe('logo.webp')
  })

  it('handles density descriptors, with src as the 1x candidate', () => {
    expect(chooseImageCandidate({ src: 'one.png', srcset: 'two.png 2x' })).toBe('two.png')
    expect(chooseImageCandidate({ src: 'one.png', srcset: 'half.png 0.5x' })).toBe('one.png')
    expect(chooseImageCandidate({ src: 'one.png', srcset: 'one-b.png 1x, two.png 2x' })).toBe('two.png')
    expect(chooseImageCandidate({ src: 'one.png', srcset: 'three.png 3x' })).toBe('three.png')
  })

  it('falls back to src, and to nothing', () => {
    expect(chooseImageCandidate({ src: 'plain.jpg' })).toBe('plain.jpg')
    expect(chooseImageCandidate({ src: 'plain.jpg', srcset: '' })).toBe('plain.jpg')
    expect(chooseImageCandidate({})).toBeUndefined()
  })

  it('splits srcset like the HTML spec: commas inside URLs stay, a trailing comma ends a candidate', () => {
    expect(chooseImageCandidate({ srcset: 'https://cdn.example/w_320,h_180/a.jpg 320w,https://cdn.example/w_640,h_360/a.jpg 640w', sizes: '300px' })).toBe(
      'https://cdn.example/w_640,h_360/a.jpg',
    )
    expect(chooseImageCandidate({ srcset: 'one.png, two.png 2x' })).toBe('two.png')
  })
})

describe('measurePages', () => {
  let dir: string
  const page = (body: string) => `<!DOCTYPE html><html><head><style>body{margin:0}</style></head><body>${body}</body></html>`
  const bytes = (count: number) => Buffer.alloc(count, 1)

  beforeEach(async () => {
    dir = await makeTempDir('weights')
    await mkdir(path.join(dir, '_astro'), { recursive: true })
    await writeFile(path.join(dir, '_astro', 'hero-640.webp'), bytes(6000))
    await writeFile(path.join(dir, '_astro', 'hero-960.webp'), bytes(9000))
    await writeFile(path.join(dir, '_astro', 'thumb-320.webp'), bytes(2000))
    await writeFile(path.join(dir, '_astro', 'logo.webp'), bytes(500))
    await writeFile(path.join(dir, '_astro', 'site.css'), 'main{display:block}')
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const hero = (prefix: string) =>
    `<img src="${prefix}_astro/hero-960.webp" srcset="${prefix}_astro/hero-640.webp 640w, ${prefix}_astro/hero-960.webp 960w" sizes="100vw" loading="eager" alt="">`

  it('counts the image file a phone picks for each <img>, each file once, lazy ones apart', async () => {
    await mkdir(path.join(dir, 'articles', 'first'), { recursive: true })
    await writeFile(
      path.join(dir, 'articles', 'first', 'index.html'),
      page(
        `<img src="/_astro/logo.webp" alt="">${hero('/')}` +
          `<img src="../../_astro/thumb-320.webp" loading="lazy" alt="">` +
          // The logo again, lazily: still one download, and eager because of its first use.
          `<img src="/_astro/logo.webp" loading="lazy" alt="">` +
          `<!-- <img src="/_astro/hero-960.webp"> --><noscript><img src="/_astro/hero-960.webp"></noscript>`,
      ),
    )
    // A second article is not measured: the first page of each type stands for it.
    await mkdir(path.join(dir, 'articles', 'second'), { recursive: true })
    await writeFile(path.join(dir, 'articles', 'second', 'index.html'), page(''))

    const weights = await measurePages(dir)
    const article = weights.get('article')
    expect(article).toMatchObject({ path: path.join('articles', 'first', 'index.html'), images: 500 + 9000 + 2000, imagesLazy: 2000, imageFiles: 3, remoteImages: 0, missingImages: 0 })
    expect(weights.size).toBe(1)
  })

  it('counts remote and missing images without measuring them, and skips data: URLs', async () => {
    await writeFile(
      path.join(dir, 'index.html'),
      page(
        '<img src="https://cdn.example/a.jpg" alt=""><img src="//cdn.example/b.jpg" alt="">' +
          '<img src="/_astro/gone.webp" alt=""><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">' +
          '<img src="/_astro/logo.webp" alt="">',
      ),
    )
    expect((await measurePages(dir)).get('home')).toMatchObject({ images: 500, imageFiles: 1, remoteImages: 2, missingImages: 1 })
  })

  it('resolves root-absolute URLs under a base path, given or not', async () => {
    await writeFile(path.join(dir, 'index.html'), page(`<link rel="stylesheet" href="/brand-a/_astro/site.css">${hero('/brand-a/')}`))
    for (const options of [{ basePath: '/brand-a/' }, {}]) {
      const home = (await measurePages(dir, options)).get('home')
      expect(home).toMatchObject({ images: 9000, imagesLazy: 0, missingImages: 0, css: 'body{margin:0}main{display:block}'.length })
    }
    // With the base path `/`, `/brand-a/…` is a file that does not exist.
    expect((await measurePages(dir, { basePath: '/' })).get('home')).toMatchObject({ images: 0, missingImages: 1 })
  })

  it('measures linked CSS and scripts with the base path `/`, and not JSON-LD', async () => {
    await mkdir(path.join(dir, 'faq'), { recursive: true })
    await writeFile(path.join(dir, '_astro', 'form.js'), 'console.log(1)')
    await writeFile(
      path.join(dir, 'faq', 'index.html'),
      page('<link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/form.js"></script>'),
    )
    const faq = (await measurePages(dir, { basePath: '/' })).get('faq')
    expect(faq).toMatchObject({ css: 'body{margin:0}main{display:block}'.length, js: 'console.log(1)'.length })
    expect(faq?.jsGzip).toBeGreaterThan(0)
  })

  it('resolves relative URLs against the page at its base path', async () => {
    await mkdir(path.join(dir, 'faq'), { recursive: true })
    await writeFile(path.join(dir, 'faq', 'index.html'), page('<link rel="stylesheet" href="../_astro/site.css"><img src="../_astro/logo.webp" alt="">'))
    const faq = (await measurePages(dir, { basePath: '/brand-a/' })).get('faq')
    expect(faq).toMatchObject({ images: 500, missingImages: 0, css: 'body{margin:0}main{display:block}'.length })
  })

  it("tells a page's script files and inline code apart, finds the appointment form, and names linked files missing from the build", async () => {
    await writeFile(path.join(dir, '_astro', 'form.js'), 'console.log(1)')
    await writeFile(
      path.join(dir, 'index.html'),
      page(
        '<link rel="stylesheet preload" href="/brand-a/_astro/gone.css"><link rel="modulepreload" href="/brand-a/_astro/form.js">' +
          '<form data-appointment-form action="https://cms.example/submit"></form><script type="application/ld+json">{"a":1}</script><script type="module">enhance()</script>',
      ),
    )
    const home = await pageMeasurer(dir, { basePath: '/brand-a/' })('index.html')
    expect(home).toMatchObject({
      path: 'index.html',
      jsFiles: ['/brand-a/_astro/form.js'],
      inlineScripts: ['enhance()'],
      appointmentForm: true,
      problems: ['/brand-a/_astro/gone.css: no such file in the build'],
    })
    expect(home.weight.js).toBe('enhance()console.log(1)'.length)
    expect((await pageMeasurer(dir)('index.html')).appointmentForm).toBe(true)
    await writeFile(path.join(dir, 'index.html'), page('<script src="https://cdn.example/x.js"></script>'))
    expect(await pageMeasurer(dir)('index.html')).toMatchObject({ appointmentForm: false, problems: ['https://cdn.example/x.js: not part of the build (another origin)'] })
  })

  it('formats one readable row per page type', async () => {
    await writeFile(path.join(dir, 'index.html'), page(`${hero('/')}<img src="/_astro/thumb-320.webp" loading="lazy" alt=""><img src="https://cdn.example/a.jpg" alt="">`))
    await writeFile(path.join(dir, '404.html'), page(''))
    const lines = formatWeights(await measurePages(dir))
    expect(lines[0]).toMatch(/^page type +HTML raw \/ gzip +CSS raw \/ gzip +JS raw \/ gzip +images raw \(phone\)$/)
    expect(lines[1]).toMatch(/^404 +\d+\.\d KB \/ \d+\.\d KB +0\.0 KB \/ 0\.0 KB +0\.0 KB \/ 0\.0 KB +0\.0 KB$/)
    expect(lines[2]).toMatch(/^home +.* 10\.7 KB \(2\.0 KB lazy, 1 remote\)$/)
  })
})
