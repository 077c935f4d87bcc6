/**
 * Search and sharing: every crawled page of every demo brand has a language, one h1, a skip
 * link, unique title and description, a canonical URL on the brand's domain, social tags, no
 * scripts but JSON-LD, and the structured data its page type calls for.
 */
import { expect, test } from '@playwright/test'
import { demoBrands } from '../harness/demo-data'
import { SOCIAL_KEYS, collectPageFacts } from '../harness/page-facts'
import { PAGE_TYPES, PAGE_TYPE_PATTERNS, documentTitle, metaContent, startTags } from 'site/testing'
import { expectationFor } from '../harness/page-types'
import { crawlOf, runBrand, snapshotOf } from '../harness/run-file'
import { seoProblems } from '../harness/seo-checks'
import { expectNoProblems, pagesUnderTest } from '../harness/spec-support'

for (const demoBrand of demoBrands) {
  test.describe(`${demoBrand.slug} seo`, () => {
    test('the crawl reaches every page type the snapshot implies', () => {
      runBrand(demoBrand.slug)
      const snapshot = snapshotOf(demoBrand.slug)
      const crawl = crawlOf(demoBrand.slug)
      const found = new Set(crawl.pages.map((page) => page.type))
      const missing = PAGE_TYPES.filter((type) => expectationFor(type, snapshot).expected && !found.has(type))
      // Every built page belongs to the route map, so every page is held to its type's rules.
      const other = crawl.pages.filter((page) => page.type === 'other').map((page) => page.sitePath)
      expect(other, `pages outside the route map of ${demoBrand.slug}`).toEqual([])
      expect(
        missing,
        `The ${demoBrand.slug} site lacks page types: ${missing.map((type) => `${type} (${PAGE_TYPE_PATTERNS[type]})`).join(', ')}. Crawled: ${crawl.pages.map((page) => page.sitePath).join(' ')}`,
      ).toEqual([])
    })

    for (const type of PAGE_TYPES) {
      test(`${type} pages meet the SEO rules`, async ({ page }) => {
        const snapshot = snapshotOf(demoBrand.slug)
        const problems = new Map<string, string[]>()
        for (const crawled of pagesUnderTest(demoBrand.slug, type)) {
          const response = await page.goto(crawled.url)
          expect(response?.status(), `status of ${crawled.url}`).toBe(crawled.status)
          const facts = await page.evaluate(collectPageFacts, [...SOCIAL_KEYS])
          problems.set(crawled.sitePath, seoProblems(facts, { type, sitePath: crawled.sitePath, snapshot }))
        }
        expectNoProblems(problems, `SEO (${demoBrand.slug}, ${type})`)
      })
    }

    test('titles and meta descriptions are unique across the brand', async () => {
      const byTitle = new Map<string, string[]>()
      const byDescription = new Map<string, string[]>()
      for (const crawled of crawlOf(demoBrand.slug).pages) {
        const html = await (await fetch(crawled.url)).text()
        const title = documentTitle(html) ?? ''
        const description = metaContent(startTags(html), 'description')?.trim() ?? ''
        byTitle.set(title, [...(byTitle.get(title) ?? []), crawled.sitePath])
        if (description !== '') byDescription.set(description, [...(byDescription.get(description) ?? []), crawled.sitePath])
      }
      const duplicates = (map: Map<string, string[]>) => [...map].filter(([, paths]) => paths.length > 1).map(([value, paths]) => `"${value}" on ${paths.join(', ')}`)
      expectNoProblems(new Map([['titles', duplicates(byTitle)], ['meta descriptions', duplicates(byDescription)]]), `uniqueness (${demoBrand.slug})`)
    })
  })
}
