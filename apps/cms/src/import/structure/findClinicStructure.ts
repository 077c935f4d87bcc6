import type { ImportBlockNode, ImportTherapyFact } from '@clinic/schema'
import type { ClinicStructure, KnownTherapy } from '../types'
import { rewriteCallsToAction } from './callToAction'
import { factsFromComparison } from './comparisonFacts'
import { findComparisonSections } from './comparisonSections'
import { readComparisonTable } from './comparisonTable'
import { replaceFaqSections } from './faqBlocks'
import { faqsFromJsonLd } from './faqJsonLd'
import { KnownNames } from './knownNames'
import { blockPlain } from './text'
import { type FactText, factKey, factTexts, findTherapyFacts } from './therapyFacts'

/** What the clinic-structure step reads: a converted body and what the network knows. */
export interface ClinicStructureInput {
  /** The converted body (`ConvertedBody.body`). */
  body: readonly ImportBlockNode[]
  /** The post's title, which may say what the post is about ("Dry needling vs. massage"). */
  title: string
  /** The page's JSON-LD objects (`SourcePost.jsonLd`), for FAQPage data. */
  jsonLd: readonly unknown[]
  /** The network's therapies, with the other names posts use for them. */
  therapies: readonly KnownTherapy[]
  /** Names of the network's conditions, for per-condition sections of a comparison post. */
  conditions: readonly string[]
  /** Origins of the old site (`ConvertContext.oldOrigins`): its booking links become the site's own. */
  oldOrigins?: readonly string[]
}

type FoundComparison = ClinicStructure['comparisons'][number]

/** Compared therapies in a title: "Dry needling vs. massage", "Acupuncture or dry needling?". */
const TITLE_COMPARISON = /\b(?:vs\.?|versus|or|and|compared (?:to|with))\b|\//i
const MAX_COMPARED = 4

/** The therapies a title compares, when it names two or more joined by "vs", "or", "and"… */
function titleComparison(title: string, names: KnownNames): string[] {
  const mentions = names.mentions(title)
  const [first, second] = mentions
  const compared = [...new Set(mentions.map((mention) => mention.name))]
  if (!first || !second || compared.length < 2 || compared.length > MAX_COMPARED) return []
  return TITLE_COMPARISON.test(title.slice(first.end, second.index)) ? compared : []
}

/**
 * Finds the clinic structure of a converted post body:
 * - tables whose header names two or more known therapies become comparisons, embedded where
 *   the table was, with the post's "when to choose", "combined" and per-condition sections;
 * - FAQ sections (and FAQPage JSON-LD) become FAQs and FAQ blocks in the body;
 * - facts about therapies in the prose (and in comparison rows) become proposals;
 * - calls to action to book or find a location point at the new site's own pages.
 * Nothing is applied to any document; the result is what the import plan and report show.
 */
export function findClinicStructure(input: ClinicStructureInput): ClinicStructure {
  const names = new KnownNames(input.therapies).withAbbreviationsFrom([input.title, ...input.body.map(blockPlain)])
  const conditionNames = new KnownNames(input.conditions.map((name) => ({ name, aliases: [] })))
  const warnings: string[] = []
  const titleTherapies = names.mentioned(input.title)
  const texts: FactText[] = factTexts(input.body, names)

  const comparisons: FoundComparison[] = []
  const withComparisons = input.body.map((node): ImportBlockNode => {
    if (node.type !== 'table') return node
    const reading = readComparisonTable(node, names)
    warnings.push(...reading.warnings)
    if (reading.kind === 'table') return node
    comparisons.push({ therapies: reading.therapies, rows: reading.rows, whenToChoose: [], combination: null, conditionGuidance: [] })
    return { type: 'comparison', comparison: comparisons.length - 1 }
  })

  const faqBlocks = replaceFaqSections(withComparisons, faqsFromJsonLd(input.jsonLd))
  warnings.push(...faqBlocks.warnings)
  for (const faq of faqBlocks.fromJsonLdOnly) {
    const named = names.mentioned(faq.question)
    texts.push({ text: faq.answer, about: named.length === 1 ? (named[0] ?? null) : null })
  }

  if (comparisons.length === 0) {
    // An "X vs Y" post without a table still compares: a comparison from its sections, without rows.
    const compared = titleComparison(input.title, names)
    const sections = compared.length ? findComparisonSections(faqBlocks.body, compared, names, conditionNames) : null
    if (sections && (sections.whenToChoose.length > 0 || sections.combination)) {
      comparisons.push({ therapies: compared, rows: [], ...sections })
      warnings.push(`The post compares ${compared.join(' and ')} without a comparison table; its comparison has no attribute rows yet, and needs them before it is published.`)
    }
  } else {
    comparisons.forEach((comparison, index) => {
      const sections = findComparisonSections(faqBlocks.body, comparison.therapies, names, conditionNames)
      comparison.whenToChoose = sections.whenToChoose
      // One combination and one set of condition sections per post: they belong to its first comparison.
      if (index === 0) {
        comparison.combination = sections.combination
        comparison.conditionGuidance = sections.conditionGuidance
      }
    })
  }

  const found = findTherapyFacts(texts, names, titleTherapies)
  warnings.push(...found.warnings)
  const therapyFacts: ImportTherapyFact[] = []
  const seen = new Set<string>()
  for (const fact of [...found.facts, ...comparisons.flatMap((comparison) => factsFromComparison(comparison.therapies, comparison.rows))]) {
    if (seen.has(factKey(fact))) continue
    seen.add(factKey(fact))
    therapyFacts.push(fact)
  }

  return {
    body: rewriteCallsToAction(faqBlocks.body, input.oldOrigins ?? []),
    faqs: faqBlocks.faqs,
    comparisons,
    therapyFacts,
    warnings,
  }
}
