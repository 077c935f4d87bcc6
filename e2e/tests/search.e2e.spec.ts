/**
 * The site search on the built demo sites, in Chromium: each brand searches its own Pagefind
 * index only, the type filter narrows the results, `?q=` links preload a search, the page
 * passes axe and fits 360 px, and without JavaScript the A–Z index lists every article,
 * therapy, condition and clinic of the snapshot.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { BrandSnapshot } from '@clinic/schema'
import { type Page, expect, test } from '@playwright/test'
import { routes } from 'site/testing'
import { formatViolations } from '../harness/axe-report'
import { demoBrands } from '../harness/demo-data'
import { horizontalOverflow } from '../harness/focus-facts'
import { readRun, snapshotOf } from '../harness/run-file'
import { pagesUnderTest } from '../harness/spec-support'

const VIEWPORT = { width: 360, height: 740 }
test.use({ viewport: VIEWPORT })

/** Words too common to tell anything about a search. */
const COMMON = new Set(['about', 'after', 'again', 'their', 'there', 'these', 'those', 'which', 'while', 'where', 'what', 'when', 'with', 'your', 'from', 'that', 'this', 'does', 'should'])

/** Lower-case words of at least five letters. */
const wordsOf = (text: string) => (text.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((word) => !COMMON.has(word))

/**
 * A word from the title of one of `own`'s articles that `other`'s content also uses: a search
 * for it could find pages of both brands, so finding only `own`'s proves the index is the brand's.
 */
function sharedTerm(own: BrandSnapshot, other: BrandSnapshot): { term: string; articleSlug: string } {
  const otherText = JSON.stringify([other.articles, other.therapies, other.conditions]).toLowerCase()
  for (const article of own.articles) {
    const term = wordsOf(article.title).find((word) => otherText.includes(word))
    if (term !== undefined) return { term, articleSlug: article.slug }
  }
  throw new Error(`no word of a ${own.brand.slug} article title appears in ${other.brand.slug}'s content; the demo data no longer suits this test`)
}

/** The search page of a brand on the local server. */
function searchUrl(slug: string, query?: string): string {
  const [page] = pagesUnderTest(slug, 'search')
  if (page === undefined) throw new Error(`${slug} has no search page`)
  return query === undefined ? page.url : `${page.url}?q=${encodeURIComponent(query)}`
}

/** Every result link, as paths: shown ten at a time, the rest after "Show more results". */
async function resultPaths(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: 'Show more results' })
  while (await more.isVisible()) {
    const shown = await page.locator('[data-search-list] li').count()
    await more.click()
    await expect(page.locator('[data-search-list] li')).not.toHaveCount(shown)
  }
  return page.locator('[data-search-list] li h3 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))
}

/** Types a query into the search box and waits for the status to report on it. */
async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox').fill(query)
  await page.getByRole('searchbox').press('Enter')
  await expect(page.getByRole('status')).toContainText(`“${query}”`)
}

for (const demoBrand of demoBrands) {
  test.describe(`${demoBrand.slug} search`, () => {
    test('finds this brand’s pages for a word other brands use too, and none of theirs', async ({ page }) => {
      const own = snapshotOf(demoBrand.slug)
      const other = demoBrands.find((brand) => brand.slug !== demoBrand.slug)
      if (other === undefined) throw new Error('the demo network has one brand only')
      const { term, articleSlug } = sharedTerm(own, snapshotOf(other.slug))
      await page.goto(searchUrl(demoBrand.slug))
      await search(page, term)
      const found = await resultPaths(page)
      expect(found, `results for "${term}"`).toContain(routes(`/${demoBrand.slug}/`).article(articleSlug))
      for (const path of found) expect(path.startsWith(`/${demoBrand.slug}/`), `${path} is not a ${demoBrand.slug} page`).toBe(true)
      await expect(page.getByRole('status')).toHaveText(new RegExp(`^${found.length} results? for “${term}”\\.$`))
      await expect(page.getByLabel('Show').locator('option[value=""]')).toHaveText(`All types (${found.length})`)
      // Each result shows its excerpt with the matches marked.
      await expect(page.locator('[data-search-list] li mark').first()).toBeVisible()
    })

    test('narrows the results to one type with the filter, whose options count the results', async ({ page }) => {
      const own = snapshotOf(demoBrand.slug)
      const therapy = own.therapies[0]
      test.skip(therapy === undefined, `${demoBrand.slug} has no therapies`)
      if (therapy === undefined) return
      // A therapy's name: its page, and articles and conditions mentioning it.
      const term = wordsOf(therapy.name)[0] ?? therapy.name
      await page.goto(searchUrl(demoBrand.slug))
      await search(page, term)
      const all = await resultPaths(page)
      const filter = page.getByLabel('Show')
      await expect(filter.locator('option[value="Therapy"]')).toHaveText(/^Therapies \(\d+\)$/)
      const therapyCount = Number((await filter.locator('option[value="Therapy"]').textContent())?.match(/\((\d+)\)/)?.[1])
      expect(therapyCount).toBeGreaterThan(0)

      await filter.selectOption('Therapy')
      await expect(page.getByRole('status')).toContainText('in Therapies')
      const narrowed = await resultPaths(page)
      expect(narrowed.length).toBe(therapyCount)
      expect(narrowed.length).toBeLessThanOrEqual(all.length)
      expect(narrowed).toContain(routes(`/${demoBrand.slug}/`).therapy(therapy.slug))
      for (const path of narrowed) expect(path, 'a result of the Therapy filter').toMatch(new RegExp(`^/${demoBrand.slug}/therapies/[^/]+/$`))
      await expect(page).toHaveURL(/[?&]type=Therapy(&|$)/)
    })

    test('runs the search of a ?q= link as the page opens', async ({ page }) => {
      const own = snapshotOf(demoBrand.slug)
      const article = own.articles[0]
      test.skip(article === undefined, `${demoBrand.slug} has no articles`)
      if (article === undefined) return
      const term = wordsOf(article.title)[0] ?? article.title
      await page.goto(searchUrl(demoBrand.slug, term))
      await expect(page.getByRole('searchbox')).toHaveValue(term)
      await expect(page.getByRole('status')).toContainText(`for “${term}”`)
      expect(await resultPaths(page)).toContain(routes(`/${demoBrand.slug}/`).article(article.slug))
    })

    test('says so when nothing matches', async ({ page }) => {
      await page.goto(searchUrl(demoBrand.slug, 'zqxjvwk'))
      await expect(page.getByRole('status')).toHaveText('No results for “zqxjvwk”. Try another word, or browse the A–Z index below.')
      await expect(page.locator('[data-search-results]')).toBeHidden()
    })

    test('passes axe and fits 360 px, before and with results, and is reached from the header', async ({ page }) => {
      const home = `${readRun().baseUrl}/${demoBrand.slug}/`
      await page.goto(home)
      const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' })
      await expect(link).toBeInViewport()
      await link.click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')

      const check = async (state: string) => {
        const results = await new AxeBuilder({ page }).analyze()
        expect(results.violations.map((violation) => violation.id), `axe on the search page ${state}:\n${formatViolations(results.violations)}`).toEqual([])
        const overflow = await page.evaluate(horizontalOverflow)
        expect(overflow.scrollWidth, `the search page ${state} scrolls sideways; widest: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(VIEWPORT.width)
      }
      await check('before a search')
      const article = snapshotOf(demoBrand.slug).articles[0]
      await search(page, wordsOf(article?.title ?? 'therapy')[0] ?? 'therapy')
      await expect(page.locator('[data-search-list] li').first()).toBeVisible()
      await check('with results')
      // From the search box, the keyboard reaches the first result.
      await page.getByRole('searchbox').focus()
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await expect(page.locator('[data-search-list] li h3 a').first()).toBeFocused()
    })
  })

  test.describe(`${demoBrand.slug} search without JavaScript`, () => {
    test.use({ javaScriptEnabled: false })

    test('the A–Z index lists every article, therapy, condition and clinic, and the form is hidden', async ({ page }) => {
      const snapshot = snapshotOf(demoBrand.slug)
      const r = routes(`/${demoBrand.slug}/`)
      await page.goto(searchUrl(demoBrand.slug))
      await expect(page.locator('form[role="search"]')).toBeHidden()
      // Playwright's text locators skip <noscript>: find the note by its class.
      await expect(page.locator('.search-nojs')).toContainText('Searching needs JavaScript')
      await expect(page.locator('.search-nojs')).toBeVisible()
      const az = page.locator('section.az')
      const listed = await az.locator('.az-group li a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))
      const expected = [
        ...snapshot.articles.map((article) => r.article(article.slug)),
        ...snapshot.therapies.map((therapy) => r.therapy(therapy.slug)),
        ...snapshot.conditions.map((condition) => r.condition(condition.slug)),
        ...snapshot.clinics.map((clinic) => r.location(clinic.slug)),
      ]
      expect(listed.sort()).toEqual(expected.sort())
      // Every letter of the menu leads to its group.
      for (const letter of await az.getByRole('navigation').getByRole('link').all()) {
        const target = (await letter.getAttribute('href')) ?? ''
        await expect(page.locator(`${target} + ul li`).first()).toBeAttached()
      }
      const overflow = await page.evaluate(horizontalOverflow)
      expect(overflow.scrollWidth, `widest: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(VIEWPORT.width)
    })
  })
}
