/*
 * A small reader of the markup this package writes, for its tests: start tags with their
 * attributes, and text. It reads what the renderers emit (double-quoted attributes, no
 * comments); it is not a general HTML parser.
 */

export interface StartTag {
  name: string
  attrs: Record<string, string>
}

const TAG = /<([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/g

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

/** Every start tag, in document order; attribute values decoded, bare attributes as `''`. */
export function startTags(html: string): StartTag[] {
  return [...html.matchAll(TAG)].map((match) => {
    const attrs: Record<string, string> = {}
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) attrs[attribute[1] ?? ''] = decode(attribute[2] ?? '')
    return { name: match[1] ?? '', attrs }
  })
}

/** The start tag with this id; throws when there is none, or more than one. */
export function tagById(html: string, id: string): StartTag {
  const found = startTags(html).filter((tag) => tag.attrs.id === id)
  if (found.length !== 1) throw new Error(`expected one element with id "${id}", found ${found.length}`)
  return found[0] as StartTag
}

/** The text a reader gets: tags dropped, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim()
}

/** The HTML of the first element that opens with `open` (e.g. `<ul class="af-summary-list"`), up to its matching close tag. */
export function elementHtml(html: string, open: string): string {
  const start = html.indexOf(open)
  if (start === -1) throw new Error(`no element opening with ${open}`)
  const name = /^<([a-z0-9]+)/.exec(open)?.[1] ?? ''
  const pattern = new RegExp(`<${name}[\\s>]|</${name}>`, 'g')
  pattern.lastIndex = start + 1
  let depth = 1
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    depth += match[0].startsWith('</') ? -1 : 1
    if (depth === 0) return html.slice(start, match.index + match[0].length)
  }
  throw new Error(`${open} is not closed`)
}
