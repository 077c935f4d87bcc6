import { type ImportBlockNode, ImportedPostSchema } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { findClinicStructure } from './findClinicStructure'
import { conditions, h, image, link, p, table, therapies, ul } from './testNodes'

/** A comparison post as a WordPress block theme would give it, after conversion. */
const comparisonPost: ImportBlockNode[] = [
  p('Both treat sore muscles, in different ways.'),
  h(2, 'What is dry needling?'),
  p('Thin solid needles go into trigger points. Dry needling (DN) is not offered in Oregon or California.'),
  image(0),
  table([
    ['Feature', 'Dry Needling', 'Massage'],
    ['Tool used', 'Filament needles', 'Hands'],
    ['Typical cost', '$50–$150', '$60–$140'],
    ['Practitioner', 'Physical therapist'],
  ]),
  h(2, 'When to choose dry needling'),
  p('For a stubborn knot that massage has not released.'),
  h(2, 'When massage is the better choice'),
  p('For overall tension and relaxation.'),
  h(2, 'Can they be combined?'),
  p('Yes. Massage warms the tissue first.'),
  h(2, 'Sciatica'),
  p('DN sessions last 15–30 min and can reach the piriformis.'),
  h(2, 'FAQs'),
  h(3, 'Does dry needling hurt?'),
  p('Side effects include soreness and bruising.'),
  h(3, 'Is massage safe for everyone?'),
  p('Massage is not advised for people with blood clots or open wounds.'),
  h(2, 'About our clinic'),
  p('Sessions cost $45-$120.'),
  p('Ready to start? ', link('Request an appointment', 'https://old-clinic.example/request/')),
]

const input = {
  body: comparisonPost,
  title: 'Dry needling vs. massage: which one fits you?',
  jsonLd: [],
  therapies,
  conditions,
  oldOrigins: ['https://old-clinic.example'],
}

describe('findClinicStructure', () => {
  it('turns a comparison post into a comparison, an FAQ block, proposals and the site\'s own call to action', () => {
    const structure = findClinicStructure(input)

    expect(structure.comparisons).toEqual([
      {
        therapies: ['Dry needling', 'Massage therapy'],
        rows: [
          { label: 'Tool used', values: ['Filament needles', 'Hands'] },
          { label: 'Typical cost', values: ['$50–$150', '$60–$140'] },
          { label: 'Practitioner', values: ['Physical therapist', ''] },
        ],
        whenToChoose: [
          { therapy: 'Dry needling', text: 'For a stubborn knot that massage has not released.' },
          { therapy: 'Massage therapy', text: 'For overall tension and relaxation.' },
        ],
        combination: 'Yes. Massage warms the tissue first.',
        conditionGuidance: [{ condition: 'Sciatica', guidance: 'DN sessions last 15–30 min and can reach the piriformis.' }],
      },
    ])
    expect(structure.faqs).toEqual([
      { question: 'Does dry needling hurt?', answer: 'Side effects include soreness and bruising.' },
      { question: 'Is massage safe for everyone?', answer: 'Massage is not advised for people with blood clots or open wounds.' },
    ])
    expect(structure.body).toEqual([
      ...comparisonPost.slice(0, 4),
      { type: 'comparison', comparison: 0 },
      // The comparison's sections stay in the article.
      ...comparisonPost.slice(5, 13),
      { type: 'faqGroup', title: 'FAQs', faqs: [0, 1] },
      h(2, 'About our clinic'),
      p('Sessions cost $45-$120.'),
      p('Ready to start? ', { type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: [{ type: 'text', text: 'Request an appointment' }] }),
    ])
    expect(structure.therapyFacts.map(({ therapy, field, value }) => ({ therapy, field, value }))).toEqual([
      { therapy: 'Dry needling', field: 'notOfferedInStates', value: ['OR', 'CA'] },
      { therapy: 'Dry needling', field: 'sessionLength', value: { minMinutes: 15, maxMinutes: 30 } },
      { therapy: 'Dry needling', field: 'sideEffects', value: ['Soreness', 'Bruising'] },
      { therapy: 'Massage therapy', field: 'contraindications', value: ['Blood clots', 'Open wounds'] },
      { therapy: 'Dry needling', field: 'cost', value: { minCents: 5000, maxCents: 15000 } },
      { therapy: 'Massage therapy', field: 'cost', value: { minCents: 6000, maxCents: 14000 } },
    ])
    expect(structure.warnings).toEqual([
      `The comparison table's row "Practitioner" has 1 of 2 values; the missing ones were left empty.`,
      '"Sessions cost $45-$120." gives a cost but names no therapy, and its section and the post are not about a single one; it was not proposed.',
    ])
  })

  it('gives what the import report accepts', () => {
    const structure = findClinicStructure(input)
    const report = ImportedPostSchema.safeParse({
      source: 'post.html',
      sourceUrl: null,
      status: 'new',
      title: input.title,
      subtitle: null,
      slug: 'dry-needling-vs-massage',
      publishedAt: null,
      author: null,
      categories: [],
      excerpt: '',
      body: structure.body,
      faqs: structure.faqs,
      comparisons: structure.comparisons.map((comparison) => ({ ...comparison, existing: null })),
      images: [{ src: 'https://old-clinic.example/needles.jpg', alt: 'Needles', caption: '', role: 'body' }],
      therapyFacts: structure.therapyFacts,
      redirects: [],
      warnings: structure.warnings,
      written: [],
    })
    expect(report.error).toBeUndefined()
  })

  it('leaves a post without clinic structure as it is, "?" headings included', () => {
    const body = [h(2, 'What is dry needling?'), p('Thin needles into trigger points.'), h(2, 'How does it feel?'), ul('A twitch', 'A dull ache'), table([['Day', 'Hours'], ['Monday', '8–5']])]
    expect(findClinicStructure({ ...input, title: 'What is dry needling?', body })).toEqual({ body, faqs: [], comparisons: [], therapyFacts: [], warnings: [] })
  })

  it('makes a comparison without rows from an "X vs Y" post without a table, and warns that it needs rows', () => {
    const body = [h(2, 'When to choose acupuncture'), p('For stress and sleep.'), h(2, 'Using them together'), p('Some clinics offer both.')]
    const structure = findClinicStructure({ ...input, title: 'Acupuncture or dry needling?', body })
    expect(structure.comparisons).toEqual([
      { therapies: ['Acupuncture', 'Dry needling'], rows: [], whenToChoose: [{ therapy: 'Acupuncture', text: 'For stress and sleep.' }], combination: 'Some clinics offer both.', conditionGuidance: [] },
    ])
    expect(structure.body).toEqual(body)
    expect(structure.warnings).toEqual(['The post compares Acupuncture and Dry needling without a comparison table; its comparison has no attribute rows yet, and needs them before it is published.'])
  })

  it('uses FAQPage JSON-LD when the text has no FAQ section, and reads its answers for facts', () => {
    const jsonLd = [{ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'How much does acupuncture cost?', acceptedAnswer: { text: '<p>Usually $70–$150.</p>' } }] }]
    const structure = findClinicStructure({ ...input, title: 'Acupuncture or dry needling?', body: [p('Intro.')], jsonLd })
    expect(structure.body).toEqual([p('Intro.'), { type: 'faqGroup', faqs: [0] }])
    expect(structure.faqs).toEqual([{ question: 'How much does acupuncture cost?', answer: 'Usually $70–$150.' }])
    expect(structure.therapyFacts).toEqual([{ therapy: 'Acupuncture', field: 'cost', value: { minCents: 7000, maxCents: 15000 }, quote: 'Usually $70–$150.' }])
  })
})
