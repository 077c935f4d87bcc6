/** A run of excerpt text, and whether it matched the query. */
export interface ExcerptPart {
  text: string
  marked: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the character references Pagefind writes into excerpts (named, decimal and hex). */
function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/**
 * Splits a Pagefind excerpt (page text with its markup escaped and the matches wrapped in
 * `<mark>`) into plain-text parts. The page renders each part as a text node, inside `<mark>`
 * when it matched: nothing of the excerpt is ever parsed as HTML, so text an editor typed
 * cannot become markup on the search page, whatever Pagefind's escaping does.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let marked = false
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true
    else if (piece === '</mark>') marked = false
    else if (piece !== '') {
      // Anything else tag-like is not Pagefind's: drop it as markup, keep no part of it.
      const text = decode(piece.replace(/<[^>]*>/g, ''))
      const last = parts.at(-1)
      if (last !== undefined && last.marked === marked) last.text += text
      else parts.push({ text, marked })
    }
  }
  return parts.filter((part) => part.text !== '')
}
