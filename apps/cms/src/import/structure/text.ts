import { type ImportBlockNode, type InlineNode, type ListNode, inlineText } from '@clinic/schema'

/*
 * Plain text of an imported body, as the structure finders read it and as FAQ answers and
 * comparison sections are stored: spaces collapsed, blocks separated by blank lines, list items
 * as "- item" lines ("1. item" in numbered lists, nested items indented).
 */

/** Collapses runs of white space (non-breaking spaces included) and trims. */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

/** The text of inline nodes, tidied. */
export function inlinePlain(nodes: readonly InlineNode[]): string {
  return tidy(inlineText(nodes))
}

/**
 * The bold words a paragraph starts with ("**Does it hurt?** Most people…") and the inline nodes
 * after them; `bold` is '' when it does not start in bold.
 */
export function leadingBold(children: readonly InlineNode[]): { bold: string; rest: InlineNode[] } {
  let bold = ''
  let index = 0
  for (; index < children.length; index++) {
    const node = children[index]
    if (node?.type === 'text' && node.bold) bold += node.text
    else if (bold === '' && ((node?.type === 'text' && node.text.trim() === '') || node?.type === 'linebreak')) continue
    else break
  }
  return { bold: tidy(bold), rest: children.slice(index) }
}

/** Lower case, curly quotes made straight, spaces tidied: for comparing names and headings. */
export function normalizeForMatch(text: string): string {
  return tidy(text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—]/g, '-')).toLowerCase()
}

function listLines(list: ListNode, depth: number): string[] {
  const indent = '  '.repeat(depth)
  return list.items.flatMap((item, index) => [
    `${indent}${list.ordered ? `${index + 1}.` : '-'} ${inlinePlain(item.children)}`,
    ...(item.sublists ?? []).flatMap((sublist) => listLines(sublist, depth + 1)),
  ])
}

/**
 * The plain text of one block, or '' for blocks without text (images, rules, embeds): an image
 * is only an index here, its alt text and caption live in the post's image list.
 */
export function blockPlain(node: ImportBlockNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return inlinePlain(node.children)
    case 'list':
      return listLines(node, 0).join('\n')
    case 'table':
      return node.rows.map((row) => row.cells.map((cell) => inlinePlain(cell.children)).join(' | ')).join('\n')
    case 'image':
    case 'hr':
    case 'faqGroup':
    case 'comparison':
      return ''
  }
}

/** The plain text of blocks: each block's text, separated by blank lines. */
export function blocksPlain(nodes: readonly ImportBlockNode[]): string {
  return nodes
    .map(blockPlain)
    .filter((text) => text !== '')
    .join('\n\n')
}

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|vs|dr|mr|mrs|ms|st|approx|no|fig|ca|u\.s|d\.c)|\b[A-Z])\.$/i

/**
 * Splits text into sentences at ". ", "! " and "? " followed by what can start a sentence, and at
 * line breaks; abbreviations ("e.g.", "vs.", "Dr.") and decimals ("$45.50") do not end one.
 */
export function sentences(text: string): string[] {
  const result: string[] = []
  for (const line of text.split(/\n+/)) {
    let start = 0
    const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9$])/g
    for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
      const end = match.index + match[0].trimEnd().length
      if (ABBREVIATIONS.test(line.slice(start, match.index + 1))) continue
      result.push(line.slice(start, end))
      start = match.index + match[0].length
    }
    result.push(line.slice(start))
  }
  return result.map(tidy).filter((sentence) => sentence !== '')
}
