/**
 * Small pieces the specs share: which pages a (brand, page type) test looks at, and how
 * lists of problems become one readable failure.
 */
import { expect, test } from '@playwright/test'
import type { CrawledPage } from './crawl'
import type { PageType } from 'site/testing'
import { pagesOfType } from './run-file'

/**
 * The crawled pages of a type. Skips the test when the brand's snapshot implies no such page
 * (for example a second article page with only 4 articles) and fails it, naming the type, when
 * the snapshot implies pages the crawl did not find.
 */
export function pagesUnderTest(brand: string, type: PageType): CrawledPage[] {
  const found = pagesOfType(brand, type)
  if (found.kind === 'not-applicable') {
    test.info().annotations.push({ type: 'not applicable', description: found.reason })
    test.skip(true, found.reason)
    return []
  }
  if (found.kind === 'missing') throw new Error(found.message)
  return found.pages
}

/** Fails with every problem listed, one line each, grouped under the page or file they belong to. */
export function expectNoProblems(problems: ReadonlyMap<string, readonly string[]>, what: string): void {
  const lines = [...problems].filter(([, list]) => list.length > 0).flatMap(([where, list]) => [`${where}:`, ...list.map((problem) => `  - ${problem}`)])
  const count = [...problems.values()].reduce((sum, list) => sum + list.length, 0)
  expect(count, `${count} ${what} problem(s):\n${lines.join('\n')}`).toBe(0)
}
