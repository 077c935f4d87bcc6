import { describe, expect, it } from 'vitest'
import { lexicalToRichText } from '../richText/lexicalToRichText'
import { withoutImages } from './brandMedia'

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })
const image = (value: unknown) => ({ type: 'upload', version: 3, relationTo: 'media', value })
const state = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

describe('withoutImages', () => {
  it('leaves a body without images of other brands as it is, the same object', () => {
    const body = state(paragraph('Intro'), image(7))
    const report = () => expect.unreachable('nothing to report')
    expect(withoutImages(body, new Set(['9']), report)).toBe(body)
    expect(withoutImages(body, new Set(), report)).toBe(body)
    expect(withoutImages(null, new Set(['9']), report)).toBeNull()
  })

  it('drops the images of other brands, by id or populated, and reports each with its index', () => {
    const body = state(paragraph('Intro'), image(9), image({ id: 9, alt: 'Other brand' }), image(7), paragraph('End'))
    const reported: [string, number][] = []
    const shown = withoutImages(body, new Set(['9']), (id, index) => reported.push([id, index]))
    expect(reported).toEqual([
      ['9', 1],
      ['9', 2],
    ])
    // The stored body is untouched.
    expect(body.root.children).toHaveLength(5)
    const media = { id: '7', url: 'https://cms.example/7.png', alt: 'Own', width: 4, height: 3, mimeType: 'image/png', sizes: [] }
    const converted = lexicalToRichText(shown, { media: (id) => (id === '7' ? media : null), isPublished: () => true }, 'body')
    expect(converted.map((node) => node.type)).toEqual(['paragraph', 'image', 'paragraph'])
  })

  it('keeps the paths of later problems those of the stored body', () => {
    const body = state(image(9), { type: 'unknown-widget', version: 1, children: [] })
    const shown = withoutImages(body, new Set(['9']), () => undefined)
    expect(() => lexicalToRichText(shown, { media: () => null, isPublished: () => true }, 'body')).toThrow(/^body\.1:/)
  })
})
