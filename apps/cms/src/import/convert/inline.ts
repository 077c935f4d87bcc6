import type { InlineNode, TextNode } from '@clinic/schema'
import { isElement, tagOf, TEXT_NODE } from '../dom'
import { type LinkInfo, resolveLink } from './links'
import type { ConvertState } from './state'

/*
 * Inline content (text with marks, links, line breaks) is first gathered as flat runs, then
 * spaced the way a browser would show it and grouped into the snapshot's inline nodes. Text of
 * the source only ever becomes `text` of a node: no markup passes through.
 */

export interface Marks {
  bold?: true
  italic?: true
  underline?: true
  strikethrough?: true
  code?: true
}

/** A piece of inline content, or a block found inside inline content (an image in a paragraph). */
export type Run =
  | { kind: 'text'; text: string; marks: Marks; link: LinkInfo | null; preformatted: boolean }
  /** A line break; `soft` when it only ends a block met inside inline content, so it never doubles another. */
  | { kind: 'break'; link: LinkInfo | null; soft?: boolean }
  | { kind: 'block'; element: Element }

/** Elements whose content is never text of a draft. */
export const IGNORED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'canvas', 'svg', 'math',
  'audio', 'video', 'source', 'track', 'map', 'area', 'form', 'input', 'select', 'option', 'textarea', 'button', 'dialog',
  'head', 'title', 'meta', 'link', 'base', 'nav', 'aside', 'footer', 'header', 'wbr',
])

/** Blocks that, met inside inline content, are taken out and placed after it. */
const HOISTED = new Set(['img', 'picture', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'hr', 'pre', 'details', 'dl'])
/** Blocks that, met inside inline content, only start a new line. */
const LINE_BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'dt', 'dd', 'address', 'center', 'figcaption', 'summary', 'tr'])

const SCREEN_READER_ONLY = /^(screen-reader-text|sr-only|visually-hidden|visuallyhidden|screen-reader-only)$/i

/** Whether an element is hidden or only for screen readers, so its text is not part of what readers saw. */
export function isInvisible(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true
  if ([...element.classList].some((name) => SCREEN_READER_ONLY.test(name))) return true
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase()
  return style.includes('display:none') || style.includes('visibility:hidden')
}

/** The marks an element adds: its tag (`strong`, `em`…) and bold/italic/underline/strike in its inline style. */
function marksOf(element: Element, marks: Marks): Marks {
  const tag = tagOf(element)
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase()
  const next: Marks = { ...marks }
  // Google Docs wraps whole pastes in <b style="font-weight:normal">, which is not bold.
  const notBold = /font-weight:(normal|400|300|200|100|lighter)/.test(style)
  if ((tag === 'strong' || tag === 'b') && !notBold) next.bold = true
  if (/font-weight:(bold|bolder|[6-9]00)/.test(style)) next.bold = true
  if (notBold) delete next.bold
  if (['em', 'i', 'cite', 'var', 'dfn'].includes(tag) || /font-style:(italic|oblique)/.test(style)) next.italic = true
  if (/font-style:normal/.test(style)) delete next.italic
  if (tag === 'u' || tag === 'ins' || /text-decoration[-a-z]*:[^;]*underline/.test(style)) next.underline = true
  if (tag === 's' || tag === 'strike' || tag === 'del' || /text-decoration[-a-z]*:[^;]*line-through/.test(style)) next.strikethrough = true
  if (['code', 'kbd', 'samp', 'tt', 'pre'].includes(tag)) next.code = true
  return next
}

export interface RunOptions {
  /** Take the text of buttons too (an accordion's question is often a button). */
  buttons?: boolean
}

/**
 * The runs of inline content: of the children of `node` when it is an element (the block being
 * converted: its own marks count), or of each of `node` when it is a list of loose nodes (their
 * own marks and links count too).
 */
export function collectRuns(node: Element | readonly Node[], state: ConvertState, options: RunOptions = {}): Run[] {
  const runs: Run[] = []
  const walk = (current: Node, marks: Marks, link: LinkInfo | null, preformatted: boolean) => {
    if (current.nodeType === TEXT_NODE) {
      const text = current.textContent ?? ''
      if (text !== '') runs.push({ kind: 'text', text, marks, link, preformatted })
      return
    }
    if (!isElement(current)) return
    const tag = tagOf(current)
    if ((IGNORED.has(tag) && !(tag === 'button' && options.buttons)) || isInvisible(current)) return
    if (tag === 'br') {
      runs.push({ kind: 'break', link })
      return
    }
    if (HOISTED.has(tag)) {
      runs.push({ kind: 'block', element: current })
      return
    }
    const lineBlock = LINE_BLOCKS.has(tag)
    if (lineBlock) runs.push({ kind: 'break', link: null, soft: true })
    let innerLink = link
    if (tag === 'a' && link === null) innerLink = resolveLink(current, state)
    const innerMarks = marksOf(current, marks)
    const innerPre = preformatted || tag === 'pre'
    for (const child of current.childNodes) walk(child, innerMarks, innerLink, innerPre)
    if (lineBlock) runs.push({ kind: 'break', link: null, soft: true })
  }
  if (Array.isArray(node)) {
    for (const child of node as readonly Node[]) walk(child, {}, null, false)
  } else {
    const element = node as Element
    const marks = marksOf(element, {})
    const pre = tagOf(element) === 'pre'
    for (const child of element.childNodes) walk(child, marks, null, pre)
  }
  return runs
}

const HTML_SPACE = /[ \t\n\r\f\u00a0]+/g
// Zero-width characters, as alternatives: in a character class the joiner would combine with its neighbours.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g

const sameMarks = (a: Marks, b: Marks) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && !!a.strikethrough === !!b.strikethrough && !!a.code === !!b.code

type Piece = { kind: 'text'; text: string; marks: Marks; link: LinkInfo | null } | { kind: 'break'; link: LinkInfo | null; soft?: boolean }

/**
 * Inline nodes from runs (blocks among them are ignored: split them out first with
 * {@link splitRuns}): white space collapsed as a browser shows it, no spaces or line breaks at the
 * ends, at most two line breaks in a row, neighbouring text with the same marks merged, and runs of
 * the same link grouped into one link node.
 */
export function runsToInline(runs: readonly Run[]): InlineNode[] {
  const pieces = piecesOf(runs)
  trimSpaces(pieces)
  return inlineNodes(limitBreaks(pieces))
}

/** The text and breaks of the runs, with white space as a browser reads it (preformatted lines kept). */
function piecesOf(runs: readonly Run[]): Piece[] {
  const pieces: Piece[] = []
  for (const run of runs) {
    if (run.kind === 'block') continue
    if (run.kind === 'break') {
      pieces.push({ ...run })
      continue
    }
    let text = run.text.replace(INVISIBLE, '')
    if (run.preformatted) {
      // Keep the lines of preformatted text; each line break becomes a break node.
      const lines = text.replace(/\r\n?/g, '\n').split('\n')
      lines.forEach((line, index) => {
        if (index > 0) pieces.push({ kind: 'break', link: run.link })
        if (line !== '') pieces.push({ kind: 'text', text: line.replace(/\t/g, '    '), marks: run.marks, link: run.link })
      })
      continue
    }
    text = text.replace(HTML_SPACE, ' ')
    if (text !== '') pieces.push({ kind: 'text', text, marks: run.marks, link: run.link })
  }

  return pieces
}

/** Spaces: none at the start of a line, none doubled across pieces, none at the end of a line. */
function trimSpaces(pieces: Piece[]): void {
  let lineStart = true
  let spaceBefore = false
  for (const piece of pieces) {
    if (piece.kind === 'break') {
      lineStart = true
      spaceBefore = false
      continue
    }
    if ((lineStart || spaceBefore) && piece.text.startsWith(' ')) piece.text = piece.text.slice(1)
    if (piece.text === '') continue
    lineStart = false
    spaceBefore = piece.text.endsWith(' ')
  }
  let lineEnd = true
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const piece = pieces[index] as Piece
    if (piece.kind === 'break') {
      lineEnd = true
      continue
    }
    if (lineEnd) piece.text = piece.text.replace(/ +$/, '')
    if (piece.text !== '') lineEnd = false
  }

}

/** Breaks: none at the ends, at most two in a row; empty text dropped. */
function limitBreaks(pieces: readonly Piece[]): Piece[] {
  const kept: Piece[] = []
  for (const piece of pieces) {
    if (piece.kind === 'text' && piece.text === '') continue
    if (piece.kind === 'break') {
      if (kept.length === 0) continue
      const last = kept.at(-1)
      const beforeLast = kept.at(-2)
      if (last?.kind === 'break' && (last.soft || piece.soft)) {
        if (!piece.soft) last.soft = false
        continue
      }
      if (last?.kind === 'break' && beforeLast?.kind === 'break') continue
    }
    kept.push(piece)
  }
  while (kept.at(-1)?.kind === 'break') kept.pop()
  return kept
}

/** Nodes: text with the same marks and link merged; a link's pieces grouped into one link node. */
function inlineNodes(kept: readonly Piece[]): InlineNode[] {
  const nodes: InlineNode[] = []
  type LinkChild = TextNode | { type: 'linebreak' }
  const groups: { link: LinkInfo | null; pieces: Piece[] }[] = []
  for (const piece of kept) {
    const last = groups.at(-1)
    if (last !== undefined && last.link === piece.link) last.pieces.push(piece)
    else groups.push({ link: piece.link, pieces: [piece] })
  }
  for (const group of groups) {
    const children: LinkChild[] = []
    for (const piece of group.pieces) {
      if (piece.kind === 'break') {
        children.push({ type: 'linebreak' })
        continue
      }
      const previous = children.at(-1)
      if (previous?.type === 'text' && sameMarks(previous as Marks, piece.marks)) previous.text += piece.text
      else children.push({ type: 'text', text: piece.text, ...piece.marks })
    }
    if (group.link === null) {
      nodes.push(...children)
      continue
    }
    while (children.at(-1)?.type === 'linebreak') children.pop()
    // A link without words (only spaces) is no link; its spaces stay.
    if (children.some((child) => child.type === 'text' && child.text.trim() !== '')) {
      nodes.push({ type: 'link', target: { kind: 'external', href: group.link.href, newTab: group.link.newTab }, children })
    } else {
      nodes.push(...children)
    }
  }
  // Text on both sides of a dissolved link may now be neighbours with the same marks.
  return nodes.reduce<InlineNode[]>((merged, node) => {
    const previous = merged.at(-1)
    if (node.type === 'text' && previous?.type === 'text' && sameMarks(previous as Marks, node as Marks)) previous.text += node.text
    else merged.push(node)
    return merged
  }, [])
}

/**
 * Splits runs at the blocks found among them: the inline stretches before, between and after,
 * and the blocks, in order.
 */
export function splitRuns(runs: readonly Run[]): ({ kind: 'inline'; runs: Run[] } | { kind: 'block'; element: Element })[] {
  const parts: ({ kind: 'inline'; runs: Run[] } | { kind: 'block'; element: Element })[] = []
  let current: Run[] = []
  for (const run of runs) {
    if (run.kind === 'block') {
      if (current.length > 0) parts.push({ kind: 'inline', runs: current })
      current = []
      parts.push({ kind: 'block', element: run.element })
    } else {
      current.push(run)
    }
  }
  if (current.length > 0) parts.push({ kind: 'inline', runs: current })
  return parts
}

/** Whether inline nodes say anything (not only spaces and line breaks). */
export function hasText(nodes: readonly InlineNode[]): boolean {
  return nodes.some((node) => (node.type === 'text' ? node.text.trim() !== '' : node.type === 'link' ? hasText(node.children) : false))
}

/** Removes the bold mark from inline nodes (header cells are bold already). */
export function withoutBold(nodes: readonly InlineNode[]): InlineNode[] {
  return nodes.map((node) => {
    if (node.type === 'text') {
      const copy = { ...node }
      delete copy.bold
      return copy
    }
    if (node.type === 'link') return { ...node, children: withoutBold(node.children) as typeof node.children }
    return node
  })
}
