import type { Found } from './factAmounts'
import { tidy } from './text'

/*
 * Contraindications and side effects named in a sentence: a trigger ("not advised for", "should
 * avoid … if", "contraindicated in", "side effects include", "you may feel") followed by a series
 * ("a, b, or c"; "a; b; c"), or a series before a trigger ("People with a or b should avoid it";
 * "Soreness and bruising are common side effects").
 */

/** Durations that say how long an effect lasts, not what it is; "a day or two" must not split at "or". */
const DURATION =
  /\s*\b(?:for|lasting|over|within|up to)\s+(?:a|an|one|1|two|2|a few|a couple of|several|the next|\d+(?:\s*(?:-|–|to)\s*\d+)?)\s+(?:\w+\s+)?(?:days?|hours?|weeks?)\b(?:\s+or\s+(?:two|so|three|\d+))?|\s*\b(?:a|one) (?:day|hour) or (?:two|so)\b|\s*\b(?:afterwards?|after (?:the |a |your |each )?(?:session|treatment|visit|appointment)s?)\b/gi

/** Where the series ends: a reason, a condition or advice after it. */
const SERIES_END = /\s*(?:\b(?:unless|because|since|so that|without|please|ask|talk to|speak with|consult|which|that is why)\b|[–—(:]\s|\.\s).*$/i

/** Words before an item that are not part of it. */
const LEAD =
  /^(?:and|or|as well as|including|include|includes|such as|like|especially|particularly|e\.g\.|rarely|occasionally|sometimes|in rare cases|very rarely|some|a little|a bit of|any|people|persons?|patients|those|anyone|someone|individuals|women|clients|who|you['’]re|you are|you|are|is|have|has|having|with|in|during|undergoing|receiving|on|taking|your|their|an?|the|where there is|a history of|if|may|might|can|also|notice|feel|experience|get|develop)(?!\w)\s*/i

const PRONOUN = /^(?:it|this|that|them|these|those|they|one|both|either|neither|something|anything|everyone|everybody|all|most people)$/i

function cleanItem(item: string): string {
  let text = tidy(item).replace(/^[,;:\s]+|[,;:.!\s]+$/g, '')
  for (let previous = ''; previous !== text; ) {
    previous = text
    text = text.replace(LEAD, '')
  }
  return text
}

/**
 * The items of a series, cleaned ("people with bleeding disorders" → "bleeding disorders") and
 * capitalised; items of more than eight words, pronouns and names in `exclude` (the therapies)
 * are left out as not being items.
 */
export function seriesItems(text: string, exclude: readonly string[] = []): string[] {
  // "…are usually mild: soreness, bruising": a short lead-in before a colon is not an item.
  const colon = /^([^:]*):\s/.exec(text)
  const listed = colon?.[1] !== undefined && colon[1].trim().split(/\s+/).filter(Boolean).length <= 4 ? text.slice(colon[0].length) : text
  const series = listed.replace(DURATION, '').replace(SERIES_END, '')
  const excluded = new Set(exclude.map((name) => name.toLowerCase()))
  const items: string[] = []
  for (const piece of series.split(/\s*(?:;|,)\s*/)) {
    for (const part of piece.split(/\s+(?:and|or|as well as|plus)\s+/i)) {
      const item = cleanItem(part)
      const words = item.split(' ').length
      if (item === '' || !/\p{L}/u.test(item) || words > 8 || PRONOUN.test(item) || excluded.has(item.toLowerCase())) continue
      const capitalised = item.charAt(0).toUpperCase() + item.slice(1)
      if (!items.some((earlier) => earlier.toLowerCase() === capitalised.toLowerCase())) items.push(capitalised)
    }
  }
  return items
}

const AFTER_TRIGGERS: RegExp[] = [
  // "is not advised for", "isn't recommended for", "is not suitable during"
  /(?:\bnot|n['’]t)\s+(?:be\s+)?(?:advised|advisable|recommended|suitable|appropriate|safe|a good (?:fit|choice|option|idea))\s+(?:for|if|when|during|in|with)\b/i,
  // "is contraindicated in", "contraindications include", "contraindications are:"
  /\bcontra-?indicat\w*(?:\s+(?:include|includes|including|are|is|for|in|with|if|when|during))?\s*:?/i,
  // "you should avoid dry needling if you", "should not have it during"
  /\bshould\s+(?:avoid|skip|not\s+(?:have|get|receive|try|use|undergo|book))\b[^,.;:]*?\b(?:if|when|during|while|with)\b/i,
  // "avoid dry needling if you are"
  /^(?:please\s+)?avoid\b[^,.;:]*?\b(?:if|when|during|while|with)\b/i,
]

const BEFORE_TRIGGER =
  /\b(?:people|patients|anyone|those|women|individuals|clients|someone)\s+(?:with|who (?:are|have|has)|in|during|undergoing)\s+(.+?)\s+(?:should\s+(?:avoid|skip|not|wait|check)|(?:must|need to)\s+(?:avoid|skip|wait))\b/i

/** Contraindications a sentence names, with the offset of the words that introduce them. */
export function findContraindications(sentence: string, exclude: readonly string[] = []): Found<string[]>[] {
  for (const trigger of AFTER_TRIGGERS) {
    const match = trigger.exec(sentence)
    if (!match) continue
    const items = seriesItems(sentence.slice(match.index + match[0].length), exclude)
    if (items.length > 0) return [{ value: items, index: match.index }]
  }
  const before = BEFORE_TRIGGER.exec(sentence)
  const items = before?.[1] ? seriesItems(before[1], exclude) : []
  return before && items.length > 0 ? [{ value: items, index: before.index }] : []
}

/** Words of effects a treatment can leave; a "you may feel …" sentence names a side effect only with one of them. */
const EFFECT_WORDS =
  /sore|ache|aching|bruis|tired|fatigue|exhaust|twitch|bleed|dizz|faint|light-?headed|nause|infect|pain|discomfort|tender|swell|redness|cramp|headache|drows|sleepy|numb|tingl|emotional|stiff|itch|heavy|heaviness/i

const LISTED_EFFECTS =
  /\b(?:side[\s-]?effects?|after-?effects?|risks?|adverse (?:effects|reactions))\b(?:\s+(?:of|from|after|with)\s+[^,.;:]{0,40}?)?\s*(?:(?:can|may|might|could|often|usually|commonly|typically)\s+)?(?:include|includes|including|are|such as|:)\s*:?/i
const FELT_EFFECTS =
  /\b(?:you|patients|some people|many people|most people|clients|people)\s+(?:may|might|can|could|will|often|usually|commonly|sometimes|typically)\s+(?:also\s+)?(?:feel|experience|notice|have|get|develop)\b|\bit(?:['’]s| is) (?:common|normal|possible|usual) to (?:feel|experience|have|notice)\b/i
const EFFECTS_BEFORE =
  /^(.+?)\s+(?:are|is)\s+(?:the\s+)?(?:most\s+)?(?:common|possible|typical|normal|usual|expected|known)\s+(?:side[\s-]?effects?|after-?effects?|reactions?)\b/i

/** Side effects a sentence names, with the offset of the words that introduce them. */
export function findSideEffects(sentence: string, exclude: readonly string[] = []): Found<string[]>[] {
  const listed = LISTED_EFFECTS.exec(sentence)
  if (listed) {
    const items = seriesItems(sentence.slice(listed.index + listed[0].length), exclude)
    if (items.length > 0) return [{ value: items, index: listed.index }]
  }
  const felt = FELT_EFFECTS.exec(sentence)
  if (felt) {
    const items = seriesItems(sentence.slice(felt.index + felt[0].length), exclude).filter((item) => EFFECT_WORDS.test(item))
    if (items.length > 0) return [{ value: items, index: felt.index }]
  }
  const before = EFFECTS_BEFORE.exec(sentence)
  const items = before?.[1] ? seriesItems(before[1], exclude).filter((item) => EFFECT_WORDS.test(item)) : []
  return before && items.length > 0 ? [{ value: items, index: before.index }] : []
}

/** What a section is about when its heading asks who should avoid a therapy, or what its side effects are. */
export type HealthTopic = 'contraindications' | 'sideEffects'

const CONTRAINDICATION_HEADING =
  /\bwho should (?:avoid|skip|not)\b|\bwho shouldn['’]t\b|\bwhen (?:to avoid|not to)\b|\bcontra-?indicat|\bnot (?:advised|recommended|suitable|safe)\b|\bis it safe for everyone\b|\bwho (?:can['’]t|cannot)\b|\bavoid\b/i
const SIDE_EFFECT_HEADING = /\bside[\s-]?effects?\b|\bafter-?effects?\b|\brisks?\b/i

/** The health topic a heading announces ("Who should avoid dry needling?", "Side effects"), if any. */
export function healthTopic(heading: string): HealthTopic | null {
  if (CONTRAINDICATION_HEADING.test(heading)) return 'contraindications'
  if (SIDE_EFFECT_HEADING.test(heading)) return 'sideEffects'
  return null
}

const WHO = /\bif you(?:['’]re| are| have)?\b|\b(?:people|anyone|those|patients|someone) (?:with|who)\b/i

/**
 * Items of a sentence in a section about a health topic, which need no trigger of their own: a
 * list item is an item ("Bleeding disorders"); in a section about who should avoid a therapy,
 * "Tell us if you are pregnant, have a bleeding disorder…" names contraindications.
 */
export function findTopicItems(sentence: string, topic: HealthTopic, { listItem = false, exclude = [] as readonly string[] } = {}): Found<string[]>[] {
  if (listItem) {
    const items = seriesItems(sentence, exclude).filter((item) => topic === 'contraindications' || EFFECT_WORDS.test(item))
    return items.length ? [{ value: items, index: 0 }] : []
  }
  const who = topic === 'contraindications' ? WHO.exec(sentence) : null
  const items = who ? seriesItems(sentence.slice(who.index + who[0].length), exclude) : []
  return who && items.length ? [{ value: items, index: who.index }] : []
}
