/**
 * Accessibility: axe finds no violation on one page of each page type of every demo brand
 * (the first the crawl found, in path order).
 */
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { formatViolations } from '../harness/axe-report'
import { demoBrands } from '../harness/demo-data'
import { PAGE_TYPES } from 'site/testing'
import { pagesUnderTest } from '../harness/spec-support'

for (const demoBrand of demoBrands) {
  test.describe(`${demoBrand.slug} a11y`, () => {
    for (const type of PAGE_TYPES) {
      test(`a ${type} page has no axe violations`, async ({ page }) => {
        const [target] = pagesUnderTest(demoBrand.slug, type)
        if (target === undefined) return
        const response = await page.goto(target.url)
        expect(response?.status(), `status of ${target.url}`).toBe(target.status)
        const results = await new AxeBuilder({ page }).analyze()
        expect(
          results.violations.map((violation) => violation.id),
          `axe found ${results.violations.length} violation(s) on ${target.sitePath} (${demoBrand.slug}):\n${formatViolations(results.violations)}`,
        ).toEqual([])
      })
    }
  })
}
