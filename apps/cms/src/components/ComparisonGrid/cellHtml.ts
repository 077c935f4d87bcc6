import { BOLD, type GridInline, type GridLink, type GridText, ITALIC } from '../../collections/Comparisons/grid'

/*
 * A cell's inline nodes to and from the HTML of its editable element. The editor only ever
 * shows what these write (b, i, a, br); reading walks the element's DOM, so whatever the browser
 * made of a typed or pasted edit comes back as text, marks, links and line breaks, nothing else.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char)

const SAFE_URL = /^(https?:\/\/|mailto:|tel:)/i

function textHtml(node: GridText): string {
  let html = escapeHtml(node.text)
  if (node.format & ITALIC) html = `<i>${html}</i>`
  if (node.format & BOLD) html = `<b>${html}</b>`
  return html
}

/** The HTML an editable cell starts from. */
export function nodesToHtml(nodes: readonly GridInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return textHtml(node)
      if (node.type === 'linebreak') return '<br>'
      return `<a href="${escapeHtml(node.fields.url)}">${nodesToHtml(node.children)}</a>`
    })
    .join('')
}

function isBold(element: HTMLElement): boolean {
  if (element.tagName === 'B' || element.tagName === 'STRONG') return true
  const weight = element.style.fontWeight
  return weight === 'bold' || Number(weight) >= 600
}

const isItalic = (element: HTMLElement) => element.tagName === 'I' || element.tagName === 'EM' || element.style.fontStyle === 'italic'

/** Adjacent runs with the same marks become one; empty runs go. */
function merge(nodes: GridInline[]): GridInline[] {
  const out: GridInline[] = []
  for (const node of nodes) {
    const last = out.at(-1)
    if (node.type === 'text' && node.text === '') continue
    if (node.type === 'text' && last?.type === 'text' && last.format === node.format) {
      out[out.length - 1] = { ...last, text: last.text + node.text }
    } else {
      out.push(node)
    }
  }
  return out
}

/**
 * The inline nodes of an editable cell's DOM: bold and italic from b/strong/i/em (or their CSS),
 * links with a web, mail or phone address (others keep their words), `br` as a line break, and
 * any other element's text. A trailing `br` (what browsers leave in an emptied cell) is dropped.
 */
export function domToNodes(root: Node): GridInline[] {
  const walk = (parent: Node, format: number, inLink: boolean): GridInline[] => {
    const out: GridInline[] = []
    parent.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push({ type: 'text', text: (child.textContent ?? '').replace(/\u00a0/g, ' '), format })
        return
      }
      if (!(child instanceof HTMLElement)) return
      if (child.tagName === 'BR') {
        out.push({ type: 'linebreak' })
        return
      }
      const own = format | (isBold(child) ? BOLD : 0) | (isItalic(child) ? ITALIC : 0)
      const href = child.tagName === 'A' ? (child.getAttribute('href') ?? '').trim() : ''
      if (child.tagName === 'A' && !inLink && SAFE_URL.test(href)) {
        const children = merge(walk(child, own, true)).filter((node): node is GridLink['children'][number] => node.type !== 'link')
        if (children.length > 0) out.push({ type: 'link', fields: { url: href }, children })
        return
      }
      // A block the browser made (Enter in some browsers) starts a new line.
      if ((child.tagName === 'DIV' || child.tagName === 'P') && out.length > 0) out.push({ type: 'linebreak' })
      out.push(...walk(child, own, inLink))
    })
    return out
  }
  const nodes = merge(walk(root, 0, false))
  while (nodes.at(-1)?.type === 'linebreak') nodes.pop()
  return nodes
}
