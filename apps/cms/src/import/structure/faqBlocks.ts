import type { ImportBlockNode, ImportFaq } from '@clinic/schema'
import { readFaqSection } from './faqSections'
import { sectionEnd } from './sections'
import { blocksPlain, inlinePlain, normalizeForMatch } from './text'

/** The body with its FAQs as FAQ blocks, and the FAQs they point to. */
export interface FaqBlocks {
  body: ImportBlockNode[]
  faqs: ImportFaq[]
  /** FAQs of the page's JSON-LD that the text does not show; read for therapy facts too. */
  fromJsonLdOnly: ImportFaq[]
  warnings: string[]
}

const questionKey = (question: string) => normalizeForMatch(question).replace(/[?.!:\s]+$/, '')

/** FAQs by question, so the same question asked twice (in two sections, or in the text and the JSON-LD) is one FAQ. */
class FaqList {
  readonly faqs: ImportFaq[] = []
  private readonly byQuestion = new Map<string, number>()

  has(question: string): boolean {
    return this.byQuestion.has(questionKey(question))
  }

  add(faq: ImportFaq): number {
    const key = questionKey(faq.question)
    const existing = this.byQuestion.get(key)
    if (existing !== undefined) return existing
    this.faqs.push(faq)
    this.byQuestion.set(key, this.faqs.length - 1)
    return this.faqs.length - 1
  }
}

/**
 * Runs of question headings in the body that the JSON-LD's questions match (an accordion
 * converted to headings, without an FAQ heading above it): each run becomes an FAQ block with
 * the body's answers.
 */
function replaceMatchedQuestions(body: readonly ImportBlockNode[], questions: ReadonlySet<string>, list: FaqList): ImportBlockNode[] | null {
  const result: ImportBlockNode[] = []
  let group: Extract<ImportBlockNode, { type: 'faqGroup' }> | null = null
  let matched = false
  for (let index = 0; index < body.length; ) {
    const node = body[index]
    if (node?.type === 'heading' && questions.has(questionKey(inlinePlain(node.children)))) {
      const end = sectionEnd(body, index)
      const answer = blocksPlain(body.slice(index + 1, end))
      if (answer !== '') {
        const faq = list.add({ question: inlinePlain(node.children), answer })
        if (!group) {
          group = { type: 'faqGroup', faqs: [] }
          result.push(group)
        }
        group.faqs.push(faq)
        matched = true
        index = end
        continue
      }
    }
    group = null
    if (node) result.push(node)
    index++
  }
  return matched ? result : null
}

/**
 * Replaces each FAQ section of the body (heading, questions and answers) by one FAQ block titled
 * with the section's heading, and merges the page's FAQPage JSON-LD: without an FAQ section in
 * the text, its questions take the place of matching question headings or, when none match, a
 * block at the end; with one, the text's answers win and questions only the JSON-LD has join
 * the last block, with a warning.
 */
export function replaceFaqSections(body: readonly ImportBlockNode[], jsonLdFaqs: readonly ImportFaq[]): FaqBlocks {
  const list = new FaqList()
  const warnings: string[] = []
  let result: ImportBlockNode[] = []
  let lastGroup: Extract<ImportBlockNode, { type: 'faqGroup' }> | null = null
  for (let index = 0; index < body.length; ) {
    const section = readFaqSection(body, index)
    if (!section) {
      const node = body[index]
      if (node) result.push(node)
      index++
      continue
    }
    const indices = [...new Set(section.faqs.map((faq) => list.add(faq)))]
    lastGroup = { type: 'faqGroup', title: section.title, faqs: indices }
    result.push(...section.before, lastGroup, ...section.after)
    warnings.push(...section.warnings)
    index = section.end
  }

  const missing = jsonLdFaqs.filter((faq) => !list.has(faq.question))
  let fromJsonLdOnly = missing
  if (missing.length > 0 && lastGroup) {
    for (const faq of missing) lastGroup.faqs.push(list.add(faq))
    warnings.push(
      `${missing.length} question${missing.length > 1 ? 's' : ''} of the page's FAQ data (JSON-LD) ${missing.length > 1 ? 'are' : 'is'} not in the text; added to the FAQ block "${lastGroup.title}": ${missing.map((faq) => `"${faq.question}"`).join(', ')}.`,
    )
  } else if (missing.length > 0) {
    const replaced = replaceMatchedQuestions(result, new Set(missing.map((faq) => questionKey(faq.question))), list)
    if (replaced) result = replaced
    fromJsonLdOnly = missing.filter((faq) => !list.has(faq.question))
    const rest = fromJsonLdOnly.map((faq) => list.add(faq))
    if (rest.length > 0) {
      const groups = result.filter((node) => node.type === 'faqGroup')
      const last = groups.at(-1)
      if (last) last.faqs.push(...rest)
      else result.push({ type: 'faqGroup', faqs: rest })
    }
  }
  return { body: result, faqs: list.faqs, fromJsonLdOnly, warnings }
}
