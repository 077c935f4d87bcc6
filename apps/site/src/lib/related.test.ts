import { describe, expect, it } from 'vitest'
import { relatedArticles, relatednessScore } from './related'
import { article } from '../../tests/helpers/fixture'

const current = article({ id: 'a', title: 'Current', relatedTherapies: ['t1', 't2'], relatedConditions: ['c1'], categories: ['Neck and back', 'Running'] })

describe('relatednessScore', () => {
  it('gives 2 points per shared therapy or condition and 1 per shared category', () => {
    expect(relatednessScore(current, article({ relatedTherapies: ['t1', 't2'], relatedConditions: [], categories: [] }))).toBe(4)
    expect(relatednessScore(current, article({ relatedTherapies: [], relatedConditions: ['c1', 'c9'], categories: [] }))).toBe(2)
    expect(relatednessScore(current, article({ relatedTherapies: [], relatedConditions: [], categories: ['running', 'Neck and back'] }))).toBe(2)
    expect(relatednessScore(current, article({ relatedTherapies: ['t9'], relatedConditions: ['c9'], categories: ['Clinic news'] }))).toBe(0)
  })
})

describe('relatedArticles', () => {
  const byTherapy = article({ id: 'b', title: 'Shares two therapies', relatedTherapies: ['t1', 't2'], relatedConditions: [], categories: [], publishedAt: '2025-01-01T00:00:00.000Z' })
  const byCondition = article({ id: 'c', title: 'Shares a condition', relatedTherapies: [], relatedConditions: ['c1'], categories: [], publishedAt: '2025-06-01T00:00:00.000Z' })
  const byCategoryOld = article({ id: 'd', title: 'Same category, older', relatedTherapies: [], relatedConditions: [], categories: ['Running'], publishedAt: '2025-02-01T00:00:00.000Z' })
  const byCategoryNew = article({ id: 'e', title: 'Same category, newer', relatedTherapies: [], relatedConditions: [], categories: ['Running'], publishedAt: '2025-09-01T00:00:00.000Z' })
  const unrelated = article({ id: 'f', title: 'Unrelated', relatedTherapies: ['t9'], relatedConditions: [], categories: ['Clinic news'], publishedAt: '2026-01-01T00:00:00.000Z' })
  const all = [unrelated, byCategoryOld, current, byCondition, byCategoryNew, byTherapy]

  it('orders by score, newest first among equal scores', () => {
    expect(relatedArticles(current, all, 10).map((a) => a.id)).toEqual(['b', 'c', 'e', 'd'])
  })

  it('stops at the limit, three by default', () => {
    expect(relatedArticles(current, all).map((a) => a.id)).toEqual(['b', 'c', 'e'])
    expect(relatedArticles(current, all, 1).map((a) => a.id)).toEqual(['b'])
    expect(relatedArticles(current, all, 0)).toEqual([])
  })

  it('never includes the article itself or an article with nothing in common', () => {
    const ids = relatedArticles(current, all, 10).map((a) => a.id)
    expect(ids).not.toContain('a')
    expect(ids).not.toContain('f')
    expect(relatedArticles(current, [current, unrelated])).toEqual([])
  })

  it('compares publication times, not their text, when offsets differ', () => {
    // 01:00 at +05:00 is 20:00 the day before in UTC, so the second article is newer.
    const early = article({ id: 'x', title: 'X', relatedTherapies: ['t1'], relatedConditions: [], categories: [], publishedAt: '2025-03-02T01:00:00+05:00' })
    const later = article({ id: 'y', title: 'Y', relatedTherapies: ['t1'], relatedConditions: [], categories: [], publishedAt: '2025-03-01T22:00:00.000Z' })
    expect(relatedArticles(current, [early, later]).map((a) => a.id)).toEqual(['y', 'x'])
  })
})
