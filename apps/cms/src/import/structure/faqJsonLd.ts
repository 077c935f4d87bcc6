import type { ImportFaq } from '@clinic/schema'
import { parseHTML } from 'linkedom'
import { tidy } from './text'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])

function hasType(node: Record<string, unknown>, type: string): boolean {
  return asArray(node['@type']).some((entry) => entry === type || entry === `https://schema.org/${type}` || entry === `http://schema.org/${type}`)
}

/** Every object of JSON-LD data, nested `@graph`s and arrays included. */
function objects(data: unknown, depth = 0): Record<string, unknown>[] {
  // JSON-LD of a page is a few levels deep; a deeper one is not worth following.
  if (depth > 8) return []
  if (Array.isArray(data)) return data.flatMap((entry) => objects(entry, depth + 1))
  if (!isRecord(data)) return []
  return [data, ...objects(data['@graph'], depth + 1)]
}

const BLOCK_ELEMENTS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TABLE', 'TR'])

/**
 * An answer's text: FAQPage answers often carry HTML (paragraphs, lists, links). It is parsed
 * into a detached document only to read its text, never rendered; paragraphs become blank-line
 * separated, list items "- item" lines, as in answers taken from the body.
 */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html)
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  const container = document.createElement('div')
  container.innerHTML = html
  const parts: string[] = []
  let line = ''
  const flush = (separator: string) => {
    if (tidy(line) !== '') parts.push(tidy(line), separator)
    line = ''
  }
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    if (element.tagName === 'SCRIPT' || element.tagName === 'STYLE') return
    const block = BLOCK_ELEMENTS.has(element.tagName)
    if (block) flush(element.tagName === 'LI' ? '\n' : '\n\n')
    if (element.tagName === 'LI') line = '- '
    element.childNodes.forEach(walk)
    if (block) flush(element.tagName === 'LI' ? '\n' : '\n\n')
  }
  container.childNodes.forEach(walk)
  flush('')
  return parts
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function answerOf(question: Record<string, unknown>): string {
  for (const key of ['acceptedAnswer', 'suggestedAnswer']) {
    for (const answer of asArray(question[key])) {
      if (isRecord(answer) && typeof answer.text === 'string') {
        const text = htmlToPlainText(answer.text)
        if (text !== '') return text
      }
      if (typeof answer === 'string' && tidy(answer) !== '') return htmlToPlainText(answer)
    }
  }
  return ''
}

/**
 * The questions and answers of the page's FAQPage JSON-LD (`mainEntity` of `Question`s with an
 * `acceptedAnswer`), with answers as plain text; questions without an answer are left out.
 */
export function faqsFromJsonLd(jsonLd: readonly unknown[]): ImportFaq[] {
  const faqs: ImportFaq[] = []
  for (const page of objects(jsonLd)) {
    if (!hasType(page, 'FAQPage')) continue
    for (const question of asArray(page.mainEntity)) {
      if (!isRecord(question) || typeof question.name !== 'string') continue
      const name = htmlToPlainText(question.name)
      const answer = answerOf(question)
      if (name !== '' && answer !== '') faqs.push({ question: name, answer })
    }
  }
  return faqs
}
