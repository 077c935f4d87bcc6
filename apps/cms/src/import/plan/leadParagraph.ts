import { type ImportBlockNode, inlineText } from '@clinic/schema'

/**
 * The lead paragraph of a body: its first paragraph with words, if it comes before the first
 * heading (a paragraph further down is a section's, not the post's lead). Returns its text and
 * the body without it, so the lead is not repeated under the excerpt.
 */
export function takeLeadParagraph(body: readonly ImportBlockNode[]): { lead: string; body: ImportBlockNode[] } | null {
  for (let index = 0; index < body.length; index += 1) {
    const node = body[index] as ImportBlockNode
    if (node.type === 'heading') return null
    if (node.type !== 'paragraph') continue
    const lead = inlineText(node.children).replace(/\s+/g, ' ').trim()
    if (lead === '') continue
    return { lead, body: [...body.slice(0, index), ...body.slice(index + 1)] }
  }
  return null
}
