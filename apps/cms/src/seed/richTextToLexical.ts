import { flowBlockToLexical, flowInlineToLexical } from '../richText/flowToLexical'
import { type Id, lexicalComparisonEmbed, lexicalExternalLink, lexicalFaqGroup, lexicalInternalLink, lexicalPageLink, lexicalRoot, lexicalUpload } from '../richText/lexicalNodes'
import type { SeedBlock, SeedImage, SeedInline, SeedRichText } from './types'

/** Looks up the ids of documents referenced by slug while demo content is written. */
export interface SeedReferences {
  media(image: SeedImage): Id
  /** Id of a document by collection and slug, or null if it does not exist yet. */
  doc(collection: string, slug: string): Id | null
  /**
   * Called for an internal link whose target does not exist yet; the link is then written as
   * plain text, and the caller may convert again once the target exists. Without it such a
   * link is an error.
   */
  unresolvedLink?(collection: string, slug: string): void
}

function inline(nodes: SeedInline[], refs: SeedReferences): unknown[] {
  return flowInlineToLexical(nodes, (node: Extract<SeedInline, { type: 'link' }>) => {
    const children = inline(node.children, refs)
    if (node.target.kind === 'external') return [lexicalExternalLink(children, node.target.href, node.target.newTab)]
    if (node.target.kind === 'page') return [lexicalPageLink(children, node.target.page)]
    const id = refs.doc(node.target.collection, node.target.slug)
    if (id === null && refs.unresolvedLink) {
      refs.unresolvedLink(node.target.collection, node.target.slug)
      return children
    }
    if (id === null) throw new Error(`Seed link to ${node.target.collection} "${node.target.slug}" points at nothing`)
    return [lexicalInternalLink(children, node.target.collection, id)]
  })
}

function block(node: SeedBlock, refs: SeedReferences): unknown {
  switch (node.type) {
    case 'image':
      return lexicalUpload(refs.media(node.image), node.caption)
    case 'faqGroup':
      return lexicalFaqGroup(
        node.title ?? '',
        node.faqs.map((slug) => {
          const id = refs.doc('faqs', slug)
          if (id === null) throw new Error(`Seed FAQ group refers to missing FAQ "${slug}"`)
          return id
        }),
      )
    case 'comparison': {
      const id = refs.doc('comparisons', node.comparison)
      if (id === null) throw new Error(`Seed comparison block refers to missing comparison "${node.comparison}"`)
      return lexicalComparisonEmbed(id, node.showAdvice ?? true)
    }
    default:
      return flowBlockToLexical(node, (children) => inline(children, refs))
  }
}

/** Turns demo rich text into the Lexical editor state Payload stores. */
export function richTextToLexical(body: SeedRichText, refs: SeedReferences): Record<string, unknown> {
  return lexicalRoot(body.map((node) => block(node, refs)))
}
