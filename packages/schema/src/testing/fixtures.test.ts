import { describe, expect, it } from 'vitest'
import type { ListNode, RichText } from '../richText'
import { BrandSnapshotSchema } from '../snapshot'
import { makeValidSnapshot } from './index'

function parsed() {
  return BrandSnapshotSchema.parse(makeValidSnapshot())
}

function lists(body: RichText): ListNode[] {
  const walk = (list: ListNode): ListNode[] => [list, ...list.items.flatMap((item) => (item.sublists ?? []).flatMap(walk))]
  return body.flatMap((node) => (node.type === 'list' ? walk(node) : []))
}

describe('makeValidSnapshot', () => {
  it('builds a snapshot that fits the contract', () => {
    expect(BrandSnapshotSchema.safeParse(makeValidSnapshot()).success).toBe(true)
  })

  it('returns a fresh object every call', () => {
    const a = makeValidSnapshot()
    const b = makeValidSnapshot()
    expect(a).not.toBe(b)
    expect(a).toEqual(b)
    a.clinics[0]?.therapies.push('999')
    a.brand.theme.primary = '#000000'
    expect(b.clinics[0]?.therapies).toEqual(['201', '202'])
    expect(makeValidSnapshot().brand.theme.primary).toBe('#1f5c7a')
  })

  it('describes one fictional brand with two clinics in two states, one of them Oregon', () => {
    const snapshot = parsed()
    expect(snapshot.brand.slug).toBe('harbor-lane-physio')
    expect(snapshot.brand.domain).toMatch(/\.example$/)
    expect(snapshot.clinics.map((clinic) => clinic.address.state)).toEqual(['OR', 'AZ'])
    expect(snapshot.clinics.every((clinic) => clinic.brand === snapshot.brand.id)).toBe(true)
  })

  it('has the documents other packages rely on', () => {
    const snapshot = parsed()
    expect(snapshot.therapies.map((therapy) => [therapy.slug, therapy.notOfferedInStates])).toEqual([
      ['dry-needling', ['OR']],
      ['manual-therapy', []],
    ])
    expect(snapshot.conditions).toHaveLength(2)
    expect(snapshot.authors).toHaveLength(1)
    expect(snapshot.faqs).toHaveLength(2)
    expect(snapshot.articles).toHaveLength(1)
    expect(snapshot.comparisons).toHaveLength(1)
  })

  it('gives the article a body that uses every rich-text node, mark and link kind', () => {
    const body = parsed().articles[0]?.body ?? []
    expect(new Set(body.map((node) => node.type))).toEqual(
      new Set(['paragraph', 'heading', 'quote', 'list', 'image', 'table', 'faqGroup', 'comparison', 'hr']),
    )
    expect(body.flatMap((node) => (node.type === 'heading' ? [node.level] : []))).toEqual([2, 3, 4])

    const inline = body.flatMap((node) => (node.type === 'paragraph' ? node.children : []))
    const texts = inline.flatMap((node) => (node.type === 'text' ? [node] : []))
    for (const mark of ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const) {
      expect(texts.some((node) => node[mark] === true), mark).toBe(true)
    }
    expect(inline.some((node) => node.type === 'linebreak')).toBe(true)
    expect(inline.flatMap((node) => (node.type === 'link' ? [node.target.kind] : []))).toEqual(['external', 'internal', 'page'])

    const allLists = lists(body)
    expect(new Set(allLists.map((list) => list.ordered))).toEqual(new Set([true, false]))
    expect(body.filter((node) => node.type === 'list').every((list) => list.items.some((item) => (item.sublists ?? []).length > 0))).toBe(true)

    const table = body.find((node) => node.type === 'table')
    expect(table?.rows[0]?.cells.every((cell) => cell.header)).toBe(true)
    expect(table?.rows[1]?.cells.some((cell) => cell.header)).toBe(false)
  })
})
