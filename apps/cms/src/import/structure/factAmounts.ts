/*
 * Cost ranges and session lengths in a sentence ("$45-$120", "between $50 and $150",
 * "20 to 40 minutes"), with where each was found, so the caller can tell which therapy it is about.
 */

/** A value found in a sentence, and the offset it starts at. */
export interface Found<T> {
  value: T
  index: number
}

export interface CostValue {
  minCents: number
  maxCents: number
}

export interface SessionLengthValue {
  minMinutes: number
  maxMinutes: number
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`
const DASH = String.raw`(?:-|–|—|to)`
// "and" joins the ends of a range only after "between": "$50 and $70" alone are two prices.
const COST_RANGE = new RegExp(
  String.raw`(?:between\s+\$\s?(${NUMBER})\s*(?:and|${DASH})|\$\s?(${NUMBER})\s*${DASH})\s*\$?\s?(${NUMBER})(?![\d%])(?!\s*(?:%|percent|off\b))`,
  'gi',
)
const COST_PER_SESSION = new RegExp(String.raw`\$\s?(${NUMBER})(?!\s*(?:-|–|—|to|and)\s*\$?\d)\s*(?:per|a|an|each|for (?:a|an|one|each))\s+(?:session|visit|treatment|appointment)`, 'gi')
const COST_ANY = new RegExp(String.raw`\$\s?(${NUMBER})(?![\d%])`, 'g')
/** Money that is not what a session costs: copays, deductibles, discounts, gift cards. */
const NOT_A_PRICE = /\b(?:co-?pays?|deductibles?|discounts?|coupons?|gift cards?|savings?|rebates?|deposits?|refunds?)\b|\$\s?\d[\d,.]*\s*off\b/i

const cents = (amount: string) => Math.round(Number.parseFloat(amount.replace(/,/g, '')) * 100)

/**
 * Costs in a sentence: dollar ranges ("$45-$120", "$60–$140 per session", "between $50 and
 * $150") and single prices per session ("$85 per session"). `anyAmount` also takes a lone amount,
 * for cells of a comparison row that is about cost. Sentences about copays, deductibles and
 * discounts give none.
 */
export function findCosts(sentence: string, { anyAmount = false } = {}): Found<CostValue>[] {
  if (NOT_A_PRICE.test(sentence)) return []
  const found: Found<CostValue>[] = []
  for (const match of sentence.matchAll(COST_RANGE)) {
    const minCents = cents(match[1] ?? match[2] ?? '')
    const maxCents = cents(match[3] ?? '')
    if (minCents <= maxCents) found.push({ value: { minCents, maxCents }, index: match.index })
  }
  const ranges = [...found]
  // The upper end of a range ("$150" of "$50-$150") is no price of its own.
  const inRange = (index: number) => ranges.some((range) => range.index <= index && index < range.index + 40)
  for (const match of sentence.matchAll(anyAmount ? COST_ANY : COST_PER_SESSION)) {
    if (inRange(match.index)) continue
    const amount = cents(match[1] ?? '')
    found.push({ value: { minCents: amount, maxCents: amount }, index: match.index })
  }
  return found.sort((a, b) => a.index - b.index)
}

const SESSION = /\b(?:sessions?|appointments?|visits?|treatments?)\b/i
/** Minutes that are not a session's length: how long needles stay in, a wait, soreness. */
const NOT_A_SESSION = /\b(?:needles?\s+(?:stay|remain|are left|are kept|sit)|left in|wait(?:ing)?|soreness|sore|ice|warm-?up)\b/i
const MINUTES = String.raw`(?:minutes?|mins?)\b`
const MINUTE_RANGE = new RegExp(String.raw`(?:between\s+(\d{1,3})\s*(?:and|${DASH})|(\d{1,3})\s*${DASH})\s*(\d{1,3})[\s-]*${MINUTES}`, 'gi')
const MINUTE_SESSION = new RegExp(String.raw`(?<![\d–-]\s*|to\s+)(\d{1,3})[\s-]*(?:minutes?|min)\s+(?:sessions?|appointments?|visits?|treatments?)\b`, 'gi')
const SESSION_LASTS = new RegExp(
  String.raw`\b(?:sessions?|appointments?|visits?|treatments?)\s+(?:usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?(?:lasts?|takes?|runs?)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?(?:(\d{1,3})\s*${MINUTES}(?!\s*${DASH})|(an?|one)\s+hour\b)`,
  'gi',
)

const plausible = (min: number, max: number) => min >= 1 && min <= max && max <= 240

/**
 * Session lengths in a sentence that speaks of sessions (appointments, visits, treatments):
 * minute ranges ("20 to 40 minutes", "15–30 min") and single lengths ("a 30-minute session",
 * "sessions last about an hour"). `anyMention` drops the need for a session word, for cells of a
 * comparison row that is about session length.
 */
export function findSessionLengths(sentence: string, { anyMention = false } = {}): Found<SessionLengthValue>[] {
  if (NOT_A_SESSION.test(sentence) || (!anyMention && !SESSION.test(sentence))) return []
  const found: Found<SessionLengthValue>[] = []
  for (const match of sentence.matchAll(MINUTE_RANGE)) {
    const min = Number(match[1] ?? match[2])
    const max = Number(match[3])
    if (plausible(min, max)) found.push({ value: { minMinutes: min, maxMinutes: max }, index: match.index })
  }
  const ranges = [...found]
  const single = (index: number, minutes: number) => {
    if (plausible(minutes, minutes) && !ranges.some((range) => range.index <= index && index < range.index + 30) && !found.some((other) => other.index === index)) {
      found.push({ value: { minMinutes: minutes, maxMinutes: minutes }, index })
    }
  }
  for (const match of sentence.matchAll(MINUTE_SESSION)) single(match.index, Number(match[1]))
  for (const match of sentence.matchAll(SESSION_LASTS)) single(match.index, match[2] ? 60 : Number(match[1]))
  if (anyMention && found.length === 0) {
    for (const match of sentence.matchAll(new RegExp(String.raw`(\d{1,3})\s*${MINUTES}`, 'gi'))) single(match.index, Number(match[1]))
  }
  return found.sort((a, b) => a.index - b.index)
}
