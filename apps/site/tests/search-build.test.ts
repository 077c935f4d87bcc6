import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MediaServer, startMediaServer, withMediaAt } from './helpers/mediaServer'
import { type BuildResult, runBuild } from './helpers/runBuild'
import { indexedPages, searchSite } from './helpers/searchIndex'
import { makeSecondBrandSnapshot, makeTempDir, makeValidSnapshot, writeSnapshots } from './helpers/snapshots'

const HARBOR = 'harbor-lane-physio'
const CEDAR = 'cedar-point-rehab'

/** Code scripts of a page (JSON-LD is data). */
const codeScripts = (html: string) => [...html.matchAll(/<script([^>]*)>[\s\S]*?<\/script>/g)].filter((match) => !(match[1] ?? '').includes('application/ld+json'))

/*
 * A real build of two brands under `/<brand>/` (as the e2e suite and `pnpm serve` build them):
 * the search page, its A–Z index and each brand's own Pagefind index.
 */
describe('site search in a built site', () => {
  let tmp: string
  let out: string
  let media: MediaServer
  let result: BuildResult
  const fixture = makeValidSnapshot()
  const page = async (brand: string, sitePath: string) => (await readFile(path.join(out, brand, sitePath, 'index.html'), 'utf8')).replace(/ data-astro-cid-[a-z0-9]+(="true")?/g, '')

  beforeAll(async () => {
    media = await startMediaServer()
    tmp = await makeTempDir('search')
    out = path.join(tmp, 'dist')
    await writeSnapshots(path.join(tmp, 'snapshots'), [withMediaAt(makeValidSnapshot(), media.origin), withMediaAt(makeSecondBrandSnapshot(), media.origin)])
    result = await runBuild(['--snapshot-dir', path.join(tmp, 'snapshots')], { SITE_OUT_DIR: out, SITE_BASE_PATH_PER_BRAND: 'true' })
  })

  afterAll(async () => {
    await media?.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('builds both brands and reports each brand’s index', () => {
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.match(/^ {4}search index: \d+ pages indexed in \d+ ms \(\d+ files, \d+ bytes\)$/gm)).toHaveLength(2)
  })

  it('lists every article, therapy, condition and clinic of the snapshot in the A–Z index, by letter', async () => {
    const html = await page(HARBOR, 'search')
    const az = html.slice(html.indexOf('<section class="az"'), html.indexOf('</main>'))
    const links = [...az.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <span class="az-kind">/g)].map((match) => `${match[1]} ${match[2]}`)
    const expected = [
      ...fixture.articles.map((article) => `/${HARBOR}/articles/${article.slug}/ ${article.title}`),
      ...fixture.therapies.map((therapy) => `/${HARBOR}/therapies/${therapy.slug}/ ${therapy.name}`),
      ...fixture.conditions.map((condition) => `/${HARBOR}/conditions/${condition.slug}/ ${condition.name}`),
      ...fixture.clinics.map((clinic) => `/${HARBOR}/locations/${clinic.slug}/ ${clinic.name.replaceAll('&', '&amp;')}`),
    ]
    expect(links.sort()).toEqual(expected.sort())
    // A letter menu leading to each letter's heading.
    for (const [, letterId] of az.matchAll(/<a href="#(az-[a-z]+)">/g)) expect(az).toContain(`<h3 id="${letterId}">`)
  })

  it('has a labelled search form, a polite status and one module script, which loads the brand’s own index', async () => {
    const html = await page(HARBOR, 'search')
    expect(html).toContain(`<form class="search-form" role="search" action="./" method="get" data-search data-root="/${HARBOR}/">`)
    expect(html).toContain('<label for="search-q">')
    expect(html).toContain('<input type="search" id="search-q" name="q"')
    expect(html).toContain('<p class="search-status" role="status" data-search-status></p>')
    expect(html).toContain('<noscript><style>form[data-search],[data-search-status]{display:none!important}</style></noscript>')
    const scripts = codeScripts(html)
    expect(scripts).toHaveLength(1)
    expect(scripts[0]?.[1]).toContain('type="module"')
  })

  it('links the search page from the header of every page, and puts no script on any other page without a form', async () => {
    const files = (await readdir(path.join(out, HARBOR), { recursive: true })).filter((file) => file.endsWith('.html'))
    for (const file of files) {
      const html = (await readFile(path.join(out, HARBOR, file), 'utf8')).replace(/ data-astro-cid-[a-z0-9]+(="true")?/g, '')
      // Redirect pages (old addresses) are not the site's pages: no header.
      if (html.includes('http-equiv="refresh"')) continue
      expect(html, file).toMatch(new RegExp(`<a class="search" href="/${HARBOR}/search/"`))
      if (file !== 'search/index.html' && !html.includes('data-appointment-form')) expect(codeScripts(html), file).toEqual([])
    }
  })

  it('indexes each brand’s content pages, typed, and none of its lists, noindex pages or the search page', async () => {
    const urls = (await indexedPages(path.join(out, HARBOR, 'pagefind'))).map((indexed) => `${indexed.url} ${indexed.filters.type?.join(',') ?? '-'}`)
    const expected = [
      ...fixture.articles.map((article) => `/articles/${article.slug}/ Article`),
      ...fixture.therapies.map((therapy) => `/therapies/${therapy.slug}/ Therapy`),
      ...fixture.conditions.map((condition) => `/conditions/${condition.slug}/ Condition`),
      ...fixture.comparisons.map((comparison) => `/compare/${comparison.slug}/ Comparison`),
      ...fixture.clinics.map((clinic) => `/locations/${clinic.slug}/ Clinic`),
      '/faq/ FAQ',
    ]
    for (const line of expected) expect(urls).toContain(line)
    const paths = urls.map((line) => line.split(' ')[0])
    for (const left of ['/', '/search/', '/articles/', '/therapies/', '/404.html', '/404/', '/request-appointment/thank-you/']) expect(paths).not.toContain(left)
  })

  it('finds a brand’s pages under its own base path, and never another brand’s', async () => {
    const therapy = fixture.therapies[0]
    if (therapy === undefined) throw new Error('the fixture has no therapy')
    for (const brand of [HARBOR, CEDAR]) {
      const site = await searchSite(path.join(out, brand), `/${brand}/`)
      try {
        const { hits } = await site.search(therapy.name, 'Therapy')
        expect(hits[0]?.url).toBe(`/${brand}/therapies/${therapy.slug}/`)
        for (const hit of hits) expect(hit.url.startsWith(`/${brand}/`), hit.url).toBe(true)
      } finally {
        await site.close()
      }
    }
  })
})
