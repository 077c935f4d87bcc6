import type { ImportBlockNode } from '@clinic/schema'
import { isCallToActionParagraph } from './callToAction'
import type { KnownNames } from './knownNames'
import { sectionEnd } from './sections'
import { blocksPlain, inlinePlain } from './text'

/** The parts of a comparison post that say when to choose which therapy, and whether to combine them. */
export interface ComparisonSections {
  whenToChoose: { therapy: string; text: string }[]
  combination: string | null
  conditionGuidance: { condition: string; guidance: string }[]
}

const COMBINATION = /\b(?:combin\w*|together|both|alongside|pair(?:ed|ing)?|in addition to|same (?:session|visit|day))\b/i
const CHOOSING =
  /\b(?:choose|choosing|pick|picking|go with|opt for|better (?:choice|option|fit)|right (?:choice |option )?for you|best (?:choice|option|for)|is (?:it )?better|makes? (?:more )?sense|when to (?:try|use|get|consider)|why (?:try|use|get|consider))\b/i
/** "When not to choose…", "Who should avoid…": about contraindications, not about choosing. */
const NEGATED = /\b(?:not|never|avoid\w*|without)\b|n't\b|n’t\b/i
/** "Dry needling over massage", "Massage rather than dry needling": the first one is chosen. */
const PREFERRED_OVER = /\b(?:over|instead of|rather than|than|vs\.?|versus)\b/i

/** The compared therapy a "when to choose" heading is about, or null when it is not one. */
function chosenTherapy(heading: string, names: KnownNames, compared: readonly string[]): string | null {
  if (!CHOOSING.test(heading) || NEGATED.test(heading)) return null
  const mentions = names.mentions(heading)
  const named = [...new Set(mentions.map((mention) => mention.name))]
  if (named.some((name) => !compared.includes(name))) return null
  if (named.length === 1) return named[0] ?? null
  const [first, second] = mentions
  if (named.length === 2 && first && second && PREFERRED_OVER.test(heading.slice(first.end, second.index))) return first.name
  return null
}

/** A combination heading may name the compared therapies, but no others. */
function isCombination(heading: string, names: KnownNames, compared: readonly string[]): boolean {
  return COMBINATION.test(heading) && names.mentioned(heading).every((name) => compared.includes(name))
}

/** A heading that opens one of the sections a comparison takes text from. */
type Section = { index: number } & ({ kind: 'combination' } | { kind: 'choose'; therapy: string } | { kind: 'condition'; conditions: string[] })

const append = (earlier: string | undefined, text: string) => (earlier ? `${earlier}\n\n${text}` : text)

/**
 * Finds, among the body's headings, the sections a comparison of `compared` therapies takes its
 * texts from: "When to choose X" / "When X is the better choice" (per therapy), "Can they be
 * combined?" / "Using them together", and sections whose heading names a known condition. The
 * text of each is its section's plain text (up to the next heading of its level or above, or
 * the next of these sections); several sections of one kind are joined. The body is not changed: the sections stay there too.
 */
export function findComparisonSections(
  body: readonly ImportBlockNode[],
  compared: readonly string[],
  therapyNames: KnownNames,
  conditionNames: KnownNames,
): ComparisonSections {
  const chosen = new Map<string, string>()
  const guidance = new Map<string, string>()
  let combination: string | undefined
  const sections = body.flatMap((node, index): Section[] => {
    if (node.type !== 'heading') return []
    const heading = inlinePlain(node.children)
    if (isCombination(heading, therapyNames, compared)) return [{ index, kind: 'combination' }]
    const therapy = chosenTherapy(heading, therapyNames, compared)
    if (therapy) return [{ index, kind: 'choose', therapy }]
    if (therapyNames.mentioned(heading).some((name) => !compared.includes(name))) return []
    const named = conditionNames.mentioned(heading)
    return named.length ? [{ index, kind: 'condition', conditions: named }] : []
  })
  sections.forEach((section, position) => {
    // A section's text stops at the next section of interest, even one nested in it: "Plantar
    // fasciitis" under "When to choose acupuncture" is guidance of its own, not a reason to choose.
    let end = Math.min(sectionEnd(body, section.index), sections[position + 1]?.index ?? body.length)
    // A booking button after the section's last paragraph is the article's, not part of the advice.
    while (end > section.index + 1 && isCallToActionParagraph(body[end - 1] ?? { type: 'hr' })) end--
    const text = blocksPlain(body.slice(section.index + 1, end))
    if (text === '') return
    if (section.kind === 'combination') combination = append(combination, text)
    else if (section.kind === 'choose') chosen.set(section.therapy, append(chosen.get(section.therapy), text))
    else for (const condition of section.conditions) guidance.set(condition, append(guidance.get(condition), text))
  })
  return {
    // In the order of the comparison's columns, as the site shows them.
    whenToChoose: compared.flatMap((therapy) => {
      const text = chosen.get(therapy)
      return text ? [{ therapy, text }] : []
    }),
    combination: combination ?? null,
    conditionGuidance: [...guidance].map(([condition, text]) => ({ condition, guidance: text })),
  }
}
