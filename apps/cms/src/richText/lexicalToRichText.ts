import { type BlockNode, type InlineNode, type LinkTarget, type ListNode, type Media, type RichText, SitePageSchema, type TextNode } from '@clinic/schema'

/** A Lexical node as stored by Payload: a `type` plus node-specific properties. */
interface LexicalNode {
  type: string
  [key: string]: unknown
}

/** What the converter needs from its caller to resolve references. */
export interface RichTextResolver {
  /** The published media for an upload, or null if it is not available. */
  media(id: string): Media | null
  /** Whether an internal link or embed target is published in the same snapshot. */
  isPublished(collection: string, id: string): boolean
}

/** A rich-text value the site cannot render; `path` points into the editor state. */
export class RichTextConversionError extends Error {
  readonly path: string
  constructor(path: string, message: string) {
    super(`${path}: ${message}`)
    this.name = 'RichTextConversionError'
    this.path = path
  }
}

// Lexical's text format bit flags.
const BOLD = 1
const ITALIC = 1 << 1
const STRIKETHROUGH = 1 << 2
const UNDERLINE = 1 << 3
const CODE = 1 << 4

const isNode = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'

/**
 * Where a node sits in the editor state, e.g. `body.3.0.2`. Built only when a conversion error
 * needs it: a long article has thousands of nodes, and spelling out each one's path up front was
 * a large share of the conversion's time and garbage.
 */
type Path = string | { readonly parent: Path; readonly index: number }

const at = (parent: Path, index: number): Path => ({ parent, index })
const spell = (path: Path): string => (typeof path === 'string' ? path : `${spell(path.parent)}.${path.index}`)
const fail = (path: Path, message: string) => new RichTextConversionError(spell(path), message)

/** The node's children, checked to be nodes (the array itself is returned, not copied). */
function childrenOf(node: LexicalNode, path: Path): LexicalNode[] {
  const children = node.children ?? []
  if (!Array.isArray(children)) throw fail(path, `"${node.type}" node has no children list`)
  for (let index = 0; index < children.length; index += 1) {
    if (!isNode(children[index])) throw fail(at(path, index), 'not a rich-text node')
  }
  return children as LexicalNode[]
}

/** The id of a relationship value stored bare or populated. */
function idOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'string' || typeof id === 'number') return String(id)
  }
  return null
}

function text(node: LexicalNode): TextNode {
  const format = typeof node.format === 'number' ? node.format : 0
  const result: TextNode = { type: 'text', text: typeof node.text === 'string' ? node.text : '' }
  if (format & BOLD) result.bold = true
  if (format & ITALIC) result.italic = true
  if (format & STRIKETHROUGH) result.strikethrough = true
  if (format & UNDERLINE) result.underline = true
  if (format & CODE) result.code = true
  return result
}

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:)/i

function linkTarget(node: LexicalNode, resolver: RichTextResolver): LinkTarget | null {
  const fields = (node.fields ?? {}) as { linkType?: string; url?: unknown; newTab?: unknown; page?: unknown; doc?: { relationTo?: unknown; value?: unknown } }
  if (fields.linkType === 'page') {
    // One of the site's fixed pages; the site builds its address. A page the sites do not have keeps its words only.
    const page = SitePageSchema.safeParse(fields.page)
    return page.success ? { kind: 'page', page: page.data } : null
  }
  if (fields.linkType === 'internal') {
    const collection = fields.doc?.relationTo
    const id = idOf(fields.doc?.value)
    if (typeof collection !== 'string' || id === null) return null
    if (!resolver.isPublished(collection, id)) return null
    return { kind: 'internal', collection: collection as Extract<LinkTarget, { kind: 'internal' }>['collection'], id }
  }
  const url = typeof fields.url === 'string' ? fields.url.trim() : typeof node.url === 'string' ? node.url.trim() : ''
  // Anything that is not a web, mail or phone address (javascript:, data:, relative) is dropped.
  if (!SAFE_HREF.test(url)) return null
  return { kind: 'external', href: url, newTab: fields.newTab === true }
}

function inline(nodes: LexicalNode[], path: Path, resolver: RichTextResolver): InlineNode[] {
  const out: InlineNode[] = []
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index] as LexicalNode
    switch (node.type) {
      case 'text':
        out.push(text(node))
        break
      case 'linebreak':
        out.push({ type: 'linebreak' })
        break
      case 'tab':
        out.push({ type: 'text', text: ' ' })
        break
      case 'link':
      case 'autolink': {
        const here = at(path, index)
        const children = inline(childrenOf(node, here), here, resolver).flatMap((child) =>
          child.type === 'link' ? child.children : [child],
        )
        const target = linkTarget(node, resolver)
        // A link to something unpublished or unsafe keeps its words and loses the link.
        if (target === null) out.push(...children)
        else out.push({ type: 'link', target, children })
        break
      }
      default:
        throw fail(at(path, index), `inline node "${node.type}" is not supported by the sites`)
    }
  }
  return out
}

function list(node: LexicalNode, path: Path, resolver: RichTextResolver): ListNode {
  const result: ListNode = { type: 'list', ordered: node.listType === 'number', items: [] }
  childrenOf(node, path).forEach((item, index) => {
    const here = at(path, index)
    if (item.type !== 'listitem') throw fail(here, `list contains a "${item.type}" node`)
    const children = childrenOf(item, here)
    const nested = children.filter((child) => child.type === 'list')
    const content = children.filter((child) => child.type !== 'list')
    const sublists = nested.map((child) => list(child, here, resolver))
    const previous = result.items.at(-1)
    // Lexical stores a nested list as its own list item right after its parent item.
    if (content.length === 0 && sublists.length > 0 && previous) {
      previous.sublists = [...(previous.sublists ?? []), ...sublists]
      return
    }
    result.items.push(sublists.length > 0 ? { children: inline(content, here, resolver), sublists } : { children: inline(content, here, resolver) })
  })
  return result
}

function headingLevel(tag: unknown): 2 | 3 | 4 {
  if (tag === 'h3') return 3
  if (tag === 'h4' || tag === 'h5' || tag === 'h6') return 4
  return 2
}

function isEmptyInline(children: InlineNode[]): boolean {
  return children.every((child) => child.type === 'text' && child.text.trim() === '')
}

function tableCellInline(cell: LexicalNode, path: Path, resolver: RichTextResolver): InlineNode[] {
  const out: InlineNode[] = []
  childrenOf(cell, path).forEach((child, index) => {
    const here = at(path, index)
    const content = child.type === 'paragraph' ? inline(childrenOf(child, here), here, resolver) : inline([child], path, resolver)
    if (out.length > 0 && content.length > 0) out.push({ type: 'linebreak' })
    out.push(...content)
  })
  return out
}

function block(node: LexicalNode, path: Path, resolver: RichTextResolver): BlockNode | null {
  switch (node.type) {
    case 'paragraph': {
      const children = inline(childrenOf(node, path), path, resolver)
      return isEmptyInline(children) ? null : { type: 'paragraph', children }
    }
    case 'heading': {
      const children = inline(childrenOf(node, path), path, resolver)
      return isEmptyInline(children) ? null : { type: 'heading', level: headingLevel(node.tag), children }
    }
    case 'quote':
      return { type: 'quote', children: inline(childrenOf(node, path), path, resolver) }
    case 'list':
      return list(node, path, resolver)
    case 'horizontalrule':
      return { type: 'hr' }
    case 'upload': {
      const id = idOf(node.value)
      const media = id === null ? null : resolver.media(id)
      if (media === null) throw fail(path, `image ${id ?? '(none)'} is missing`)
      const caption = (node.fields as { caption?: unknown } | undefined)?.caption
      return typeof caption === 'string' && caption.trim() !== '' ? { type: 'image', media, caption } : { type: 'image', media }
    }
    case 'table': {
      const rows = childrenOf(node, path).map((row, r) => ({
        cells: childrenOf(row, at(path, r)).map((cell, c) => ({
          header: typeof cell.headerState === 'number' && cell.headerState !== 0,
          children: tableCellInline(cell, at(at(path, r), c), resolver),
        })),
      }))
      return rows.length === 0 ? null : { type: 'table', rows }
    }
    case 'block': {
      const fields = (node.fields ?? {}) as { blockType?: unknown; title?: unknown; faqs?: unknown; comparison?: unknown; showAdvice?: unknown }
      if (fields.blockType === 'faqGroup') {
        const faqs = (Array.isArray(fields.faqs) ? fields.faqs : [])
          .map(idOf)
          .filter((id): id is string => id !== null && resolver.isPublished('faqs', id))
        if (faqs.length === 0) return null
        return typeof fields.title === 'string' && fields.title.trim() !== '' ? { type: 'faqGroup', title: fields.title, faqs } : { type: 'faqGroup', faqs }
      }
      if (fields.blockType === 'comparisonEmbed') {
        const id = idOf(fields.comparison)
        // Blocks saved before the choice existed show the advice, like the checkbox's default.
        return id !== null && resolver.isPublished('comparisons', id) ? { type: 'comparison', comparison: id, showAdvice: fields.showAdvice !== false } : null
      }
      throw fail(path, `block "${String(fields.blockType)}" is not supported by the sites`)
    }
    default:
      throw fail(path, `node "${node.type}" is not supported by the sites`)
  }
}

/**
 * Converts a stored Lexical editor state into the snapshot's rich-text tree. Empty paragraphs
 * are dropped; links, FAQ groups and comparisons that point at unpublished documents keep
 * their text but lose the reference, so a published page never links to a draft.
 */
export function lexicalToRichText(state: unknown, resolver: RichTextResolver, path = 'root'): RichText {
  if (state === null || state === undefined) return []
  const root = (state as { root?: unknown }).root
  if (!isNode(root)) throw new RichTextConversionError(path, 'not a Lexical editor state')
  const out: BlockNode[] = []
  const children = childrenOf(root, path)
  for (let index = 0; index < children.length; index += 1) {
    const node = block(children[index] as LexicalNode, at(path, index), resolver)
    if (node !== null) out.push(node)
  }
  return out
}

/**
 * The media ids {@link lexicalToRichText} asks its resolver for: those of the upload nodes at
 * the top level of the body, the only place the sites show images (an upload anywhere else
 * fails the conversion whatever it points at). Lets a caller fetch every image a set of
 * bodies needs in one query before converting them, without walking each whole tree.
 */
export function richTextMediaIds(state: unknown): string[] {
  const children = (state as { root?: { children?: unknown } } | null | undefined)?.root?.children
  if (!Array.isArray(children)) return []
  const ids: string[] = []
  for (const node of children) {
    if (isNode(node) && node.type === 'upload') {
      const id = idOf(node.value)
      if (id !== null) ids.push(id)
    }
  }
  return ids
}
