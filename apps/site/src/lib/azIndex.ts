import type { Routes } from './routes'
import type { SiteData } from './siteIndex'

/** What an A–Z entry leads to, as the index labels it. */
export type AzKind = 'Article' | 'Therapy' | 'Condition' | 'Clinic'

/** One page in the A–Z index. */
export interface AzEntry {
  name: string
  href: string
  kind: AzKind
}

/** The entries under one letter; `#` holds names that do not start with a letter A–Z. */
export interface AzGroup {
  letter: string
  /** A fragment id for the letter's heading (`az-a`, `az-other`). */
  id: string
  entries: AzEntry[]
}

/** The letter a name is filed under: its first letter without accents, or `#`. */
function letterOf(name: string): string {
  const first = name.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase()
  return /^[A-Z]$/.test(first) ? first : '#'
}

/**
 * Every article, therapy, condition and clinic of the brand, by first letter (`#` last) and by
 * name within a letter: what a visitor without JavaScript gets on the search page instead of
 * the search, so that no page is reachable only through it.
 */
export function azIndex(site: Pick<SiteData, 'articles' | 'therapies' | 'conditions' | 'clinics'>, r: Routes): AzGroup[] {
  const entries: AzEntry[] = [
    ...site.articles.map((article) => ({ name: article.title, href: r.article(article.slug), kind: 'Article' as const })),
    ...site.therapies.map((therapy) => ({ name: therapy.name, href: r.therapy(therapy.slug), kind: 'Therapy' as const })),
    ...site.conditions.map((condition) => ({ name: condition.name, href: r.condition(condition.slug), kind: 'Condition' as const })),
    ...site.clinics.map((clinic) => ({ name: clinic.name, href: r.location(clinic.slug), kind: 'Clinic' as const })),
  ]
  const byLetter = new Map<string, AzEntry[]>()
  for (const entry of entries) {
    const letter = letterOf(entry.name)
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry])
  }
  return [...byLetter.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({
      letter,
      id: letter === '#' ? 'az-other' : `az-${letter.toLowerCase()}`,
      entries: list.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.kind.localeCompare(b.kind)),
    }))
}
