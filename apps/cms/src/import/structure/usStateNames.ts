import { US_STATES, type UsStateCode } from '@clinic/schema'

/** A US state named in a text. */
export interface StateMention {
  code: UsStateCode
  index: number
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const NAME_TO_CODE = new Map<string, UsStateCode>(
  (Object.entries(US_STATES) as [UsStateCode, string][]).map(([code, name]) => [name.toLowerCase(), code]),
)
for (const spelling of ['washington, d.c.', 'washington d.c.', 'washington, dc', 'washington dc', 'd.c.']) NAME_TO_CODE.set(spelling, 'DC')

// Longest first: "West Virginia" before "Virginia", "Washington, D.C." before "Washington".
const NAMES = new RegExp(
  `(?<![\\p{L}])(?:${[...NAME_TO_CODE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => escape(name).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'giu',
)

// Codes only in capitals, so the words "or", "in", "me" and "ok" are not Oregon, Indiana, Maine, Oklahoma.
const CODES = new RegExp(`(?<![\\p{L}])(?:${Object.keys(US_STATES).join('|')})(?![\\p{L}])`, 'gu')

/** The states `text` names, by full name ("New York"), USPS code in capitals ("NY") or "D.C.", in order. */
export function findStates(text: string): StateMention[] {
  const found: StateMention[] = []
  const taken: [number, number][] = []
  for (const match of text.matchAll(NAMES)) {
    const code = NAME_TO_CODE.get(match[0].toLowerCase().replace(/\s+/g, ' '))
    if (!code) continue
    found.push({ code, index: match.index })
    taken.push([match.index, match.index + match[0].length])
  }
  for (const match of text.matchAll(CODES)) {
    if (taken.some(([start, end]) => match.index >= start && match.index < end)) continue
    found.push({ code: match[0] as UsStateCode, index: match.index })
  }
  return found.sort((a, b) => a.index - b.index)
}
