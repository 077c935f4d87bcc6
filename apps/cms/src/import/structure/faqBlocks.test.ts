import type { ImportBlockNode } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { replaceFaqSections } from './faqBlocks'
import { bold, h, p } from './testNodes'

describe('replaceFaqSections', () => {
  it('replaces each FAQ section by an FAQ block titled with its heading, and leaves ordinary "?" headings alone', () => {
    const body: ImportBlockNode[] = [
      h(2, 'What is dry needling?'),
      p('Thin needles into trigger points.'),
      h(2, 'Dry needling FAQs'),
      h(3, 'Does it hurt?'),
      p('A brief ache.'),
      h(3, 'How long is a session?'),
      p('About half an hour.'),
      h(2, 'Why choose our clinic?'),
      p('Licensed therapists.'),
    ]
    const result = replaceFaqSections(body, [])
    expect(result.body).toEqual([
      h(2, 'What is dry needling?'),
      p('Thin needles into trigger points.'),
      { type: 'faqGroup', title: 'Dry needling FAQs', faqs: [0, 1] },
      h(2, 'Why choose our clinic?'),
      p('Licensed therapists.'),
    ])
    expect(result.faqs).toEqual([
      { question: 'Does it hurt?', answer: 'A brief ache.' },
      { question: 'How long is a session?', answer: 'About half an hour.' },
    ])
  })

  it('makes a question asked in two sections one FAQ', () => {
    const body: ImportBlockNode[] = [h(2, 'FAQs'), h(3, 'Is it safe?'), p('Yes.'), h(2, 'Questions about massage'), p(bold('Is it safe?'), ' Yes, very.')]
    const result = replaceFaqSections(body, [])
    expect(result.faqs).toEqual([{ question: 'Is it safe?', answer: 'Yes.' }])
    expect(result.body).toEqual([
      { type: 'faqGroup', title: 'FAQs', faqs: [0] },
      { type: 'faqGroup', title: 'Questions about massage', faqs: [0] },
    ])
  })

  it('prefers the text to the JSON-LD, and adds the questions only the JSON-LD has to the last block with a warning', () => {
    const body: ImportBlockNode[] = [h(2, 'FAQs'), h(3, 'Does it hurt?'), p('A brief ache, in our words.')]
    const result = replaceFaqSections(body, [
      { question: 'Does it hurt? ', answer: 'The JSON-LD answer.' },
      { question: 'Is it covered by insurance?', answer: 'Some plans cover it.' },
    ])
    expect(result.faqs).toEqual([
      { question: 'Does it hurt?', answer: 'A brief ache, in our words.' },
      { question: 'Is it covered by insurance?', answer: 'Some plans cover it.' },
    ])
    expect(result.body).toEqual([{ type: 'faqGroup', title: 'FAQs', faqs: [0, 1] }])
    expect(result.fromJsonLdOnly).toEqual([{ question: 'Is it covered by insurance?', answer: 'Some plans cover it.' }])
    expect(result.warnings).toEqual([`1 question of the page's FAQ data (JSON-LD) is not in the text; added to the FAQ block "FAQs": "Is it covered by insurance?".`])
  })

  it('uses the JSON-LD without an FAQ section: its questions replace matching question headings, else a block at the end', () => {
    const body: ImportBlockNode[] = [p('Intro.'), h(3, 'Does it hurt?'), p('A brief ache.'), h(3, 'Is it safe?'), p('Yes.'), h(2, 'Book a visit'), p('Call us.')]
    const jsonLd = [
      { question: 'Does it hurt?', answer: 'Ache.' },
      { question: 'Is it safe?', answer: 'Yes.' },
      { question: 'What should I wear?', answer: 'Loose clothes.' },
    ]
    const result = replaceFaqSections(body, jsonLd)
    expect(result.body).toEqual([p('Intro.'), { type: 'faqGroup', faqs: [0, 1, 2] }, h(2, 'Book a visit'), p('Call us.')])
    expect(result.faqs.map((faq) => faq.answer)).toEqual(['A brief ache.', 'Yes.', 'Loose clothes.'])
    expect(result.fromJsonLdOnly).toEqual([{ question: 'What should I wear?', answer: 'Loose clothes.' }])

    const unmatched = replaceFaqSections([p('Intro.')], jsonLd.slice(0, 1))
    expect(unmatched.body).toEqual([p('Intro.'), { type: 'faqGroup', faqs: [0] }])
  })
})
