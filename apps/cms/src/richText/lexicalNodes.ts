import { randomBytes } from 'node:crypto'
import { PAGE_LINK_TYPE } from './sitePageLinks'

/** A document id, as either database adapter has it. */
export type Id = number | string

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const

const base = { version: 1 }
/** Links, uploads and blocks carry an id of their own, like those the admin editor creates. */
const nodeId = () => randomBytes(12).toString('hex')
// Current serialisation versions; older ones are migrated (or misread) by the editor on load.
const LINK_VERSION = 3
const UPLOAD_VERSION = 3
const BLOCK_VERSION = 2

/*
 * Builders of the Lexical nodes Payload stores, shared by the seed (src/seed/richTextToLexical.ts)
 * and the post importer (src/import/write/), so that both write exactly what the admin editor writes.
 */

/** An element node (paragraph, heading, list, table…) around `children`. */
export const lexicalElement = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  ...base,
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})

/** Marks of a run of text. */
export type TextMarks = Partial<Record<keyof typeof FORMAT, boolean>>

/** A run of text with its marks. */
export function lexicalText(text: string, marks: TextMarks = {}): unknown {
  const format = (Object.keys(FORMAT) as (keyof typeof FORMAT)[]).reduce((sum, key) => (marks[key] ? sum | FORMAT[key] : sum), 0)
  return { ...base, type: 'text', text, format, detail: 0, mode: 'normal', style: '' }
}

/** A forced line break. */
export const lexicalLineBreak = (): unknown => ({ ...base, type: 'linebreak' })

/** A paragraph of inline nodes. */
export const lexicalParagraph = (children: unknown[]): unknown => lexicalElement('paragraph', children, { textFormat: 0, textStyle: '' })

/** A link to an outside address. */
export const lexicalExternalLink = (children: unknown[], url: string, newTab: boolean): unknown =>
  lexicalElement('link', children, { version: LINK_VERSION, id: nodeId(), fields: { linkType: 'custom', url, newTab } })

/** A link to a document of the CMS. */
export const lexicalInternalLink = (children: unknown[], relationTo: string, value: Id): unknown =>
  lexicalElement('link', children, { version: LINK_VERSION, id: nodeId(), fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } } })

/** A link to one of the brand site's fixed pages (./sitePageLinks.ts). */
export const lexicalPageLink = (children: unknown[], page: string): unknown =>
  lexicalElement('link', children, { version: LINK_VERSION, id: nodeId(), fields: { linkType: PAGE_LINK_TYPE, page, newTab: false } })

/** An item of a list: inline content, or (Lexical's way of nesting) one nested list. */
export interface LexicalListInput<Item> {
  ordered: boolean
  items: Item[]
}

/**
 * A list. Lexical stores a nested list as its own list item right after its parent item; `own`
 * converts an item's inline content and `nested` its sublists.
 */
export function lexicalList<Item>(node: LexicalListInput<Item>, own: (item: Item) => unknown[], nested: (item: Item) => LexicalListInput<Item>[]): unknown {
  let value = 0
  const items = node.items.flatMap((item) => {
    value += 1
    const first = lexicalElement('listitem', own(item), { value })
    const sublists = nested(item).map((sub) => {
      value += 1
      return lexicalElement('listitem', [lexicalList(sub, own, nested)], { value })
    })
    return [first, ...sublists]
  })
  return lexicalElement('list', items, { listType: node.ordered ? 'number' : 'bullet', start: 1, tag: node.ordered ? 'ol' : 'ul' })
}

/** A table of rows of cells, each cell one paragraph of inline nodes. */
export function lexicalTable(rows: { cells: { header: boolean; children: unknown[] }[] }[]): unknown {
  return lexicalElement(
    'table',
    rows.map((row) =>
      lexicalElement(
        'tablerow',
        row.cells.map((cell) => lexicalElement('tablecell', [lexicalParagraph(cell.children)], { headerState: cell.header ? 1 : 0, colSpan: 1, rowSpan: 1 })),
      ),
    ),
  )
}

/** An image from the media collection, with an optional caption. */
export const lexicalUpload = (media: Id, caption?: string): unknown => ({
  type: 'upload',
  version: UPLOAD_VERSION,
  id: nodeId(),
  relationTo: 'media',
  value: media,
  fields: caption ? { caption } : {},
  format: '',
})

/** The FAQ group block (src/blocks/FaqGroup.ts) showing the FAQ documents `faqs`. */
export const lexicalFaqGroup = (title: string, faqs: Id[]): unknown => ({
  type: 'block',
  version: BLOCK_VERSION,
  format: '',
  fields: { id: nodeId(), blockName: '', blockType: 'faqGroup', title, faqs },
})

/** The comparison block (src/blocks/ComparisonEmbed.ts) showing comparison `comparison`, with its advice unless `showAdvice` is false. */
export const lexicalComparisonEmbed = (comparison: Id, showAdvice = true): unknown => ({
  type: 'block',
  version: BLOCK_VERSION,
  format: '',
  fields: { id: nodeId(), blockName: '', blockType: 'comparisonEmbed', comparison, showAdvice },
})

/** A horizontal rule. */
export const lexicalHorizontalRule = (): unknown => ({ ...base, type: 'horizontalrule' })

/** A heading of level 2 to 4. */
export const lexicalHeading = (level: 2 | 3 | 4, children: unknown[]): unknown => lexicalElement('heading', children, { tag: `h${level}` })

/** A block quote. */
export const lexicalQuote = (children: unknown[]): unknown => lexicalElement('quote', children)

/** An editor state holding `blocks`. */
export const lexicalRoot = (blocks: unknown[]): Record<string, unknown> => ({ root: lexicalElement('root', blocks) })
