import { parseHTML } from 'linkedom'

/*
 * The importer reads HTML with linkedom: a DOM without a browser, which runs no script and loads
 * nothing, so a page's scripts, images and frames stay inert text while it is read. Its parser
 * needs a whole document (an `html` element holding `body`), or it loses what it cannot place.
 */

const HAS_BODY = /<body[\s>]/i
const HAS_HTML = /<html[\s>]/i
const HEAD = /<head[\s>][\s\S]*?<\/head\s*>/i

/** Parses a whole saved page, adding the `html` and `body` elements it may lack. */
export function parsePage(html: string): Document {
  if (HAS_BODY.test(html)) return parseHTML(HAS_HTML.test(html) ? html : `<html>${html}</html>`).document
  const head = HEAD.exec(html)
  const rest = head ? html.slice(0, head.index) + html.slice(head.index + head[0].length) : html
  return parseHTML(`<!doctype html><html>${head?.[0] ?? '<head></head>'}<body>${rest.replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, '')}</body></html>`).document
}

/** Parses a piece of HTML (a post's content) into the body of an empty document, and returns that body. */
export function parseFragment(html: string): HTMLElement {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document.body
}

/** Element node type, without needing the global `Node` a browser would have. */
export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

/** Whether a DOM node is an element (linkedom has no global `Element` for `instanceof`). */
export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE
}

/** Lower-case tag name of an element. */
export function tagOf(element: Element): string {
  return element.localName.toLowerCase()
}

/** Text of an element with runs of white space collapsed and the ends trimmed. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\u200b|\u200c|\u200d|\ufeff/g, '').replace(/\s+/g, ' ').trim()
}
