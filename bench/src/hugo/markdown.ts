/**
 * Rich text → Markdown for Hugo's goldmark, shaped like the site's RichText.astro output: the
 * same headings, lists, tables (in a labelled scroll region), images and links; FAQ groups and
 * comparisons become shortcodes that render from the project's data files.
 */
import { type BlockNode, type FaqGroupNode, type InlineNode, type LinkTarget, type ListNode, type TableNode, type TextNode, inlineText } from '@clinic/schema'

/** What the conversion needs to know of the rest of the snapshot. */
export interface MarkdownContext {
  faqs: ReadonlyMap<string, { question: string; slug: string }>
  comparisons: ReadonlyMap<string, unknown>
  /** Where an internal link points; null when the document is not on the site (the words stay, the link goes, as on the site). */
  href(target: Exclude<LinkTarget, { kind: 'external' }>): string | null
}

/** Where the body sits: headings move down to `baseLevel` (a body's h2 is an h3 under a section heading); past depth 1, an FAQ group becomes a list of links. */
export interface MarkdownPlacement {
  baseLevel?: number
  depth?: number
}

/** Text for Markdown: every character goldmark could read as syntax is backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&#!{}]/g, '\\$&')
}
/** A block's first characters must not start a list, quote or heading. */
function guardLineStart(line: string): string {
  return line.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=>])/, '\\$1')
}
const ATTRIBUTE_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (char) => ATTRIBUTE_ENTITIES[char] ?? char)
/** A quoted shortcode parameter. */
const shortcodeString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

function codeSpan(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`
}

/** One text run with its marks, outermost first: bold, italic, underline, strikethrough, code. */
function textToMarkdown(node: TextNode): string {
  if (node.text === '') return ''
  // Emphasis must not start or end with a space in CommonMark, so spaces stay outside the marks.
  const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(node.text) ?? []
  if (core === '') return ' '
  let out = node.code ? codeSpan(core) : escapeMarkdown(core)
  if (node.strikethrough) out = `~~${out}~~`
  if (node.underline) out = `<span class="u">${out}</span>`
  if (node.italic) out = `*${out}*`
  if (node.bold) out = `**${out}**`
  return `${lead ? ' ' : ''}${out}${trail ? ' ' : ''}`
}

function inlineMarkdown(children: readonly InlineNode[], ctx: MarkdownContext): string {
  return children
    .map((node) => {
      if (node.type === 'text') return textToMarkdown(node)
      if (node.type === 'linebreak') return '<br>'
      const text = inlineMarkdown(node.children, ctx)
      if (node.target.kind === 'external') return `[${text}](<${node.target.href}>${node.target.newTab ? ' "new-tab"' : ''})`
      const href = ctx.href(node.target)
      return href === null ? text : `[${text}](<${href}>)`
    })
    .join('')
    .trim()
}

/**
 * Inline rich text (a comparison's cell) as one line of Markdown for Hugo's `markdownify`, which
 * renders a single paragraph without the `<p>` around it.
 */
export function inlineToMarkdown(children: readonly InlineNode[], ctx: MarkdownContext): string {
  return guardLineStart(inlineMarkdown(children, ctx))
}

function listMarkdown(node: ListNode, indent: number, ctx: MarkdownContext): string[] {
  return node.items.flatMap((item, index) => {
    const marker = node.ordered ? `${index + 1}. ` : '- '
    const pad = ' '.repeat(indent + marker.length)
    return [`${' '.repeat(indent)}${marker}${guardLineStart(inlineMarkdown(item.children, ctx)) || '&nbsp;'}`, ...(item.sublists ?? []).flatMap((sub) => listMarkdown(sub, pad.length, ctx))]
  })
}

/** A GFM table (always with a head row: an empty one when the table has no header cells) in a labelled scroll region. */
function tableMarkdown(node: TableNode, ctx: MarkdownContext): string[] {
  const [first, ...rest] = node.rows
  if (first === undefined) return []
  const hasHead = first.cells.some((cell) => cell.header)
  const columns = Math.max(...node.rows.map((row) => row.cells.length))
  const row = (cells: TableNode['rows'][number]['cells']) => `| ${Array.from({ length: columns }, (_, i) => (cells[i] ? inlineMarkdown(cells[i].children, ctx) : '')).join(' | ')} |`
  const head = hasHead ? row(first.cells) : row([])
  const body = (hasHead ? rest : node.rows).map((r) => row(r.cells))
  const firstRowText = first.cells.map((cell) => inlineText(cell.children).trim()).filter(Boolean)
  const label = firstRowText.length > 0 ? `Table: ${firstRowText.join(', ')}` : 'Table'
  return [`<div class="table-scroll" role="region" aria-label="${escapeAttribute(label)}" tabindex="0">`, [head, `|${' --- |'.repeat(columns)}`, ...body].join('\n'), '</div>']
}

/** An FAQ group: a shortcode at the top level (`groupNumber` makes its ids unique), a list of links to the FAQ page deeper down. */
function faqGroupMarkdown(node: FaqGroupNode, ctx: MarkdownContext, baseLevel: number, depth: number, groupNumber: number): string[] {
  const faqs = node.faqs.flatMap((id) => {
    const faq = ctx.faqs.get(id)
    return faq === undefined ? [] : [{ id, ...faq }]
  })
  if (faqs.length === 0) return []
  if (depth < 1) {
    const prefix = `faq${groupNumber > 1 ? groupNumber : ''}--`
    return [`{{< faqgroup ids=${shortcodeString(faqs.map((faq) => faq.id).join(' '))} prefix=${shortcodeString(prefix)} level="${baseLevel}"${node.title ? ` title=${shortcodeString(node.title)}` : ''} >}}`]
  }
  return [...(node.title ? [`${'#'.repeat(baseLevel)} ${escapeMarkdown(node.title)}`] : []), faqs.map((faq) => `- [${escapeMarkdown(faq.question)}](</faq/#${faq.slug}>)`).join('\n')]
}

/** One block's Markdown (none, one or several blocks). */
function blockMarkdown(node: BlockNode, ctx: MarkdownContext, baseLevel: number): string[] {
  switch (node.type) {
    case 'paragraph': {
      const text = inlineMarkdown(node.children, ctx)
      return text === '' ? [] : [guardLineStart(text)]
    }
    case 'heading':
      return [`${'#'.repeat(Math.min(6, baseLevel + node.level - 2))} ${inlineMarkdown(node.children, ctx)}`]
    case 'quote':
      return [`> ${guardLineStart(inlineMarkdown(node.children, ctx))}`]
    case 'list':
      return [listMarkdown(node, 0, ctx).join('\n')]
    case 'image': {
      const title = node.caption ? ` "${node.caption.replace(/\s+/g, ' ').replace(/["\\]/g, '\\$&')}"` : ''
      return [`![${escapeMarkdown(node.media.alt)}](<${node.media.url}>${title})`]
    }
    case 'table':
      return tableMarkdown(node, ctx)
    case 'comparison':
      return ctx.comparisons.has(node.comparison) ? [`{{< comparison id=${shortcodeString(node.comparison)} >}}`] : []
    case 'hr':
      return ['---']
    case 'faqGroup':
      // Numbered by the caller.
      return []
  }
}

/** Converts a rich-text body to Markdown for goldmark. */
export function richTextToMarkdown(nodes: readonly BlockNode[], ctx: MarkdownContext, { baseLevel = 2, depth = 0 }: MarkdownPlacement = {}): string {
  const blocks: string[] = []
  let faqGroups = 0
  for (const node of nodes) {
    if (node.type !== 'faqGroup') {
      blocks.push(...blockMarkdown(node, ctx, baseLevel))
      continue
    }
    const group = faqGroupMarkdown(node, ctx, baseLevel, depth, depth < 1 ? faqGroups + 1 : faqGroups)
    if (group.length > 0 && depth < 1) faqGroups += 1
    blocks.push(...group)
  }
  return `${blocks.join('\n\n')}\n`
}
