import { normalizeForMatch, tidy } from './text'

/** Something the network knows by name: a therapy (with its aliases) or a condition. */
export interface KnownName {
  name: string
  /** Other names for it, compared case-insensitively. */
  aliases: readonly string[]
}

/** Where a known name is mentioned in a text. */
export interface NameMention {
  /** The name as the network knows it (an alias resolved). */
  name: string
  /** Offset of the first character of the mention. */
  index: number
  /** Offset just after the mention. */
  end: number
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A term as a pattern: spaces and hyphens interchangeable, an optional plural ending. */
const termPattern = (term: string) =>
  tidy(term)
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+') + '(?:e?s)?'

const BEFORE = '(?<![\\p{L}\\p{N}])'
const AFTER = '(?![\\p{L}\\p{N}])'

/** Comparison noise around a therapy's name in a table header: "vs.", "(DN)", footnote marks. */
const LABEL_NOISE = [/\([^)]*\)/g, /^(?:vs\.?|versus|v\.)\s+/i, /\s+(?:vs\.?|versus|v\.)$/i, /[*†‡¹²³:;,.!?]+$/, /^[*†‡:;,.!?]+/]

/**
 * Finds what the network knows by name (its therapies, its conditions) in text: by names and
 * aliases (case-insensitive, with spaces and hyphens alike and plurals), and by abbreviations a
 * post defines ("Dry needling (DN)"), which match only in capitals.
 */
export class KnownNames {
  private readonly byTerm = new Map<string, string>()
  private readonly pattern: RegExp | null
  private readonly abbreviationPattern: RegExp | null

  constructor(
    readonly known: readonly KnownName[],
    private readonly abbreviations: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const entry of known) {
      for (const term of [entry.name, ...entry.aliases]) {
        const key = this.key(term)
        // A name wins over another entry's alias of the same words.
        if (key !== '' && (!this.byTerm.has(key) || term === entry.name)) this.byTerm.set(key, entry.name)
      }
    }
    // Longest terms first, so "Massage therapy" is one mention rather than "Massage" and a rest.
    const terms = [...this.byTerm.keys()].sort((a, b) => b.length - a.length)
    this.pattern = terms.length ? new RegExp(`${BEFORE}(?:${terms.map(termPattern).join('|')})${AFTER}`, 'giu') : null
    const codes = [...abbreviations.keys()].sort((a, b) => b.length - a.length)
    this.abbreviationPattern = codes.length ? new RegExp(`${BEFORE}(?:${codes.map(escape).join('|')})s?${AFTER}`, 'gu') : null
  }

  private key(term: string): string {
    return normalizeForMatch(term).replace(/-/g, ' ')
  }

  private lookup(matched: string): string | undefined {
    const key = this.key(matched)
    return this.byTerm.get(key) ?? this.byTerm.get(key.replace(/s$/, '')) ?? this.byTerm.get(key.replace(/es$/, ''))
  }

  /** Every mention of a known name in `text`, in order, without overlaps. */
  mentions(text: string): NameMention[] {
    const found: NameMention[] = []
    if (this.pattern) {
      for (const match of text.matchAll(this.pattern)) {
        const name = this.lookup(match[0])
        if (name) found.push({ name, index: match.index, end: match.index + match[0].length })
      }
    }
    if (this.abbreviationPattern) {
      for (const match of text.matchAll(this.abbreviationPattern)) {
        const name = this.abbreviations.get(match[0]) ?? this.abbreviations.get(match[0].replace(/s$/, ''))
        const overlaps = found.some((mention) => match.index < mention.end && mention.index < match.index + match[0].length)
        if (name && !overlaps) found.push({ name, index: match.index, end: match.index + match[0].length })
      }
    }
    return found.sort((a, b) => a.index - b.index)
  }

  /** The distinct names mentioned in `text`, in order of first mention. */
  mentioned(text: string): string[] {
    return [...new Set(this.mentions(text).map((mention) => mention.name))]
  }

  /**
   * The one known name a short label stands for, such as a table's column header ("Dry Needling
   * (DN)", "vs. Massage", "Sports massage"), or null when it names none or several ("Feature",
   * "Dry needling vs. massage").
   */
  label(text: string): string | null {
    let stripped = tidy(text)
    for (const noise of LABEL_NOISE) stripped = tidy(stripped.replace(noise, ''))
    if (stripped === '') return null
    const exact = this.lookup(stripped)
    if (exact) return exact
    const named = this.mentioned(stripped)
    const words = stripped.split(' ').length
    return named.length === 1 && words <= 5 ? (named[0] ?? null) : null
  }

  /**
   * These names plus the abbreviations `texts` define right after a known name, in capitals and
   * parentheses: "Dry needling (DN)" makes "DN" name dry needling in the rest of the post.
   */
  withAbbreviationsFrom(texts: readonly string[]): KnownNames {
    const abbreviations = new Map(this.abbreviations)
    for (const text of texts) {
      for (const mention of this.mentions(text)) {
        const defined = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(mention.end))?.[1]
        if (defined && !this.lookup(defined)) abbreviations.set(defined, mention.name)
      }
    }
    return abbreviations.size === this.abbreviations.size ? this : new KnownNames(this.known, abbreviations)
  }
}
