/**
 * Small screens and keyboards: at 360×740 no page type scrolls sideways, the first Tab lands on
 * a visible skip link with a focus indicator (and so does the next link), and the header
 * navigation reaches the main sections.
 */
import { expect, test } from '@playwright/test'
import { demoBrands } from '../harness/demo-data'
import { focusedElementFacts, hasFocusIndicator, horizontalOverflow } from '../harness/focus-facts'
import { PAGE_TYPES, type PageType } from 'site/testing'
import { expectationFor } from '../harness/page-types'
import { readRun, snapshotOf } from '../harness/run-file'
import { pagesUnderTest } from '../harness/spec-support'

const VIEWPORT = { width: 360, height: 740 }
test.use({ viewport: VIEWPORT })

/** Sections the header navigation must reach, with the page type that says whether the brand has them. */
const NAVIGATION: { type: PageType; sitePath: string }[] = [
  { type: 'articles', sitePath: '/articles/' },
  { type: 'therapies', sitePath: '/therapies/' },
  { type: 'locations', sitePath: '/locations/' },
  { type: 'faq', sitePath: '/faq/' },
  { type: 'appointment', sitePath: '/request-appointment/' },
]

for (const demoBrand of demoBrands) {
  test.describe(`${demoBrand.slug} layout`, () => {
    for (const type of PAGE_TYPES) {
      test(`a ${type} page fits ${VIEWPORT.width} px and shows keyboard focus`, async ({ page }) => {
        const [target] = pagesUnderTest(demoBrand.slug, type)
        if (target === undefined) return
        await page.goto(target.url)

        const overflow = await page.evaluate(horizontalOverflow)
        expect
          .soft(overflow.scrollWidth, `${target.sitePath} scrolls sideways at ${VIEWPORT.width} px; widest: ${overflow.widest.join(', ')}`)
          .toBeLessThanOrEqual(VIEWPORT.width)

        await page.keyboard.press('Tab')
        const skip = await page.evaluate(focusedElementFacts)
        expect(skip, `Tab on ${target.sitePath} focused nothing`).not.toBeNull()
        if (skip === null) return
        const described = `<${skip.tag} href="${skip.href ?? ''}"> "${skip.text}"`
        expect.soft(skip.tag === 'a' && (skip.href ?? '').startsWith('#'), `the first Tab stop on ${target.sitePath} is ${described}, not a skip link`).toBe(true)
        expect.soft(hasFocusIndicator(skip), `${described} has no focus indicator (outline ${skip.outlineStyle} ${skip.outlineWidth}, box-shadow ${skip.boxShadow})`).toBe(true)
        expect.soft(skip.onScreen && skip.uncovered, `${described} is not visible when focused (box ${JSON.stringify(skip.rect)}, on screen ${skip.onScreen}, uncovered ${skip.uncovered})`).toBe(true)

        await page.keyboard.press('Tab')
        const next = await page.evaluate(focusedElementFacts)
        if (next !== null) {
          expect
            .soft(hasFocusIndicator(next), `the second Tab stop <${next.tag} href="${next.href ?? ''}"> "${next.text}" on ${target.sitePath} has no focus indicator`)
            .toBe(true)
        }
      })
    }

    test('the header navigation reaches the main sections', async ({ page }) => {
      const snapshot = snapshotOf(demoBrand.slug)
      const base = `${readRun().baseUrl}/${demoBrand.slug}`
      const sections = NAVIGATION.filter(({ type }) => expectationFor(type, snapshot).expected)
      for (const section of sections) {
        await test.step(section.sitePath, async () => {
          await page.goto(`${base}/`)
          const wanted = new URL(`${base}${section.sitePath}`).pathname
          const links = page.locator('header a[href]')
          const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname))
          const index = hrefs.indexOf(wanted)
          expect.soft(index, `the header has no link to ${wanted}; it links to ${hrefs.join(', ')}`).toBeGreaterThanOrEqual(0)
          if (index < 0) return
          const link = links.nth(index)
          // A zero-JS menu folded into <details> at this width opens with its summary.
          if (!(await link.isVisible())) {
            const toggle = page.locator('header details:not([open]) > summary').first()
            if ((await toggle.count()) > 0) await toggle.click()
          }
          await link.click()
          await expect.soft(page, `following the header link to ${wanted}`).toHaveURL(new URL(wanted, base).href)
          await expect.soft(page.locator('h1'), `${wanted} shows one h1`).toHaveCount(1)
          await expect.soft(page.locator('h1').first()).toBeVisible()
        })
      }
    })
  })
}
