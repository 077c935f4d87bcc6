import type { ImportBlockNode, ImportTherapyFact, ListNode } from '@clinic/schema'
import { findCosts, findSessionLengths } from './factAmounts'
import { type HealthTopic, findContraindications, findSideEffects, findTopicItems, healthTopic } from './factLists'
import { findStatesNotOffered } from './factStates'
import type { KnownNames } from './knownNames'
import { inlinePlain, leadingBold, sentences } from './text'

/** A text to read facts from, and the therapy its section (or FAQ question) is about, if exactly one. */
export interface FactText {
  text: string
  about: string | null
  /** What its section's heading says it is about ("Who should avoid dry needling?"), if a health topic. */
  topic?: HealthTopic | null
  /** Whether the text is a list item, which under a health topic is one item of it. */
  listItem?: boolean
}

type Field = ImportTherapyFact['field']

/** How a warning names what was found. */
const FIELD_WORDS: Record<Field, string> = {
  notOfferedInStates: 'states where a therapy is not offered',
  cost: 'a cost',
  sessionLength: 'a session length',
  contraindications: 'contraindications',
  sideEffects: 'side effects',
}

/** A fact found in a sentence, before it is known which therapy it is about. */
interface Candidate {
  field: Field
  /** Where in the sentence it was found, to pick the therapy named nearest before it. */
  index: number
  fact: (therapy: string, quote: string) => ImportTherapyFact
}

function candidates(sentence: string, exclude: readonly string[], unit: FactText): Candidate[] {
  const found: Candidate[] = [
    ...findStatesNotOffered(sentence).map(({ value, index }): Candidate => ({
      field: 'notOfferedInStates',
      index,
      fact: (therapy, quote) => ({ therapy, field: 'notOfferedInStates', value, quote }),
    })),
    ...findCosts(sentence).map(({ value, index }): Candidate => ({ field: 'cost', index, fact: (therapy, quote) => ({ therapy, field: 'cost', value, quote }) })),
    ...findSessionLengths(sentence).map(({ value, index }): Candidate => ({
      field: 'sessionLength',
      index,
      fact: (therapy, quote) => ({ therapy, field: 'sessionLength', value, quote }),
    })),
    ...findContraindications(sentence, exclude).map(({ value, index }): Candidate => ({
      field: 'contraindications',
      index,
      fact: (therapy, quote) => ({ therapy, field: 'contraindications', value, quote }),
    })),
    ...findSideEffects(sentence, exclude).map(({ value, index }): Candidate => ({
      field: 'sideEffects',
      index,
      fact: (therapy, quote) => ({ therapy, field: 'sideEffects', value, quote }),
    })),
  ]
  const topic = unit.topic
  if (!topic || found.some((candidate) => candidate.field === topic)) return found
  const items = findTopicItems(sentence, topic, { listItem: unit.listItem, exclude })
  return [
    ...found,
    ...items.map(({ value, index }): Candidate => ({
      field: topic,
      index,
      fact: (therapy, quote) => (topic === 'contraindications' ? { therapy, field: 'contraindications', value, quote } : { therapy, field: 'sideEffects', value, quote }),
    })),
  ]
}

const only = (names: readonly string[]) => (names.length === 1 ? (names[0] ?? null) : null)

function listItemTexts(list: ListNode): string[] {
  return list.items.flatMap((item) => [inlinePlain(item.children), ...(item.sublists ?? []).flatMap(listItemTexts)])
}

/**
 * The texts of a body to read facts from, each with the therapy its section is about: the
 * nearest heading (or bold lead-in such as an FAQ's bold question) that names a therapy decides,
 * when it names exactly one; the nearest heading also says whether the section is about who
 * should avoid a therapy or its side effects. A paragraph ending in ":" before a list is read
 * together with the list's items ("…not advised for: a; b; c").
 */
export function factTexts(body: readonly ImportBlockNode[], names: KnownNames): FactText[] {
  const headings: { level: number; named: string[]; topic: HealthTopic | null }[] = []
  let leadIn: string[] | null = null
  const about = () => {
    for (const named of [leadIn ?? [], ...headings.map((heading) => heading.named).reverse()]) {
      if (named.length > 0) return only(named)
    }
    return null
  }
  // Only the nearest heading's topic counts: a "Side effects" h2 does not make its h3 "Cost" about side effects.
  const topic = () => headings.at(-1)?.topic ?? null
  const texts: FactText[] = []
  body.forEach((node, index) => {
    switch (node.type) {
      case 'heading':
        while ((headings.at(-1)?.level ?? 0) >= node.level) headings.pop()
        headings.push({ level: node.level, named: names.mentioned(inlinePlain(node.children)), topic: healthTopic(inlinePlain(node.children)) })
        leadIn = null
        return
      case 'paragraph': {
        const { bold, rest } = leadingBold(node.children)
        if (bold !== '' && (bold.endsWith('?') || rest.every((child) => child.type !== 'link' && inlinePlain([child]) === ''))) leadIn = names.mentioned(bold)
        let text = inlinePlain(node.children)
        const next = body[index + 1]
        if (text.endsWith(':') && next?.type === 'list') text = `${text} ${listItemTexts(next).join('; ')}`
        texts.push({ text, about: about(), topic: topic() })
        return
      }
      case 'quote':
        texts.push({ text: inlinePlain(node.children), about: about(), topic: topic() })
        return
      case 'list':
        for (const item of listItemTexts(node)) texts.push({ text: item, about: about(), topic: topic(), listItem: true })
        return
      default:
        return
    }
  })
  return texts
}

/** What makes two proposals the same (therapy, field and value; list items in any order and case), so each is made once. */
export function factKey(fact: Pick<ImportTherapyFact, 'therapy' | 'field' | 'value'>): string {
  const value = Array.isArray(fact.value) ? fact.value.map((item) => String(item).toLowerCase()).sort() : fact.value
  return JSON.stringify([fact.therapy, fact.field, value])
}

/**
 * Facts about therapies in `texts`, as proposals for an editor: states where a therapy is not
 * offered, cost ranges, session lengths, contraindications and side effects, each with the
 * sentence it came from. A fact belongs to the therapy its sentence names (the nearest mention
 * before it when several are named); in a sentence naming none, to the one therapy the previous
 * sentence named, else the one its section is about, else the one the post's title names. With
 * none of those it is not proposed, and a warning quotes it. The same fact is proposed once.
 */
export function findTherapyFacts(
  texts: readonly FactText[],
  names: KnownNames,
  titleTherapies: readonly string[],
): { facts: ImportTherapyFact[]; warnings: string[] } {
  const exclude = names.known.flatMap((entry) => [entry.name, ...entry.aliases])
  const titleTherapy = only(titleTherapies)
  const facts: ImportTherapyFact[] = []
  const warnings: string[] = []
  const seen = new Set<string>()
  for (const unit of texts) {
    const { text, about } = unit
    let previous: string | null = null
    for (const sentence of sentences(text)) {
      const mentions = names.mentions(sentence)
      const named = [...new Set(mentions.map((mention) => mention.name))]
      for (const { field, index, fact } of candidates(sentence, exclude, unit)) {
        const nearest = mentions.filter((mention) => mention.index < index).at(-1) ?? mentions.find((mention) => mention.index >= index)
        const therapy = named.length > 0 ? (only(named) ?? nearest?.name ?? null) : (previous ?? about ?? titleTherapy)
        if (!therapy) {
          const warning = `"${sentence}" gives ${FIELD_WORDS[field]} but names no therapy, and its section and the post are not about a single one; it was not proposed.`
          if (!warnings.includes(warning)) warnings.push(warning)
          continue
        }
        const proposal = fact(therapy, sentence)
        if (seen.has(factKey(proposal))) continue
        seen.add(factKey(proposal))
        facts.push(proposal)
      }
      if (named.length > 0) previous = only(named)
    }
  }
  return { facts, warnings }
}
