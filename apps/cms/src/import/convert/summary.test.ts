import type { ImportBlockNode } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { leadParagraph, readingMinutes } from './summary'

const paragraph = (text: string): ImportBlockNode => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const heading = (text: string): ImportBlockNode => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] })
const opening = 'Both treatments leave tight muscles feeling looser, so patients often ask which one to book.'

describe('leadParagraph', () => {
  it('is the first paragraph with words before any heading, past images and short labels', () => {
    expect(leadParagraph([{ type: 'image', image: 0 }, paragraph('Updated May 2024'), paragraph(opening), heading('Next'), paragraph('Later text of a section, long enough to count as a lead.')])).toEqual({ index: 2, text: opening })
  })

  it('is none when the body opens with a heading, a list or only a call to action', () => {
    expect(leadParagraph([heading('What is dry needling?'), paragraph(opening)])).toBeNull()
    expect(leadParagraph([{ type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: opening }] }] }, paragraph(opening)])).toBeNull()
    const callToAction: ImportBlockNode = {
      type: 'paragraph',
      children: [{ type: 'link', target: { kind: 'external', href: 'https://mesa-clinic.example/book', newTab: false }, children: [{ type: 'text', text: 'Request an appointment with one of our physical therapists today' }] }],
    }
    expect(leadParagraph([callToAction, heading('Next')])).toBeNull()
  })
})

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
