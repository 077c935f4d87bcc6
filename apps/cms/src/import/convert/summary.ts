import { blockText, type ImportBlockNode, readingTimeMinutes, wordsIn } from '@clinic/schema'

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
  return readingTimeMinutes([...bodyTexts(body), ...extraTexts].reduce((sum, text) => sum + wordsIn(text), 0))
}
