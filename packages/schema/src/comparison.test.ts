import { describe, expect, it } from 'vitest'
import { ComparisonSchema } from './comparison'
import { makeValidSnapshot } from './testing'

function comparison() {
  const value = makeValidSnapshot().comparisons[0]
  if (!value) throw new Error('fixture has no comparison')
  return value
}

const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] })
/** A cell of plain text. */
const cell = (text: string) => [{ type: 'text' as const, text }]
const cells = (...texts: string[]) => texts.map(cell)

function issuesOf(value: unknown) {
  const result = ComparisonSchema.safeParse(value)
  expect(result.success).toBe(false)
  return result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message })) ?? []
}

describe('ComparisonSchema', () => {
  it('accepts the fixture comparison unchanged', () => {
    const input = comparison()
    expect(ComparisonSchema.parse(input)).toEqual(input)
  })

  it('accepts three therapies with three values per row', () => {
    const input = comparison()
    input.therapies = ['201', '202', '203']
    input.rows = [{ label: 'Tool used', values: cells('Needles', 'Hands', 'Cups') }]
    expect(ComparisonSchema.safeParse(input).success).toBe(true)
  })

  it('takes short rich text in a cell: marks, links and line breaks', () => {
    const input = comparison()
    const rich = [
      { type: 'text' as const, text: 'Fine', bold: true },
      { type: 'text' as const, text: ' needles', italic: true },
      { type: 'linebreak' as const },
      { type: 'link' as const, target: { kind: 'external' as const, href: 'https://needles.example/', newTab: false }, children: [{ type: 'text' as const, text: 'how they are made' }] },
    ]
    input.rows[0]!.values[0] = rich
    expect(ComparisonSchema.parse(input).rows[0]?.values[0]).toEqual(rich)
  })

  it('rejects a paragraph or a heading in a cell: cells hold inline text only', () => {
    const input = comparison()
    Object.assign(input.rows[0]!.values, { 1: [paragraph('Hands')] })
    expect(issuesOf(input).map((issue) => issue.path.slice(0, 5))).toEqual([['rows', 0, 'values', 1, 0]])
  })

  it('rejects a row with fewer values than therapies, naming the row', () => {
    const input = comparison()
    input.rows[1] = { label: 'Typical session', values: cells('30–45 minutes') }
    expect(issuesOf(input)).toEqual([{ path: ['rows', 1, 'values'], message: 'row "Typical session" has 1 values for 2 therapies' }])
  })

  it('rejects a row with more values than therapies', () => {
    const input = comparison()
    input.rows[0] = { label: 'Tool used', values: cells('Needles', 'Hands', 'Cups') }
    expect(issuesOf(input)).toEqual([{ path: ['rows', 0, 'values'], message: 'row "Tool used" has 3 values for 2 therapies' }])
  })

  it('rejects an empty cell, naming the row and the therapy column', () => {
    const input = comparison()
    input.rows[1]!.values[1] = []
    input.rows[0]!.values[0] = [{ type: 'text', text: ' ' }, { type: 'linebreak' }]
    expect(issuesOf(input)).toEqual([
      { path: ['rows', 0, 'values', 0], message: 'row "Tool used" has no value for therapy 201 (column 1)' },
      { path: ['rows', 1, 'values', 1], message: 'row "Typical session" has no value for therapy 202 (column 2)' },
    ])
  })

  it('rejects advice for a therapy that is not compared', () => {
    const input = comparison()
    input.whenToChoose.push({ therapy: '299', text: [paragraph('Never.')] })
    expect(issuesOf(input)).toEqual([
      { path: ['whenToChoose', 2, 'therapy'], message: 'therapy 299 is not one of the compared therapies' },
    ])
  })

  it('compares at least two and at most four therapies', () => {
    expect(issuesOf({ ...comparison(), therapies: ['201'], rows: [{ label: 'Tool used', values: cells('Needles') }], whenToChoose: [] })).toEqual([
      { path: ['therapies'], message: 'compare at least 2 therapies' },
    ])
    const five = ['201', '202', '203', '204', '205']
    expect(issuesOf({ ...comparison(), therapies: five, rows: [{ label: 'Tool used', values: cells('a', 'b', 'c', 'd', 'e') }] })).toEqual([
      { path: ['therapies'], message: 'compare at most 4 therapies' },
    ])
  })

  it('needs at least one attribute row', () => {
    expect(issuesOf({ ...comparison(), rows: [] })).toEqual([{ path: ['rows'], message: 'a comparison needs at least one attribute row' }])
  })

  it('rejects a blank attribute label', () => {
    const input = comparison()
    input.rows[0]!.label = '  '
    expect(issuesOf(input)).toEqual([{ path: ['rows', 0, 'label'], message: 'must not be empty' }])
  })

  it('takes advice as paragraphs and lists with links', () => {
    const input = comparison()
    input.combination.how = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Often, in this order:' }] },
      {
        type: 'list',
        ordered: true,
        items: [
          { children: [{ type: 'text', text: 'needling' }] },
          { children: [{ type: 'link', target: { kind: 'internal', collection: 'therapies', id: '202' }, children: [{ type: 'text', text: 'manual therapy' }] }] },
        ],
      },
      { type: 'paragraph', children: [{ type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: [{ type: 'text', text: 'Ask us' }] }] },
    ]
    expect(ComparisonSchema.parse(input)).toEqual(input)
  })

  it('rejects advice without words, naming the field', () => {
    const input = comparison()
    input.combination.how = []
    input.whenToChoose[0]!.text = [paragraph('  ')]
    expect(issuesOf(input)).toEqual([
      { path: ['whenToChoose', 0, 'text'], message: 'advice must not be empty' },
      { path: ['combination', 'how'], message: 'advice must not be empty' },
    ])
  })

  it('rejects headings, images and embeds in advice', () => {
    const input = comparison()
    Object.assign(input.whenToChoose[1]!, { text: [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Choose me' }] }] })
    Object.assign(input.combination, { how: [paragraph('Yes.'), { type: 'comparison', comparison: '701', showAdvice: true }] })
    expect(issuesOf(input).map((issue) => issue.path)).toEqual([
      ['whenToChoose', 1, 'text', 0],
      ['combination', 'how', 1],
    ])
  })
})
