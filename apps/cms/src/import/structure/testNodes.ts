import type { HeadingNode, ImportBlockNode, InlineNode, ListNode, ParagraphNode, TableNode, TextNode } from '@clinic/schema'
import type { KnownTherapy } from '../types'

/*
 * Small builders of converted-body nodes for the structure finders' unit tests, so each test
 * shows its post as a few readable lines.
 */

type Inline = string | InlineNode

const inline = (parts: readonly Inline[]): InlineNode[] => parts.map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part))

export const bold = (text: string): TextNode => ({ type: 'text', text, bold: true })

export const link = (text: string, href: string): InlineNode => ({ type: 'link', target: { kind: 'external', href, newTab: false }, children: [{ type: 'text', text }] })

export const p = (...parts: Inline[]): ParagraphNode => ({ type: 'paragraph', children: inline(parts) })

export const h = (level: 2 | 3 | 4, text: string): HeadingNode => ({ type: 'heading', level, children: [{ type: 'text', text }] })

export const ul = (...items: string[]): ListNode => ({ type: 'list', ordered: false, items: items.map((text) => ({ children: [{ type: 'text', text }] })) })

export const ol = (...items: string[]): ListNode => ({ type: 'list', ordered: true, items: items.map((text) => ({ children: [{ type: 'text', text }] })) })

export const hr: ImportBlockNode = { type: 'hr' }

export const image = (index: number): ImportBlockNode => ({ type: 'image', image: index })

/** A table; the first row's cells are header cells unless `headerRow` is false. */
export const table = (rows: string[][], { headerRow = true } = {}): TableNode => ({
  type: 'table',
  rows: rows.map((cells, index) => ({ cells: cells.map((text) => ({ header: headerRow && index === 0, children: text ? [{ type: 'text', text }] : [] })) })),
})

/** The network's therapies, as the import would read them. */
export const therapies: KnownTherapy[] = [
  { name: 'Dry needling', aliases: [] },
  { name: 'Massage therapy', aliases: ['Massage'] },
  { name: 'Acupuncture', aliases: [] },
  { name: 'Trigger point injection', aliases: ['TPI'] },
]

export const conditions = ['Plantar fasciitis', 'Back pain', 'Sciatica', 'Tension headache']
