import type { ImportBlockNode, ListItemNode, ListNode } from '@clinic/schema'
import { cleanText, isElement, parseFragment, tagOf, TEXT_NODE } from '../dom'
import type { ConvertContext, ConvertedBody } from '../types'
import { accordionTitle, isAccordionItem } from './accordions'
import { imageNode } from './images'
import { collectRuns, hasText, IGNORED, isInvisible, type Run, runsToInline, splitRuns } from './inline'
import { type ConvertState, newConvertState } from './state'
import { isLayoutTable, layoutCells, tableNode } from './tables'

/*
 * A post's HTML becomes the editor's rich text (the snapshot's nodes, with images pointing into
 * the post's own list). The walk keeps what an article needs, headings, paragraphs, lists, quotes,
 * tables, images, rules, and drops everything that runs, loads or asks for input. Attributes are
 * never copied, so inline styles and event handlers cannot survive; text only becomes text.
 */

/** Elements that hold blocks; an inline element (a `span`, an `a`) holding any of these is read as a container too. */
const BLOCK_TAGS = [
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'figure',
  'hr', 'pre', 'details', 'center', 'address', 'hgroup', 'li',
]
const BLOCK_SELECTOR = BLOCK_TAGS.join(',')

/** Compares a heading with the title, letter case and punctuation aside. */
const titleKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * Converts a post's HTML into rich-text blocks and the list of its images. Headings keep levels
 * 2–4 (an `h1` that repeats the title is dropped, another `h1` becomes level 2, `h5`/`h6` level 4);
 * links keep only http(s), mailto: and tel: addresses, and those to the old site are listed by
 * path in `oldSiteLinks`; accordions become a heading and their answer. Never throws on odd HTML.
 */
export function convertBody(html: string, ctx: ConvertContext): ConvertedBody {
  const state = newConvertState(ctx)
  const out: ImportBlockNode[] = []
  convertChildren(parseFragment(html), state, out)
  return { body: tidy(out), images: state.images, oldSiteLinks: [...state.oldSiteLinks], warnings: [...state.warnings] }
}

/** No rule at either end or twice in a row. */
function tidy(blocks: ImportBlockNode[]): ImportBlockNode[] {
  const kept: ImportBlockNode[] = []
  for (const block of blocks) {
    if (block.type === 'hr' && (kept.length === 0 || kept.at(-1)?.type === 'hr')) continue
    kept.push(block)
  }
  while (kept.at(-1)?.type === 'hr') kept.pop()
  return kept
}

/** Converts the children of a container: blocks as blocks, loose inline content as paragraphs. */
function convertChildren(parent: Element, state: ConvertState, out: ImportBlockNode[]): void {
  let loose: Node[] = []
  const flush = () => {
    if (loose.length === 0) return
    emitInline(collectRuns(loose, state), state, out, (children) => ({ type: 'paragraph', children }))
    loose = []
  }
  for (const child of [...parent.childNodes]) {
    if (child.nodeType === TEXT_NODE) {
      loose.push(child)
      continue
    }
    if (!isElement(child)) continue
    const tag = tagOf(child)
    if (IGNORED.has(tag) || isInvisible(child)) continue
    if (isBlock(child)) {
      flush()
      convertBlock(child, state, out)
    } else {
      loose.push(child)
    }
  }
  flush()
}

function isBlock(element: Element): boolean {
  const tag = tagOf(element)
  if (BLOCK_TAGS.includes(tag) || tag === 'img' || tag === 'picture' || isAccordionItem(element)) return true
  return element.querySelector(BLOCK_SELECTOR) !== null
}

/**
 * Emits inline runs: the inline stretches as nodes made by `make` (when they say anything), and
 * blocks found among them (an image inside a paragraph) as blocks of their own, in order.
 */
function emitInline(runs: Run[], state: ConvertState, out: ImportBlockNode[], make: (children: ReturnType<typeof runsToInline>) => ImportBlockNode): void {
  for (const part of splitRuns(runs)) {
    if (part.kind === 'block') {
      convertBlock(part.element, state, out)
      continue
    }
    const children = runsToInline(part.runs)
    if (hasText(children)) out.push(make(children))
  }
}

function convertBlock(element: Element, state: ConvertState, out: ImportBlockNode[], caption = ''): void {
  const tag = tagOf(element)
  if (IGNORED.has(tag) || isInvisible(element)) return

  if (isAccordionItem(element)) {
    convertAccordionItem(element, state, out)
    return
  }
  switch (tag) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      convertHeading(element, Number(tag.slice(1)), state, out)
      return
    case 'p':
    case 'address':
      emitInline(collectRuns(element, state), state, out, (children) => ({ type: 'paragraph', children }))
      return
    case 'pre':
      emitInline(collectRuns(element, state), state, out, (children) => ({ type: 'paragraph', children }))
      return
    case 'blockquote': {
      emitInline(collectRuns(element, state), state, out, (children) => ({ type: 'quote', children }))
      return
    }
    case 'ul':
    case 'ol': {
      const after: Element[] = []
      const list = listNode(element, state, after)
      if (list !== null) out.push(list)
      for (const block of after) convertBlock(block, state, out)
      return
    }
    case 'dl':
      convertDefinitionList(element, state, out)
      return
    case 'table':
      convertTable(element, state, out, caption)
      return
    case 'figure':
      convertFigure(element, state, out)
      return
    case 'img':
    case 'picture': {
      const node = imageNode(element, caption, state)
      if (node !== null) out.push(node)
      return
    }
    case 'hr':
      out.push({ type: 'hr' })
      return
    case 'br':
      return
    default:
      if ([...element.classList].includes('wp-caption')) {
        convertFigure(element, state, out)
        return
      }
      convertChildren(element, state, out)
  }
}

/** A heading at level 2–4 (the editor's levels); an h1 repeating the post's title is left out, the blocks inside it kept. */
function convertHeading(element: Element, sourceLevel: number, state: ConvertState, out: ImportBlockNode[]): void {
  const runs = collectRuns(element, state)
  const text = cleanText(element.textContent)
  if (sourceLevel === 1 && state.ctx.title && titleKey(text) === titleKey(state.ctx.title)) {
    // The title of the post, repeated in its content: the page's title is its only h1.
    for (const part of splitRuns(runs)) if (part.kind === 'block') convertBlock(part.element, state, out)
    return
  }
  const level = Math.min(4, Math.max(2, sourceLevel)) as 2 | 3 | 4
  state.lastHeadingLevel = level
  emitInline(runs, state, out, (children) => ({ type: 'heading', level, children }))
}

/** A definition list: each term a bold paragraph, each definition's content as blocks. */
function convertDefinitionList(element: Element, state: ConvertState, out: ImportBlockNode[]): void {
  for (const child of element.children) {
    const childTag = tagOf(child)
    if (childTag === 'dt') emitInline(collectRuns(child, state), state, out, (children) => ({ type: 'paragraph', children: children.map((node) => (node.type === 'text' ? { ...node, bold: true } : node)) }))
    else if (childTag === 'dd' || childTag === 'div') convertChildren(child, state, out)
  }
}

/** A data table (then the blocks found in its cells, and its caption as a paragraph), or a layout table's cells as blocks. */
function convertTable(element: Element, state: ConvertState, out: ImportBlockNode[], caption: string): void {
  if (isLayoutTable(element)) {
    for (const cell of layoutCells(element)) convertChildren(cell, state, out)
    return
  }
  const { node, blocks } = tableNode(element, state)
  if (node !== null) out.push(node)
  for (const block of blocks) convertBlock(block, state, out)
  const tableCaption = [...element.children].find((child) => tagOf(child) === 'caption')
  const text = cleanText(tableCaption?.textContent) || caption
  if (text !== '') out.push({ type: 'paragraph', children: [{ type: 'text', text }] })
}

/** Caption elements of figures: `figcaption`, and the captions of WordPress's classic editor and Squarespace. */
function captionOf(figure: Element): Element | null {
  return [...figure.children].find((child) => tagOf(child) === 'figcaption' || child.classList.contains('wp-caption-text') || child.classList.contains('image-caption-wrapper')) ?? null
}

/**
 * A figure: a single image takes its caption; a table, a quote or several images are converted
 * as they are, followed by the caption as a paragraph.
 */
function convertFigure(figure: Element, state: ConvertState, out: ImportBlockNode[]): void {
  const captionElement = captionOf(figure)
  const caption = cleanText(captionElement?.textContent)
  captionElement?.remove()
  // Images of this figure, not of figures inside it (a gallery's own figures keep their captions).
  const images = [...figure.querySelectorAll('img')].filter((image) => image.closest('figure, .wp-caption') === figure)
  const table = figure.querySelector('table')
  const [image] = images
  if (image !== undefined && images.length === 1 && table === null && figure.querySelector('blockquote') === null) {
    const picture = image.parentElement !== null && tagOf(image.parentElement) === 'picture' ? image.parentElement : image
    const node = imageNode(picture, caption, state)
    if (node !== null) out.push(node)
    picture.remove()
    // Anything else in the figure (rare: text beside the image) still counts.
    convertChildren(figure, state, out)
    return
  }
  if (table !== null && images.length === 0) {
    convertChildren(figure, state, out)
    // The caption of a figure holding a table follows the table (see convertBlock's table case).
    if (caption !== '') out.push({ type: 'paragraph', children: [{ type: 'text', text: caption }] })
    return
  }
  convertChildren(figure, state, out)
  if (caption !== '') out.push({ type: 'paragraph', children: [{ type: 'text', text: caption }] })
}

/** A heading from the accordion's question, then its answer. */
function convertAccordionItem(item: Element, state: ConvertState, out: ImportBlockNode[]): void {
  const title = accordionTitle(item)
  if (title === null) {
    if (tagOf(item) === 'details' || item.querySelector(BLOCK_SELECTOR) !== null) convertChildren(item, state, out)
    else emitInline(collectRuns(item, state), state, out, (children) => ({ type: 'paragraph', children }))
    return
  }
  const level = Math.min(4, Math.max(2, (state.lastHeadingLevel ?? 2) + 1)) as 2 | 3 | 4
  emitInline(collectRuns(title, state, { buttons: true }), state, out, (children) => ({ type: 'heading', level, children }))
  title.remove()
  convertChildren(item, state, out)
}

/** A list node; blocks that lists cannot hold (images) are added to `after`. Null when no item has text. */
function listNode(list: Element, state: ConvertState, after: Element[]): ListNode | null {
  const items: ListItemNode[] = []
  for (const child of list.children) {
    const tag = tagOf(child)
    if (tag === 'li') {
      const item = listItem(child, state, after)
      if (item !== null) items.push(item)
    } else if (tag === 'ul' || tag === 'ol') {
      // A list directly inside a list (invalid, common in pasted HTML) belongs to the item before it.
      const sublist = listNode(child, state, after)
      const previous = items.at(-1)
      if (sublist === null) continue
      if (previous) previous.sublists = [...(previous.sublists ?? []), sublist]
      else items.push({ children: [], sublists: [sublist] })
    }
  }
  return items.length === 0 ? null : { type: 'list', ordered: tagOf(list) === 'ol', items }
}

function listItem(li: Element, state: ConvertState, after: Element[]): ListItemNode | null {
  const runs: Run[] = []
  const sublists: ListNode[] = []
  for (const run of collectRuns(li, state)) {
    if (run.kind !== 'block') {
      runs.push(run)
      continue
    }
    const tag = tagOf(run.element)
    if (tag === 'ul' || tag === 'ol') {
      const sublist = listNode(run.element, state, after)
      if (sublist !== null) sublists.push(sublist)
    } else {
      after.push(run.element)
    }
  }
  const children = runsToInline(runs)
  if (!hasText(children) && sublists.length === 0) return null
  return sublists.length > 0 ? { children: hasText(children) ? children : [], sublists } : { children }
}
