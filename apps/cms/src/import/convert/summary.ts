import { blockText, type ImportBlockNode, inlineText, readingTimeMinutes } from '@clinic/schema'

/** A lead shorter than this many words is a byline or a label ("Updated May 2024"), not the post's opening. */
const MIN_LEAD_WORDS = 8

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const words = (text: string) => text.match(WORD)?.length ?? 0

/**
 * The post's lead paragraph, for the excerpt: the first paragraph of at least eight words before
 * the first heading, list, table or quote (further down, a paragraph belongs to a section), that
 * is not just a link (a call to action). Its index lets the caller take it out of the body, so the
 * lead is not shown twice. Null when the body does not open with one.
 */
export function leadParagraph(body: readonly ImportBlockNode[]): { index: number; text: string } | null {
  for (const [index, node] of body.entries()) {
    if (node.type === 'image' || node.type === 'hr') continue
    if (node.type !== 'paragraph') return null
    const text = inlineText(node.children).replace(/\s+/g, ' ').trim()
    const linked = node.children.filter((child) => child.type === 'link').map((child) => inlineText([child])).join(' ')
    if (words(text) >= MIN_LEAD_WORDS && words(linked) < words(text) / 2) return { index, text }
  }
  return null
}

/** The readable text of a converted body, one string per block (images, FAQ blocks and comparisons have none here). */
export function bodyTexts(body: readonly ImportBlockNode[]): string[] {
  return body.flatMap((node) => (node.type === 'image' || node.type === 'faqGroup' || node.type === 'comparison' ? [] : blockText(node)))
}

/**
 * Minutes to read a body, counted from its words (not copied from the old page's "5 min read"),
 * at the same pace as the site's reading times. `extraTexts` adds text that is not in the body's
 * nodes, such as FAQ answers and image captions.
 */
export function readingMinutes(body: readonly ImportBlockNode[], extraTexts: readonly string[] = []): number {
  return readingTimeMinutes([...bodyTexts(body), ...extraTexts].reduce((sum, text) => sum + words(text), 0))
}
