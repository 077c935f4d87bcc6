import type { ImportBlockNode } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { isFaqHeading, readFaqSection } from './faqSections'
import { bold, h, hr, image, link, p, ul } from './testNodes'

describe('isFaqHeading', () => {
  it.each(['FAQs', 'FAQ', 'FAQs about dry needling', 'Dry needling FAQs', 'Frequently asked questions', 'Frequently Asked Questions:', 'Common questions', 'Common questions about massage', 'Questions about acupuncture', 'Q&A'])(
    'opens an FAQ section: %s',
    (heading) => expect(isFaqHeading(heading)).toBe(true),
  )

  it.each(['What is dry needling?', 'Have questions?', 'Questioning the evidence', 'Our FAQ-free approach to care', 'Still have questions? Get in touch'])('is an ordinary heading: %s', (heading) =>
    expect(isFaqHeading(heading)).toBe(false),
  )
})

describe('readFaqSection', () => {
  it('reads h3 questions under an h2 FAQ heading and stops at the next h2, which is not swallowed', () => {
    const body: ImportBlockNode[] = [
      h(2, 'Frequently asked questions'),
      h(3, 'Does dry needling hurt?'),
      p('Most people feel a brief ache.'),
      p('It fades within minutes.'),
      h(3, 'How many sessions will I need'),
      p('Usually three to six.'),
      ul('Acute pain: fewer', 'Chronic pain: more'),
      h(2, 'What is dry needling?'),
      p('Thin needles into trigger points.'),
    ]
    expect(readFaqSection(body, 0)).toEqual({
      start: 0,
      end: 7,
      title: 'Frequently asked questions',
      faqs: [
        { question: 'Does dry needling hurt?', answer: 'Most people feel a brief ache.\n\nIt fades within minutes.' },
        { question: 'How many sessions will I need', answer: 'Usually three to six.\n\n- Acute pain: fewer\n- Chronic pain: more' },
      ],
      before: [],
      after: [],
      warnings: [],
    })
  })

  it('reads questions at the FAQ heading\'s own level when they end in "?", and ends at the first that does not', () => {
    const body: ImportBlockNode[] = [h(2, 'FAQs'), h(2, 'Is it safe?'), p('Yes, with a trained clinician.'), h(2, 'Our clinics'), p('Three locations.')]
    const section = readFaqSection(body, 0)
    expect(section?.faqs).toEqual([{ question: 'Is it safe?', answer: 'Yes, with a trained clinician.' }])
    expect(section?.end).toBe(3)
  })

  it('reads bold questions, with the answer in the same paragraph or the next ones, and keeps an introduction', () => {
    const body: ImportBlockNode[] = [
      h(2, 'Common questions'),
      p('Here is what patients ask us most.'),
      p(bold('Does insurance cover it?'), ' Some plans do.'),
      p(bold('What should I wear?')),
      p('A: Loose clothing.'),
      p(bold('Can I drive home'), '? Yes.'),
      h(2, 'Next steps'),
    ]
    const section = readFaqSection(body, 0)
    expect(section?.faqs).toEqual([
      { question: 'Does insurance cover it?', answer: 'Some plans do.' },
      { question: 'What should I wear?', answer: 'Loose clothing.' },
      { question: 'Can I drive home?', answer: 'Yes.' },
    ])
    expect(section?.before).toEqual([p('Here is what patients ask us most.')])
    expect(section?.end).toBe(6)
  })

  it('ends before a horizontal rule and before a closing call to action after the last answer', () => {
    const withRule: ImportBlockNode[] = [h(2, 'FAQ'), h(3, 'Is it safe?'), p('Yes.'), hr, p('Disclaimer: not medical advice.')]
    expect(readFaqSection(withRule, 0)?.end).toBe(3)
    const withCallToAction: ImportBlockNode[] = [
      h(2, 'FAQ'),
      h(3, 'Is it safe?'),
      p('Yes.'),
      p('Ready to feel better? ', link('Book a visit', 'https://old-clinic.example/contact/')),
    ]
    const section = readFaqSection(withCallToAction, 0)
    expect(section?.faqs).toEqual([{ question: 'Is it safe?', answer: 'Yes.' }])
    expect(section?.end).toBe(3)
  })

  it('keeps an image of an answer after the FAQ block, and leaves out a question without an answer, with warnings', () => {
    const body: ImportBlockNode[] = [h(2, 'FAQs'), h(3, 'Where do the needles go?'), p('Into the tight band.'), image(0), h(3, 'Anything else?')]
    const section = readFaqSection(body, 0)
    expect(section?.faqs).toEqual([{ question: 'Where do the needles go?', answer: 'Into the tight band.' }])
    expect(section?.after).toEqual([image(0)])
    expect(section?.warnings).toEqual([
      'The answer to "Where do the needles go?" held an image, which an FAQ answer cannot; it was kept in the article after the FAQ block.',
      'The FAQ question "Anything else?" has no answer; it was left out.',
    ])
  })

  it('is no FAQ section when the heading is not an FAQ heading or no question follows', () => {
    expect(readFaqSection([h(2, 'What is dry needling?'), p('Thin needles.'), h(3, 'How does it work?'), p('It releases knots.')], 0)).toBeNull()
    expect(readFaqSection([h(2, 'FAQs'), p('See our FAQ page.')], 0)).toBeNull()
  })
})
