import { describe, expect, it } from 'vitest'
import { articleCategories, articlesInCategory, paginate } from './categories'
import { article } from '../../tests/helpers/fixture'

describe('articleCategories', () => {
  const articles = [
    article({ id: '1', categories: ['Running', 'Neck and back'] }),
    article({ id: '2', categories: ['Neck and back'] }),
    article({ id: '3', categories: ['neck and back', 'Clinic news'] }),
    article({ id: '4', categories: [] }),
  ]

  it('lists each category once, by name, with its slug and article count', () => {
    expect(articleCategories(articles)).toEqual([
      { name: 'Clinic news', slug: 'clinic-news', count: 1 },
      { name: 'Neck and back', slug: 'neck-and-back', count: 3 },
      { name: 'Running', slug: 'running', count: 1 },
    ])
  })

  it('counts an article once when it lists two spellings of a category', () => {
    expect(articleCategories([article({ id: '1', categories: ['Neck and back', 'neck and back'] })])).toEqual([
      { name: 'Neck and back', slug: 'neck-and-back', count: 1 },
    ])
  })

  it('is empty when no article has a category', () => {
    expect(articleCategories([article({ categories: [] })])).toEqual([])
  })

  it('finds the articles of a category by slug, whatever the spelling', () => {
    expect(articlesInCategory(articles, 'neck-and-back').map((a) => a.id)).toEqual(['1', '2', '3'])
    expect(articlesInCategory(articles, 'nothing')).toEqual([])
  })
})

describe('paginate', () => {
  it('cuts items into numbered pages of perPage, the last one shorter', () => {
    const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2)
    expect(pages).toEqual([
      { number: 1, items: ['a', 'b'], total: 3, totalItems: 5 },
      { number: 2, items: ['c', 'd'], total: 3, totalItems: 5 },
      { number: 3, items: ['e'], total: 3, totalItems: 5 },
    ])
  })

  it('gives exactly full pages when the items divide evenly', () => {
    expect(paginate([1, 2, 3, 4], 2).map((page) => page.items)).toEqual([[1, 2], [3, 4]])
  })

  it('always gives at least one page, even for no items', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, items: [], total: 1, totalItems: 0 }])
  })

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow('perPage must be a positive integer, got 0')
    expect(() => paginate([1], 2.5)).toThrow('perPage must be a positive integer')
  })
})
