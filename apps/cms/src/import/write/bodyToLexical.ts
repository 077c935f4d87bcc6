import type { ImportBlockNode, ImportImage, InlineNode } from '@clinic/schema'
import { flowBlockToLexical, flowInlineToLexical } from '../../richText/flowToLexical'
import {
  lexicalComparisonEmbed,
  lexicalExternalLink,
  lexicalFaqGroup,
  lexicalInternalLink,
  lexicalLineBreak,
  lexicalPageLink,
  lexicalParagraph,
  lexicalRoot,
  lexicalText,
  lexicalUpload,
} from '../../richText/lexicalNodes'
import type { Id } from '../plan/context'

/** The documents an imported body's references became. */
export interface BodyReferences {
  /** The upload of the post's image at `index`, or null when it could not be imported (the node is left out). */
  image(index: number): Id | null
  /** The FAQ document of the post's FAQ at `index`. */
  faq(index: number): Id | null
  /** The comparison document of the post's comparison at `index`. */
  comparison(index: number): Id | null
  /** Whether the embedded comparison at `index` shows its advice (off when the article has the advice in its own sections). */
  showAdvice(index: number): boolean
  /** The article an address of the old site became, or null to keep the link as it is. */
  article(href: string): Id | null
}

function inline(nodes: readonly InlineNode[], refs: BodyReferences): unknown[] {
  return flowInlineToLexical(nodes, (node: Extract<InlineNode, { type: 'link' }>) => {
    const children = inline(node.children, refs)
    const { target } = node
    if (target.kind === 'page') return [lexicalPageLink(children, target.page)]
    if (target.kind === 'internal') return [lexicalInternalLink(children, target.collection, target.id)]
    const article = refs.article(target.href)
    return [article === null ? lexicalExternalLink(children, target.href, target.newTab) : lexicalInternalLink(children, 'articles', article)]
  })
}

function block(node: ImportBlockNode, images: readonly ImportImage[], refs: BodyReferences): unknown[] {
  switch (node.type) {
    case 'image': {
      const media = refs.image(node.image)
      const caption = images[node.image]?.caption.trim()
      return media === null ? [] : [lexicalUpload(media, caption || undefined)]
    }
    case 'faqGroup': {
      const faqs = node.faqs.map((index) => refs.faq(index)).filter((id): id is Id => id !== null)
      return faqs.length === 0 ? [] : [lexicalFaqGroup(node.title ?? '', faqs)]
    }
    case 'comparison': {
      const comparison = refs.comparison(node.comparison)
      return comparison === null ? [] : [lexicalComparisonEmbed(comparison, refs.showAdvice(node.comparison))]
    }
    default:
      return [flowBlockToLexical(node, (children) => inline(children, refs))]
  }
}

/**
 * Turns an imported body into the editor's Lexical state: images become uploads of their new
 * media, FAQ groups the FAQ block with the new FAQ documents, comparisons the comparison block,
 * and links to posts of the old site that were imported internal links to their articles.
 */
export function importBodyToLexical(body: readonly ImportBlockNode[], images: readonly ImportImage[], refs: BodyReferences): Record<string, unknown> {
  return lexicalRoot(body.flatMap((node) => block(node, images, refs)))
}

/** Plain text (an FAQ answer, a comparison's advice) as paragraphs: one per blank-line-separated part, line breaks kept. */
export function plainTextToLexical(text: string): Record<string, unknown> {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
  return lexicalRoot(
    paragraphs.map((paragraph) =>
      lexicalParagraph(paragraph.split('\n').flatMap((line, index) => (index === 0 ? [lexicalText(line.trim())] : [lexicalLineBreak(), lexicalText(line.trim())]))),
    ),
  )
}
