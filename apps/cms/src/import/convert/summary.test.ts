import type { ImportBlockNode } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { readingMinutes } from './summary'

const paragraph = (text: string): ImportBlockNode => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const heading = (text: string): ImportBlockNode => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] })

describe('readingMinutes', () => {
  it('counts the words of every kind of block, at least one minute', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ')
    expect(readingMinutes([paragraph('short')])).toBe(1)
    expect(
      readingMinutes([
        paragraph(words(300)),
        heading(words(10)),
        { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: words(50) }], sublists: [{ type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: words(50) }] }] }] }] },
        { type: 'table', rows: [{ cells: [{ header: false, children: [{ type: 'text', text: words(250) }] }] }] },
      ]),
    ).toBe(3) // 660 words at 220 a minute
    expect(readingMinutes([paragraph(words(200))], [words(300)])).toBe(2)
  })
})
