/**
 * A deliberately small HTML reader for checks that do not need a browser: tags with their
 * attributes, raw-text element contents, ids, text and `srcset` candidates. It handles what
 * Astro emits (quoted attributes, `<script>`/`<style>` raw text, comments); it is not a
 * general HTML parser. The page-weight measurer and the end-to-end suite both read built
 * pages with it.
 */

/** One start tag. Attribute names are lower case; values are entity-decoded. */
export interface Tag {
  name: string
  attrs: Record<string, string>
  /** Offset of the `<` in the source. */
  offset: number
}

/** A `<script>` or `<style>` element with its raw contents. */
export interface RawTextElement {
  attrs: Record<string, string>
  content: string
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the entities Astro and hand-written HTML use: named basics and numeric references. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole
  })
}

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g
// A start tag whose quoted attribute values may contain `>`.
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g
const RAW_TEXT = /<(script|style)\b((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*>([\s\S]*?)<\/\1\s*>/gi

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase()
    if (name === undefined || name in attrs) continue
    attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attrs
}

/** The source with comments removed and `<script>`/`<style>` contents blanked (tags kept). */
function markupOnly(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(RAW_TEXT, (_whole, name: string, attrs: string) => `<${name}${attrs}></${name}>`)
}

/** Every start tag in document order, outside comments and raw text. */
export function startTags(html: string): Tag[] {
  const markup = markupOnly(html)
  return [...markup.matchAll(START_TAG)].map((match) => ({
    name: (match[1] ?? '').toLowerCase(),
    attrs: parseAttributes(match[2] ?? ''),
    offset: match.index,
  }))
}

/** `<script>` elements (`name = 'script'`) or `<style>` elements with their contents. */
export function rawTextElements(html: string, name: 'script' | 'style'): RawTextElement[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '')
  return [...withoutComments.matchAll(RAW_TEXT)]
    .filter((match) => match[1]?.toLowerCase() === name)
    .map((match) => ({ attrs: parseAttributes(match[2] ?? ''), content: match[3] ?? '' }))
}

/** Every `id` in the document. */
export function elementIds(html: string): Set<string> {
  return new Set(startTags(html).flatMap((tag) => (tag.attrs.id === undefined ? [] : [tag.attrs.id])))
}

/** The text a reader sees (roughly): tags, comments and raw text removed, entities decoded. */
export function visibleText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(RAW_TEXT, ' ')
      .replace(START_TAG, ' ')
      .replace(/<\/[a-zA-Z][\w:-]*\s*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim()
}

/** The document title, entity-decoded and trimmed; undefined when there is none. */
export function documentTitle(html: string): string | undefined {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]).replace(/\s+/g, ' ').trim()
}

/** The `content` of `<meta name=…>` or `<meta property=…>`; undefined when absent. */
export function metaContent(tags: readonly Tag[], key: string): string | undefined {
  const tag = tags.find((candidate) => candidate.name === 'meta' && (candidate.attrs.name === key || candidate.attrs.property === key))
  return tag?.attrs.content
}

/** One candidate of a `srcset`: its URL and its descriptor (`640w`, `2x`, or empty). */
export interface SrcsetCandidate {
  url: string
  descriptor: string
}

/**
 * The candidates of a `srcset`, split as the HTML spec does: a URL is a run of non-whitespace
 * (commas inside it stay; trailing commas end it and its candidate), its descriptor runs to
 * the next comma.
 */
export function srcsetCandidates(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = []
  let rest = srcset
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '')
    if (rest === '') return candidates
    const url = /^\S+/.exec(rest)?.[0] ?? ''
    rest = rest.slice(url.length)
    if (/,$/.test(url)) {
      candidates.push({ url: url.replace(/,+$/, ''), descriptor: '' })
    } else {
      const comma = rest.indexOf(',')
      candidates.push({ url, descriptor: (comma === -1 ? rest : rest.slice(0, comma)).trim() })
      rest = comma === -1 ? '' : rest.slice(comma + 1)
    }
  }
}

/** The URLs in a `srcset` (`a.jpg 1x, b.jpg 2x` → `['a.jpg', 'b.jpg']`). */
export function srcsetUrls(srcset: string): string[] {
  return srcsetCandidates(srcset).map((candidate) => candidate.url)
}
