import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AstroRunner, buildBrand } from './build-brand'
import { buildSearchIndex, closeSearchIndexer } from './search-index'
import { formatSearchIndexLine, parseSearchIndexLines } from './search-index-report'
import { indexedPages, searchSite } from '../../tests/helpers/searchIndex'
import { makeTempDir, makeValidSnapshot } from '../../tests/helpers/snapshots'

/** A page as BaseLayout writes it: header and footer outside `<main>`, which is indexed unless `indexed` is false. */
function page({ title, body, type, indexed = true }: { title: string; body: string; type?: string; indexed?: boolean }): string {
  const main = `<main id="main"${indexed ? ' data-pagefind-body' : ''}${type ? ` data-pagefind-filter="type:${type}"` : ''}>`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Harbor Lane Physio</title></head><body>` +
    `<header><nav aria-label="Main"><a href="/articles/">Articles</a> headerword</nav></header>` +
    `${main}<nav aria-label="Breadcrumb"><a href="/">Home</a></nav><h1>${title}</h1><p class="meta">By metaword · 1 min read</p>${body}</main>` +
    `<footer>footerword</footer></body></html>`
}

async function writePage(siteDir: string, sitePath: string, html: string): Promise<void> {
  const file = sitePath === '404.html' ? path.join(siteDir, '404.html') : path.join(siteDir, sitePath, 'index.html')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, html)
}

/** A small built site: content pages of each kind, and the pages the layout keeps out of the index. */
async function writeSmallSite(siteDir: string): Promise<void> {
  await writePage(siteDir, 'articles/knee-pain-after-running', page({ title: 'Knee pain after running', type: 'Article', body: '<p>Why the knee hurts on the stairs, and what helps.</p>' }))
  await writePage(siteDir, 'articles/desk-posture', page({ title: 'Desk posture', type: 'Article', body: `<p>${'Sitting still for hours strains the knee and the back. '.repeat(8)}</p>` }))
  await writePage(siteDir, 'therapies/dry-needling', page({ title: 'Dry needling', type: 'Therapy', body: '<p>A thin needle eases a tight muscle around the knee.</p>' }))
  await writePage(siteDir, 'locations/portland', page({ title: 'Harbor Lane Physio Portland', type: 'Clinic', body: '<p>Open Monday to Friday.</p>' }))
  await writePage(siteDir, 'privacy', page({ title: 'Privacy notice', body: '<p>What we keep about you.</p>' }))
  // Noindex pages and the search page: BaseLayout leaves `data-pagefind-body` off.
  await writePage(siteDir, '404.html', page({ title: 'Page not found', body: '<p>No knee here.</p>', indexed: false }))
  await writePage(siteDir, 'request-appointment/thank-you', page({ title: 'Thank you: we have your request', body: '<p>We will call about your knee.</p>', indexed: false }))
  await writePage(siteDir, 'search', page({ title: 'Search', body: '<p>Search for knee.</p>', indexed: false }))
}

describe('buildSearchIndex', () => {
  let tmp: string
  let siteDir: string

  beforeEach(async () => {
    tmp = await makeTempDir('search-index')
    siteDir = path.join(tmp, 'site')
    await writeSmallSite(siteDir)
  })

  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true })
  })

  afterAll(async () => {
    await closeSearchIndexer()
  })

  it('indexes the main content of the marked pages only, with their type, and says what it wrote', async () => {
    const stats = await buildSearchIndex(siteDir)

    const pages = await indexedPages(path.join(siteDir, 'pagefind'))
    expect(pages.map((indexed) => indexed.url)).toEqual(['/articles/desk-posture/', '/articles/knee-pain-after-running/', '/locations/portland/', '/privacy/', '/therapies/dry-needling/'])
    const knee = pages.find((indexed) => indexed.url === '/articles/knee-pain-after-running/')
    expect(knee?.meta.title).toBe('Knee pain after running')
    expect(knee?.filters).toEqual({ type: ['Article'] })
    expect(pages.find((indexed) => indexed.url === '/privacy/')?.filters).toEqual({})
    // Header, footer, navigation (breadcrumbs) and the byline are not content.
    for (const indexed of pages) expect(indexed.content).not.toMatch(/headerword|footerword|Home|metaword/)

    expect(stats.pages).toBe(5)
    const files = await readdir(path.join(siteDir, 'pagefind'), { recursive: true })
    expect(stats.files).toBe(files.filter((name) => name.includes('.')).length)
    expect(stats.bytes).toBeGreaterThan(0)
    expect(files).toContain('pagefind.js')
    // The ready-made interfaces are not used by the search page, so they are not published.
    expect(files.filter((name) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name))).toEqual([])
  })

  it('finds pages by their words, ranks a title match above body text, and filters by type', async () => {
    await buildSearchIndex(siteDir)
    const site = await searchSite(siteDir)
    try {
      const knee = await site.search('knee')
      // "knee" is in one title and in the body of two pages (eight times in Desk posture).
      expect(knee.hits[0]?.url).toBe('/articles/knee-pain-after-running/')
      expect(knee.hits.map((hit) => hit.url).sort()).toEqual(['/articles/desk-posture/', '/articles/knee-pain-after-running/', '/therapies/dry-needling/'])
      expect(knee.counts).toEqual({ Article: 2, Therapy: 1, Clinic: 0 })
      expect(knee.hits.find((hit) => hit.url === '/therapies/dry-needling/')?.excerpt).toMatch(/<mark>knee\.?<\/mark>/)

      const therapies = await site.search('knee', 'Therapy')
      expect(therapies.hits.map((hit) => hit.url)).toEqual(['/therapies/dry-needling/'])
      expect((await site.search('headerword')).hits).toEqual([])
    } finally {
      await site.close()
    }
  })

  it('writes result URLs under the base path the search page passes', async () => {
    await buildSearchIndex(siteDir)
    const site = await searchSite(siteDir, '/harbor-lane-physio/')
    try {
      expect((await site.search('needle')).hits.map((hit) => hit.url)).toEqual(['/harbor-lane-physio/therapies/dry-needling/'])
    } finally {
      await site.close()
    }
  })

  it('replaces the previous index: a page removed from the folder is gone, a new one is found', async () => {
    await buildSearchIndex(siteDir)
    await rm(path.join(siteDir, 'therapies'), { recursive: true })
    await writePage(siteDir, 'conditions/runners-knee', page({ title: 'Runner’s knee', type: 'Condition', body: '<p>Pain around the kneecap.</p>' }))

    const stats = await buildSearchIndex(siteDir)

    const urls = (await indexedPages(path.join(siteDir, 'pagefind'))).map((indexed) => indexed.url)
    expect(urls).toContain('/conditions/runners-knee/')
    expect(urls).not.toContain('/therapies/dry-needling/')
    expect(stats.pages).toBe(5)
    const site = await searchSite(siteDir)
    try {
      expect((await site.search('needle')).hits).toEqual([])
      expect((await site.search('kneecap')).hits.map((hit) => hit.url)).toEqual(['/conditions/runners-knee/'])
    } finally {
      await site.close()
    }
  })

  it('fails, naming the folder, when no page is marked for the index', async () => {
    const empty = path.join(tmp, 'empty')
    await writePage(empty, 'privacy', page({ title: 'Privacy notice', body: '<p>Text.</p>', indexed: false }))
    await expect(buildSearchIndex(empty)).rejects.toThrow(`The search index of ${empty} could not be built (Pagefind, checking the index): no page was indexed`)
  })
})

describe('the search index line of the build report', () => {
  it('is read back by the benchmark as it was written', () => {
    const stats = { pages: 2645, files: 2712, bytes: 9876543, ms: 4210 }
    const output = `[1/2] a: built 10 pages in 1.0 s\n    ${formatSearchIndexLine(stats)}\n[2/2] b: built 1 page\n    ${formatSearchIndexLine({ pages: 1, files: 1, bytes: 10, ms: 3.4 })}\n`
    expect(parseSearchIndexLines(output)).toEqual([stats, { pages: 1, files: 1, bytes: 10, ms: 3 }])
  })
})

describe('the index step of a brand build', () => {
  const HARBOR = 'harbor-lane-physio'
  let outRoot: string
  const target = () => path.join(outRoot, HARBOR)
  /** Stands in for Astro: writes the small site with one page whose title is `title`. */
  const astroWriting = (title: string): AstroRunner => async (job) => {
    await writeSmallSite(job.outDir)
    await writePage(job.outDir, 'articles/latest', page({ title, type: 'Article', body: '<p>News.</p>' }))
  }
  const build = (runAstro: AstroRunner, indexSearch = buildSearchIndex) =>
    buildBrand({
      slug: HARBOR,
      outRoot,
      basePathPerBrand: false,
      warn: () => undefined,
      source: { description: 'test', listBrands: () => Promise.resolve([HARBOR]), readSnapshot: () => Promise.resolve({ ...makeValidSnapshot(), redirects: [] }) },
      runAstro,
      indexSearch,
      full: true,
    })

  beforeEach(async () => {
    outRoot = await makeTempDir('search-brand')
  })

  afterEach(async () => {
    await rm(outRoot, { recursive: true, force: true })
  })

  afterAll(async () => {
    await closeSearchIndexer()
  })

  it('publishes the index with the pages, and reports it', async () => {
    const result = await build(astroWriting('Saturday hours'))
    expect(result.search?.pages).toBe(6)
    const titles = (await indexedPages(path.join(target(), 'pagefind'))).map((indexed) => indexed.meta.title)
    expect(titles).toContain('Saturday hours')
  })

  it('fails the build when indexing fails, and leaves the live site and its index as they were', async () => {
    await build(astroWriting('Saturday hours'))
    const before = await readFile(path.join(target(), 'pagefind', 'pagefind-entry.json'), 'utf8')
    const failing = () => Promise.reject(new Error('The search index of x could not be built (Pagefind, writing the index): disk full'))

    await expect(build(astroWriting('Sunday hours'), failing)).rejects.toThrow('disk full')

    expect(await readFile(path.join(target(), 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe(before)
    expect(await readFile(path.join(target(), 'articles', 'latest', 'index.html'), 'utf8')).toContain('Saturday hours')
  })
})
