import type { SitePage } from '@clinic/schema'
import type { SeedBlock, SeedImage, SeedInline, SeedList, SeedListItem, SeedText } from '../types'

/*
 * Small builders that keep the demo content readable. Each returns plain seed nodes, so the
 * data files stay ordinary typed values. A bare string stands for unformatted text.
 */

export type InlineInput = SeedInline | string

function inline(children: InlineInput[]): SeedInline[] {
  return children.map((child) => (typeof child === 'string' ? { type: 'text', text: child } : child))
}

/** Plain text. */
export const t = (text: string): SeedText => ({ type: 'text', text })
/** Bold text. */
export const b = (text: string): SeedText => ({ type: 'text', text, bold: true })
/** Italic text. */
export const i = (text: string): SeedText => ({ type: 'text', text, italic: true })

/** A link to an outside page, opened in a new tab. */
export const ext = (href: string, text: string): SeedInline => ({
  type: 'link',
  target: { kind: 'external', href, newTab: true },
  children: [t(text)],
})

/** A link to another document of the same brand site, by slug. */
export const link = (
  collection: 'articles' | 'therapies' | 'conditions' | 'comparisons',
  slug: string,
  text: string,
): SeedInline => ({
  type: 'link',
  target: { kind: 'internal', collection, slug },
  children: [t(text)],
})

/** A link to one of the site's fixed pages (the appointment request, an index, the FAQ page). */
export const page = (target: SitePage, text: string): SeedInline => ({ type: 'link', target: { kind: 'page', page: target }, children: [t(text)] })

export const p = (...children: InlineInput[]): Extract<SeedBlock, { type: 'paragraph' }> => ({ type: 'paragraph', children: inline(children) })
export const h2 = (...children: InlineInput[]): SeedBlock => ({ type: 'heading', level: 2, children: inline(children) })
export const h3 = (...children: InlineInput[]): SeedBlock => ({ type: 'heading', level: 3, children: inline(children) })
export const quote = (...children: InlineInput[]): SeedBlock => ({ type: 'quote', children: inline(children) })
export const hr = (): SeedBlock => ({ type: 'hr' })

/** One list item: a string, one inline node, or several inline nodes. */
export type ItemInput = InlineInput | InlineInput[]

function item(input: ItemInput): SeedListItem {
  return { children: inline(Array.isArray(input) ? input : [input]) }
}

/** A bulleted list. */
export const ul = (...items: ItemInput[]): SeedList => ({ type: 'list', ordered: false, items: items.map(item) })
/** A numbered list. */
export const ol = (...items: ItemInput[]): SeedList => ({ type: 'list', ordered: true, items: items.map(item) })

/** An image in the body. */
export const img = (image: SeedImage, caption?: string): SeedBlock =>
  caption === undefined ? { type: 'image', image } : { type: 'image', image, caption }

/** A table whose first row holds header cells. */
export const table = (header: string[], ...rows: ItemInput[][]): SeedBlock => ({
  type: 'table',
  rows: [
    { cells: header.map((text) => ({ header: true, children: [t(text)] })) },
    ...rows.map((row) => ({ cells: row.map((cell) => ({ header: false, children: inline(Array.isArray(cell) ? cell : [cell]) })) })),
  ],
})

/** FAQ documents shown where the block sits. */
export const faqGroup = (title: string, ...faqs: string[]): SeedBlock => ({ type: 'faqGroup', title, faqs })

/**
 * An embedded therapy comparison, with its advice under the table unless `showAdvice` is false
 * (for a body that gives the same advice in its own sections).
 */
export const comparison = (slug: string, options: { showAdvice?: boolean } = {}): SeedBlock =>
  options.showAdvice === false ? { type: 'comparison', comparison: slug, showAdvice: false } : { type: 'comparison', comparison: slug }
