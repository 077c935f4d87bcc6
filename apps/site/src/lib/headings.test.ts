import type { BlockNode, HeadingNode, RichText } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { RESERVED_IDS, headingIds, headingOutline, uniqueSlugIds } from './headings'

const heading = (text: string, level: HeadingNode['level'] = 2): HeadingNode => ({ type: 'heading', level, children: [{ type: 'text', text }] })
const paragraph = (text: string): BlockNode => ({ type: 'paragraph', children: [{ type: 'text', text }] })

describe('uniqueSlugIds', () => {
  it('slugs each text and numbers repeats from 2', () => {
    expect(uniqueSlugIds(['Costs & insurance', 'Costs & insurance', 'Costs & insurance'])).toEqual(['costs-and-insurance', 'costs-and-insurance-2', 'costs-and-insurance-3'])
  })

  it('numbers texts without letters or digits by position, with the fallback word', () => {
    expect(uniqueSlugIds(['Intro', '???', ''], [], 'topic')).toEqual(['intro', 'topic-2', 'topic-3'])
  })

  it('steps past numbered ids another text already took', () => {
    expect(uniqueSlugIds(['Costs', 'Costs 2', 'Costs'])).toEqual(['costs', 'costs-2', 'costs-3'])
    expect(uniqueSlugIds(['Section 2', '!'])).toEqual(['section-2', 'section-2-2'])
  })

  it('avoids the layout’s ids by default and any ids given instead', () => {
    expect(RESERVED_IDS).toEqual(['main', 'top'])
    expect(uniqueSlugIds(['Main', 'Top', 'Costs'])).toEqual(['main-2', 'top-2', 'costs'])
    expect(uniqueSlugIds(['Main', 'Costs'], ['costs'])).toEqual(['main', 'costs-2'])
  })
})

describe('headingIds', () => {
  it('maps each heading node of a body to its id, ignoring other blocks', () => {
    const [first, second, third] = [heading('What it is'), heading('How it feels', 3), heading('What it is', 4)]
    const ids = headingIds([first, paragraph('What it is'), second, third])
    expect(ids.size).toBe(3)
    expect(ids.get(first)).toBe('what-it-is')
    expect(ids.get(second)).toBe('how-it-feels')
    expect(ids.get(third)).toBe('what-it-is-2')
  })

  it('takes the text of every inline run, including links, and counts empty headings among headings', () => {
    const body: RichText = [
      paragraph('intro'),
      {
        type: 'heading',
        level: 2,
        children: [
          { type: 'text', text: 'Dry ', bold: true },
          { type: 'link', target: { kind: 'internal', collection: 'therapies', id: '201' }, children: [{ type: 'text', text: 'needling' }] },
        ],
      },
      { type: 'heading', level: 2, children: [] },
    ]
    expect([...headingIds(body).values()]).toEqual(['dry-needling', 'section-2'])
  })

  it('gives a table of contents the same ids', () => {
    const body: RichText = [heading('Top'), heading('Costs', 3), heading('Costs', 3)]
    expect(headingOutline(body)).toEqual([
      { id: 'top-2', level: 2, text: 'Top' },
      { id: 'costs', level: 3, text: 'Costs' },
      { id: 'costs-2', level: 3, text: 'Costs' },
    ])
    expect(headingOutline(body, [])[0]?.id).toBe('top')
  })
})
