import { z } from 'zod'
import { IdSchema } from './common'
import { MediaSchema } from './media'

/*
 * Rich text travels as this small tree, not as HTML: the CMS converts its editor state into
 * it, and the site renders each node with its own components. Nothing an editor types can
 * become markup on the way.
 */

/** A run of text with its marks. */
export const TextNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
})

/** A forced line break inside a paragraph. */
export const LineBreakNodeSchema = z.object({ type: z.literal('linebreak') })

/** Pages of every brand site that are not documents: indexes, the appointment request, the FAQ page. */
export const SITE_PAGES = ['home', 'request-appointment', 'locations', 'therapies', 'conditions', 'articles', 'faq'] as const

export const SitePageSchema = z.enum(SITE_PAGES)

export type SitePage = z.output<typeof SitePageSchema>

/** Where a link points: an outside address, a document of the same brand site, or one of its fixed pages. */
export const LinkTargetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('external'),
    /** http(s), mailto: or tel: address. */
    href: z.string().regex(/^(https?:\/\/|mailto:|tel:)/, 'link must start with http(s)://, mailto: or tel:'),
    newTab: z.boolean(),
  }),
  z.object({
    kind: z.literal('internal'),
    collection: z.enum(['articles', 'therapies', 'conditions', 'comparisons', 'clinics', 'faqs']),
    id: IdSchema,
  }),
  z.object({
    kind: z.literal('page'),
    page: SitePageSchema,
  }),
])

/** A link around text. */
export const LinkNodeSchema = z.object({
  type: z.literal('link'),
  target: LinkTargetSchema,
  children: z.array(z.union([TextNodeSchema, LineBreakNodeSchema])),
})

/** Anything that flows inside a paragraph, heading, list item or table cell. */
export const InlineNodeSchema = z.discriminatedUnion('type', [
  TextNodeSchema,
  LineBreakNodeSchema,
  LinkNodeSchema,
])

export const ParagraphNodeSchema = z.object({
  type: z.literal('paragraph'),
  children: z.array(InlineNodeSchema),
})

export const HeadingNodeSchema = z.object({
  type: z.literal('heading'),
  /** The page title is the only h1, so body headings start at 2. */
  level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
  children: z.array(InlineNodeSchema),
})

export const QuoteNodeSchema = z.object({
  type: z.literal('quote'),
  children: z.array(InlineNodeSchema),
})

export const ImageNodeSchema = z.object({
  type: z.literal('image'),
  media: MediaSchema,
  caption: z.string().optional(),
})

export const TableCellSchema = z.object({
  /** Header cells become `th`; the site sets their scope. */
  header: z.boolean(),
  children: z.array(InlineNodeSchema),
})

export const TableNodeSchema = z.object({
  type: z.literal('table'),
  rows: z.array(z.object({ cells: z.array(TableCellSchema).min(1) })).min(1, 'a table needs at least one row'),
})

/** A group of FAQ documents shown where the editor put the block. */
export const FaqGroupNodeSchema = z.object({
  type: z.literal('faqGroup'),
  title: z.string().optional(),
  faqs: z.array(IdSchema).min(1, 'an FAQ group needs at least one question'),
})

/** A therapy comparison embedded in the body. */
export const ComparisonEmbedNodeSchema = z.object({
  type: z.literal('comparison'),
  comparison: IdSchema,
  /**
   * Whether the embed shows the comparison's advice (when to choose each therapy, whether they
   * combine) under its table, as its own page does. Off where the body already says the same in
   * its own sections, as a converted post may.
   */
  showAdvice: z.boolean(),
})

export const HorizontalRuleNodeSchema = z.object({ type: z.literal('hr') })

export type TextNode = z.output<typeof TextNodeSchema>
export type InlineNode = z.output<typeof InlineNodeSchema>
export type LinkTarget = z.output<typeof LinkTargetSchema>

/** A list item holds inline content and, optionally, nested lists. */
export interface ListItemNode {
  children: InlineNode[]
  sublists?: ListNode[]
}

export interface ListNode {
  type: 'list'
  ordered: boolean
  items: ListItemNode[]
}

export const ListItemNodeSchema: z.ZodType<ListItemNode, ListItemNode> = z.object({
  children: z.array(InlineNodeSchema),
  get sublists() {
    return z.array(ListNodeSchema).optional()
  },
})

export const ListNodeSchema: z.ZodType<ListNode, ListNode> = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(ListItemNodeSchema).min(1, 'a list needs at least one item'),
})

/** A top-level node of a rich-text body. */
export const BlockNodeSchema = z.union([
  ParagraphNodeSchema,
  HeadingNodeSchema,
  QuoteNodeSchema,
  ListNodeSchema,
  ImageNodeSchema,
  TableNodeSchema,
  FaqGroupNodeSchema,
  ComparisonEmbedNodeSchema,
  HorizontalRuleNodeSchema,
])

/** A rich-text body: a sequence of block nodes. */
export const RichTextSchema = z.array(BlockNodeSchema)

export type ParagraphNode = z.output<typeof ParagraphNodeSchema>
export type HeadingNode = z.output<typeof HeadingNodeSchema>
export type QuoteNode = z.output<typeof QuoteNodeSchema>
export type ImageNode = z.output<typeof ImageNodeSchema>
export type TableNode = z.output<typeof TableNodeSchema>
export type FaqGroupNode = z.output<typeof FaqGroupNodeSchema>
export type ComparisonEmbedNode = z.output<typeof ComparisonEmbedNodeSchema>
export type BlockNode = z.output<typeof BlockNodeSchema>
export type RichText = z.output<typeof RichTextSchema>

/** The text of inline nodes, without marks. */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text
      if (node.type === 'linebreak') return ' '
      return inlineText(node.children)
    })
    .join('')
}

function listText(list: ListNode): string[] {
  return list.items.flatMap((item) => [inlineText(item.children), ...(item.sublists ?? []).flatMap(listText)])
}

/** The readable text of a body, one string per block, for word counts and search. */
export function plainText(body: RichText): string[] {
  return body.flatMap(blockText)
}

/** The readable text of one block: a string per paragraph, heading, quote, list item or table cell; a caption. */
export function blockText(node: BlockNode): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return [inlineText(node.children)]
    case 'list':
      return listText(node)
    case 'table':
      return node.rows.flatMap((row) => row.cells.map((cell) => inlineText(cell.children)))
    case 'image':
      return node.caption ? [node.caption] : []
    case 'faqGroup':
    case 'comparison':
    case 'hr':
      return []
  }
}

/** Words in a body. */
export function countWords(body: RichText): number {
  return plainText(body).reduce((sum, text) => sum + wordsIn(text), 0)
}

/** Words in a text: runs of letters and digits, with inner apostrophes and hyphens. */
export function wordsIn(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0
}

/** Minutes to read `words` at an unhurried 220 words a minute; at least 1. */
export function readingTimeMinutes(words: number, wordsPerMinute = 220): number {
  return Math.max(1, Math.round(words / wordsPerMinute))
}

/** Every id a body refers to, by the collection it lives in. */
export function richTextReferences(body: RichText): { faqs: string[]; comparisons: string[]; links: LinkTarget[] } {
  const faqs: string[] = []
  const comparisons: string[] = []
  const links: LinkTarget[] = []
  const visitInline = (nodes: readonly InlineNode[]) => {
    for (const node of nodes) if (node.type === 'link') links.push(node.target)
  }
  const visitList = (list: ListNode) => {
    for (const item of list.items) {
      visitInline(item.children)
      item.sublists?.forEach(visitList)
    }
  }
  for (const node of body) {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
        visitInline(node.children)
        break
      case 'list':
        visitList(node)
        break
      case 'table':
        node.rows.forEach((row) => row.cells.forEach((cell) => visitInline(cell.children)))
        break
      case 'faqGroup':
        faqs.push(...node.faqs)
        break
      case 'comparison':
        comparisons.push(node.comparison)
        break
      case 'image':
      case 'hr':
        break
    }
  }
  return { faqs, comparisons, links }
}
