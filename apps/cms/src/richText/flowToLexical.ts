import {
  type TextMarks,
  lexicalHeading,
  lexicalHorizontalRule,
  lexicalLineBreak,
  lexicalList,
  lexicalParagraph,
  lexicalQuote,
  lexicalTable,
  lexicalText,
} from './lexicalNodes'

/*
 * The part of a body that the seed's rich text and an imported post's body write alike: text,
 * paragraphs, headings, quotes, lists, tables and rules. Links, images and blocks point at other
 * documents, which each finds its own way (by slug in the seed, by what the import created), so
 * the callers convert those themselves.
 */

/** A run of text with its marks, or a line break. */
export type FlowInline = ({ type: 'text'; text: string } & TextMarks) | { type: 'linebreak' }

export interface FlowListItem<Inline> {
  children: Inline[]
  sublists?: FlowList<Inline>[]
}

export interface FlowList<Inline> {
  type: 'list'
  ordered: boolean
  items: FlowListItem<Inline>[]
}

/** A block whose content is only inline nodes of type `Inline`. */
export type FlowBlock<Inline> =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | FlowList<Inline>
  | { type: 'table'; rows: { cells: { header: boolean; children: Inline[] }[] }[] }
  | { type: 'hr' }

/** Inline nodes as Lexical nodes: text and line breaks here, every other node (links) by `other`, as none, one or more nodes. */
export function flowInlineToLexical<Other extends { type: string }>(nodes: readonly (FlowInline | Other)[], other: (node: Other) => unknown[]): unknown[] {
  return nodes.flatMap((node) => {
    const flow = node as FlowInline
    if (flow.type === 'text') return [lexicalText(flow.text, flow)]
    if (flow.type === 'linebreak') return [lexicalLineBreak()]
    return other(node as Other)
  })
}

/** A block of inline content as its Lexical node; `inline` converts the inline nodes. */
export function flowBlockToLexical<Inline>(node: FlowBlock<Inline>, inline: (nodes: Inline[]) => unknown[]): unknown {
  switch (node.type) {
    case 'paragraph':
      return lexicalParagraph(inline(node.children))
    case 'heading':
      return lexicalHeading(node.level, inline(node.children))
    case 'quote':
      return lexicalQuote(inline(node.children))
    case 'list':
      return lexicalList(
        node,
        (item) => inline(item.children),
        (item) => item.sublists ?? [],
      )
    case 'hr':
      return lexicalHorizontalRule()
    case 'table':
      return lexicalTable(node.rows.map((row) => ({ cells: row.cells.map((cell) => ({ header: cell.header, children: inline(cell.children) })) })))
  }
}
