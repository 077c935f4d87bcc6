import type { ImportBlockNode, ImportFaq, InlineNode } from '@clinic/schema'
import { isCallToActionParagraph } from './callToAction'
import { blocksPlain, inlinePlain, leadingBold, tidy } from './text'

/** An FAQ section of a body: where it is, its questions and answers, and what it leaves in the body. */
export interface FaqSection {
  /** Index of the section's heading. */
  start: number
  /** Index just after the section's last block. */
  end: number
  /** The section heading's text, the title of the FAQ block that replaces it. */
  title: string
  faqs: ImportFaq[]
  /** Blocks between the heading and the first question (an introduction): they stay, before the FAQ block. */
  before: ImportBlockNode[]
  /** Images and embeds found in answers, which plain-text answers cannot hold: they stay, after the FAQ block. */
  after: ImportBlockNode[]
  warnings: string[]
}

const FAQ_HEADINGS = [
  /^(?:faqs?|f\.a\.q\.?s?)(?![\p{L}])/iu, // "FAQs", "FAQ: dry needling", "FAQs about massage"
  /(?<![\p{L}])(?:faqs?|f\.a\.q\.?s?)$/iu, // "Dry needling FAQs"
  /^(?:frequently|commonly) asked questions\b/i,
  /\bfrequently asked questions$/i,
  /^(?:common|popular|top|patient|your) questions\b/i, // "Common questions", "Your questions answered"
  /^questions (?:about|on|regarding|we (?:hear|get)|(?:patients|people|clients) ask|and answers|& answers)\b/i,
  /^q ?& ?a\b/i,
  /\bq ?& ?a$/i,
]

/** Whether a heading opens an FAQ section ("FAQs", "Frequently asked questions", "Questions about …"). */
export function isFaqHeading(text: string): boolean {
  const heading = tidy(text).replace(/[:.]$/, '')
  return FAQ_HEADINGS.some((pattern) => pattern.test(heading))
}

/** A closing line that asks the reader to get in touch ("Still have questions?") rather than a question of the FAQ. */
const CLOSING = /\b(?:still have|more|any other|other|further) questions\b|^ready\b|\bcontact us\b|\bget in touch\b|\b(?:book|request|schedule) (?:an? |your )?(?:appointment|visit|session)\b/i

const isQuestionText = (text: string) => text.endsWith('?') && !CLOSING.test(text)

/** A paragraph that starts with a question in bold ("**Does it hurt?** Most people…") or after "Q:". */
function boldQuestion(children: readonly InlineNode[]): { question: string; rest: InlineNode[] } | null {
  const { bold, rest } = leadingBold(children)
  const first = rest[0]
  // "**Does it hurt**?": the question mark fell outside the bold run.
  if (bold !== '' && !bold.endsWith('?') && first?.type === 'text' && first.text.startsWith('?')) {
    const after = first.text.slice(1)
    return boldQuestion([{ type: 'text', text: `${bold}?`, bold: true }, ...(after.trim() ? [{ ...first, text: after }] : []), ...rest.slice(1)])
  }
  const question = bold.replace(/^Q\s*[:.)-]\s*/i, '')
  if (question !== '' && isQuestionText(question)) return { question, rest }
  const asked = /^Q\s*[:.)-]\s*([^?]+\?)\s*(.*)$/i.exec(inlinePlain(children))
  if (asked?.[1] && isQuestionText(tidy(asked[1]))) {
    return { question: tidy(asked[1]), rest: asked[2] ? [{ type: 'text', text: asked[2] }] : [] }
  }
  return null
}

type Mode = 'deeper' | 'same' | 'bold'

/** "A:" before an answer is the source's layout, not part of the answer. */
const answerText = (blocks: ImportBlockNode[]) => blocksPlain(blocks).replace(/^A\s*[:.)-]\s*/i, '')

/** A paragraph that closes the FAQ with a call to action ("Still have questions? Get in touch."). */
const isClosingParagraph = (node: ImportBlockNode) => isCallToActionParagraph(node) || (node.type === 'paragraph' && CLOSING.test(inlinePlain(node.children)))

/**
 * Reads the FAQ section opened by the heading at `start`, or returns null when that heading does
 * not open one or no answered question follows it. Questions are headings one level deeper (or
 * deeper, the first one fixing the level), headings of the same level that end in "?", or
 * paragraphs starting with a bold question; each answer runs to the next question. The section
 * ends at a heading of its level or above that is not a question, at a horizontal rule, or at a
 * closing call to action after the last answer, so the next ordinary section is never swallowed.
 */
export function readFaqSection(body: readonly ImportBlockNode[], start: number): FaqSection | null {
  const heading = body[start]
  if (heading?.type !== 'heading' || !isFaqHeading(inlinePlain(heading.children))) return null
  const level = heading.level
  let mode: Mode | null = null
  let questionLevel = level + 1
  const before: ImportBlockNode[] = []
  const questions: { question: string; blocks: { node: ImportBlockNode; index: number }[] }[] = []

  let index = start + 1
  for (; index < body.length; index++) {
    const node = body[index]
    if (!node || node.type === 'hr') break
    const current = questions.at(-1)
    if (node.type === 'heading') {
      const text = inlinePlain(node.children)
      const deeperQuestion: boolean = node.level > level && !CLOSING.test(text) && (mode === null || (mode === 'deeper' && node.level <= questionLevel))
      const sameLevelQuestion: boolean = node.level === level && (mode === null || mode === 'same') && isQuestionText(text)
      if (deeperQuestion || sameLevelQuestion) {
        if (mode === null) {
          mode = deeperQuestion ? 'deeper' : 'same'
          questionLevel = node.level
        }
        questions.push({ question: text, blocks: [] })
        continue
      }
      // A heading below the questions' level is part of an answer; anything else closes the section.
      if (current && mode !== 'bold' && node.level > (mode === 'same' ? level : questionLevel)) {
        current.blocks.push({ node, index })
        continue
      }
      break
    }
    const asked = node.type === 'paragraph' ? boldQuestion(node.children) : null
    if (asked) {
      mode ??= 'bold'
      questions.push({ question: asked.question, blocks: asked.rest.length ? [{ node: { type: 'paragraph', children: asked.rest }, index }] : [] })
      continue
    }
    if (current) current.blocks.push({ node, index })
    else before.push(node)
  }
  if (mode === null) return null

  // The last answer ends before a closing call to action ("Ready to feel better? Book a visit."),
  // which belongs to the article, not to the FAQ.
  const last = questions.at(-1)
  const closing = last?.blocks.findIndex((block, position) => position > 0 && isClosingParagraph(block.node)) ?? -1
  if (last && closing > 0) {
    index = last.blocks[closing]?.index ?? index
    last.blocks = last.blocks.slice(0, closing)
  }

  const faqs: ImportFaq[] = []
  const after: ImportBlockNode[] = []
  const warnings: string[] = []
  for (const { question, blocks } of questions) {
    const kept: ImportBlockNode[] = []
    for (const { node } of blocks) {
      if (node.type === 'image' || node.type === 'comparison' || node.type === 'faqGroup') {
        warnings.push(`The answer to "${question}" held ${node.type === 'image' ? 'an image' : 'an embedded block'}, which an FAQ answer cannot; it was kept in the article after the FAQ block.`)
        after.push(node)
      } else kept.push(node)
    }
    const answer = answerText(kept)
    if (answer === '') warnings.push(`The FAQ question "${question}" has no answer; it was left out.`)
    else faqs.push({ question, answer })
  }
  if (faqs.length === 0) return null
  return { start, end: index, title: inlinePlain(heading.children), faqs, before, after, warnings }
}
