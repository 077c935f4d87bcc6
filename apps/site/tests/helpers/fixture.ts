import { type Article, type BrandSnapshot, parseBrandSnapshot } from '@clinic/schema'
import { makeValidSnapshot } from '@clinic/schema/testing'

/** The schema package's fictional brand, parsed: a fresh copy per call, safe to change. */
export function snapshot(): BrandSnapshot {
  return parseBrandSnapshot(makeValidSnapshot())
}

/** The fixture's article with `overrides`, for tests that need several articles. */
export function article(overrides: Partial<Article>): Article {
  const base = snapshot().articles[0]
  if (base === undefined) throw new Error('the snapshot fixture has no article')
  return { ...base, ...overrides }
}
