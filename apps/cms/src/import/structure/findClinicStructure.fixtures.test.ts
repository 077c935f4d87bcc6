import { ImportBlockNodeSchema, ImportComparisonSchema, ImportFaqSchema, ImportTherapyFactSchema, type ImportBlockNode, type InlineNode } from '@clinic/schema'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { convertBody } from '../convert'
import { importFixture, TEST_LIMITS } from '../fixtures'
import { readSources } from '../read'
import type { ClinicStructure } from '../types'
import { findClinicStructure } from './findClinicStructure'
import { conditions, therapies } from './testNodes'

/*
 * The fixture corpus (tests/fixtures/import) through reading, body conversion and the structure
 * finders, as an import runs them: what each platform's post becomes.
 */

const read = readSources(
  ['wordpress-block-theme.html', 'wordpress-magazine-theme.html', 'squarespace.html', 'clinic-chain-cms.html', 'wix.html', 'wordpress-export.xml'].map(importFixture),
  TEST_LIMITS,
)

function structureOf(source: string): ClinicStructure {
  const post = read.posts.find((candidate) => candidate.source === source)
  if (!post) throw new Error(`The fixture post ${source} was not read; read: ${read.posts.map((candidate) => candidate.source).join(', ')}`)
  const oldOrigins = post.sourceUrl ? [new URL(post.sourceUrl).origin] : []
  const converted = convertBody(post.html, { oldOrigins, pageUrl: post.sourceUrl, title: post.title })
  const structure = findClinicStructure({ body: converted.body, title: post.title ?? '', jsonLd: post.jsonLd, therapies, conditions, oldOrigins })
  // Whatever a post gives must fit the import report.
  z.array(ImportBlockNodeSchema).parse(structure.body)
  z.array(ImportFaqSchema).parse(structure.faqs)
  z.array(ImportComparisonSchema).parse(structure.comparisons.map((comparison) => ({ ...comparison, existing: null })))
  z.array(ImportTherapyFactSchema).parse(structure.therapyFacts)
  return structure
}

const text = (nodes: readonly InlineNode[]): string => nodes.map((node) => (node.type === 'text' ? node.text : node.type === 'link' ? text(node.children) : ' ')).join('')

/** Headings of a body, by their text. */
const headings = (body: readonly ImportBlockNode[]) => body.flatMap((node) => (node.type === 'heading' ? [text(node.children)] : []))

/** Every link of a body's paragraphs, headings and lists: its words and where it points. */
function links(body: readonly ImportBlockNode[]): { words: string; target: string }[] {
  const found: { words: string; target: string }[] = []
  const visit = (nodes: readonly InlineNode[]) => {
    for (const node of nodes) {
      if (node.type === 'link') found.push({ words: text(node.children).trim(), target: node.target.kind === 'page' ? `page:${node.target.page}` : node.target.kind === 'external' ? node.target.href : node.target.kind })
    }
  }
  for (const node of body) {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote') visit(node.children)
    if (node.type === 'list') node.items.forEach((item) => visit(item.children))
  }
  return found
}

const facts = (structure: ClinicStructure) => structure.therapyFacts.map(({ therapy, field, value }) => ({ therapy, field, value }))

describe('findClinicStructure on the fixture corpus', () => {
  it('WordPress block theme: the comparison table becomes a comparison with its sections, and the button books on the new site', () => {
    const structure = structureOf('wordpress-block-theme.html')
    expect(structure.comparisons).toHaveLength(1)
    const [comparison] = structure.comparisons
    expect(comparison?.therapies).toEqual(['Dry needling', 'Massage therapy'])
    expect(comparison?.rows.map((row) => row.label)).toEqual(['Tool used', 'Target area', 'Mechanism', 'Sensation', 'Primary goal', 'Practitioner'])
    expect(comparison?.rows[0]?.values).toEqual(['Thin, solid filament needles', 'Hands, forearms and elbows'])
    expect(comparison?.whenToChoose.map((entry) => entry.therapy)).toEqual(['Dry needling', 'Massage therapy'])
    expect(comparison?.whenToChoose[0]?.text).toMatch(/^Pick dry needling when one spot keeps flaring up[\s\S]*\n- Pain you can point to with one finger/)
    expect(comparison?.combination).toMatch(/^Yes\. Many of our patients start with a few minutes of massage/)
    expect(comparison?.combination).not.toContain('Request an appointment')

    expect(structure.body.filter((node) => node.type === 'table')).toEqual([])
    expect(structure.body.filter((node) => node.type === 'comparison')).toEqual([{ type: 'comparison', comparison: 0 }])
    // The comparison's sections stay in the article.
    expect(headings(structure.body)).toEqual(expect.arrayContaining(['When to choose dry needling', 'When to choose massage', 'Can they be combined?']))
    expect(links(structure.body)).toContainEqual({ words: 'Request an appointment', target: 'page:request-appointment' })
    expect(links(structure.body)).toContainEqual({ words: 'trigger point primer from the Muscle Library', target: 'https://muscle-library.example/trigger-points' })
    expect(structure.faqs).toEqual([])
  })

  it('WordPress magazine theme: the FAQ section becomes an FAQ block, question headings outside it stay, and the facts are proposed', () => {
    const structure = structureOf('wordpress-magazine-theme.html')
    expect(structure.faqs.map((faq) => faq.question)).toEqual(['Does dry needling hurt?', 'How soon will I feel better?', 'Who should avoid dry needling?'])
    expect(structure.faqs[1]?.answer).toBe('Some people move more easily the same day.\n\nOthers need three or four sessions before the change lasts, especially when the problem is months old.')
    expect(structure.body.filter((node) => node.type === 'faqGroup')).toEqual([{ type: 'faqGroup', title: 'Frequently asked questions', faqs: [0, 1, 2] }])
    expect(headings(structure.body)).toEqual(['What is dry needling?', 'What does it help with?', 'How long does a session take?', 'Where can I get it?'])

    expect(facts(structure)).toEqual([
      { therapy: 'Dry needling', field: 'sessionLength', value: { minMinutes: 20, maxMinutes: 40 } },
      { therapy: 'Dry needling', field: 'cost', value: { minCents: 6000, maxCents: 14000 } },
      { therapy: 'Dry needling', field: 'notOfferedInStates', value: ['OR', 'CA'] },
      { therapy: 'Dry needling', field: 'contraindications', value: ['First trimester of pregnancy', 'Bleeding disorder', 'Active cancer treatment', 'Infection near the area to be treated'] },
    ])
    expect(structure.therapyFacts[2]?.quote).toContain('dry needling is not offered in Oregon or California')
    expect(links(structure.body)).toContainEqual({ words: 'Click here', target: 'page:locations' })
    expect(structure.comparisons).toEqual([])
  })

  it('clinic chain CMS: bold-question FAQs deduplicated with the FAQPage JSON-LD, the state notice, and its links', () => {
    const structure = structureOf('clinic-chain-cms.html')
    expect(structure.faqs.map((faq) => faq.question)).toEqual(['Can I run the day after a session?', 'How many sessions will I need?'])
    expect(structure.body.filter((node) => node.type === 'faqGroup')).toEqual([{ type: 'faqGroup', title: 'Common questions from runners', faqs: [0, 1] }])
    expect(facts(structure)).toEqual([{ therapy: 'Dry needling', field: 'notOfferedInStates', value: ['NY', 'HI'] }])
    expect(links(structure.body)).toEqual(
      expect.arrayContaining([
        { words: 'Click here', target: 'page:locations' },
        { words: 'Book a visit', target: 'page:request-appointment' },
      ]),
    )
    // The call to action after the last answer stays in the article.
    expect(structure.body.at(-1)?.type).toBe('paragraph')
    expect(structure.warnings).toEqual([])
  })

  it('Squarespace and Wix: no clinic structure, but their booking links book on the new site and the phone link stays', () => {
    for (const source of ['squarespace.html', 'wix.html']) {
      const structure = structureOf(source)
      expect({ source, faqs: structure.faqs, comparisons: structure.comparisons, facts: structure.therapyFacts }).toEqual({ source, faqs: [], comparisons: [], facts: [] })
    }
    expect(links(structureOf('squarespace.html').body)).toEqual(
      expect.arrayContaining([
        { words: 'book a visit', target: 'page:request-appointment' },
        { words: '(541) 555-0142', target: 'tel:+15415550142' },
      ]),
    )
    expect(links(structureOf('wix.html').body)).toContainEqual({ words: 'book online', target: 'page:request-appointment' })
  })

  it('WordPress export: a comparison with condition guidance and costs from its rows, an FAQ section with side effects, and a post without structure', () => {
    const comparisonPost = structureOf('wordpress-export.xml#101')
    expect(comparisonPost.comparisons).toHaveLength(1)
    const [comparison] = comparisonPost.comparisons
    expect(comparison?.therapies).toEqual(['Dry needling', 'Acupuncture'])
    expect(comparison?.whenToChoose).toEqual([
      { therapy: 'Dry needling', text: 'When one muscle keeps knotting up and limits how you move, dry needling goes straight to it.' },
      { therapy: 'Acupuncture', text: 'If stress, sleep or general wellbeing are your main concerns, acupuncture takes the wider view.' },
    ])
    expect(comparison?.conditionGuidance.map((entry) => entry.condition)).toEqual(['Plantar fasciitis', 'Back pain', 'Sciatica'])
    expect(facts(comparisonPost)).toEqual([
      { therapy: 'Dry needling', field: 'cost', value: { minCents: 5000, maxCents: 15000 } },
      { therapy: 'Acupuncture', field: 'cost', value: { minCents: 7000, maxCents: 15000 } },
    ])

    const faqPost = structureOf('wordpress-export.xml#102')
    expect(faqPost.body.filter((node) => node.type === 'faqGroup')).toEqual([{ type: 'faqGroup', title: 'FAQs about soreness', faqs: [0, 1, 2] }])
    expect(faqPost.faqs[0]).toEqual({ question: 'How long does the soreness last?', answer: 'Usually 24 to 48 hours. Gentle walking and a warm shower help it fade.' })
    expect(facts(faqPost)).toEqual([{ therapy: 'Dry needling', field: 'sideEffects', value: ['Soreness', 'Small bruises', 'Tiredness'] }])

    const plainPost = structureOf('wordpress-export.xml#103')
    expect({ faqs: plainPost.faqs, comparisons: plainPost.comparisons, facts: plainPost.therapyFacts }).toEqual({ faqs: [], comparisons: [], facts: [] })
  })
})
