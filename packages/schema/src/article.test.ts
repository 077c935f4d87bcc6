import { describe, expect, it } from 'vitest'
import { ArticleSchema } from './article'
import { makeValidSnapshot } from './testing'

function article() {
  const value = makeValidSnapshot().articles[0]
  if (!value) throw new Error('fixture has no article')
  return value
}

describe('ArticleSchema subtitle', () => {
  it('carries the line under the title, trimmed', () => {
    expect(ArticleSchema.parse({ ...article(), subtitle: '  What each one does  ' }).subtitle).toBe('What each one does')
  })

  it('is null for an article without one', () => {
    expect(ArticleSchema.parse({ ...article(), subtitle: null }).subtitle).toBeNull()
  })

  it('is never blank or missing: an exporter sends null', () => {
    expect(ArticleSchema.safeParse({ ...article(), subtitle: '   ' }).error?.issues.map((issue) => issue.path)).toEqual([['subtitle']])
    const withoutSubtitle: Partial<ReturnType<typeof article>> = article()
    delete withoutSubtitle.subtitle
    expect(ArticleSchema.safeParse(withoutSubtitle).error?.issues.map((issue) => issue.path)).toEqual([['subtitle']])
  })
})
