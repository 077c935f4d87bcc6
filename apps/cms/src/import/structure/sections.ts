import type { ImportBlockNode } from '@clinic/schema'

/**
 * Where the section a heading opens ends (exclusive): at the next heading of the same level or
 * above, or at the end of the body. Deeper headings belong to the section.
 */
export function sectionEnd(body: readonly ImportBlockNode[], headingIndex: number): number {
  const heading = body[headingIndex]
  if (heading?.type !== 'heading') return headingIndex + 1
  for (let index = headingIndex + 1; index < body.length; index++) {
    const node = body[index]
    if (node?.type === 'heading' && node.level <= heading.level) return index
  }
  return body.length
}
