import { describe, expect, it } from 'vitest'
import { faqsFromJsonLd, htmlToPlainText } from './faqJsonLd'

describe('faqsFromJsonLd', () => {
  it('reads the questions of an FAQPage, also inside a @graph, with HTML answers as plain text', () => {
    const jsonLd = [
      { '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'Dry needling' },
      {
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': 'FAQPage',
            mainEntity: [
              { '@type': 'Question', name: 'Does it hurt?', acceptedAnswer: { '@type': 'Answer', text: '<p>A brief ache.</p><p>It passes &amp; fades.</p>' } },
              { '@type': 'Question', name: 'Who performs it?', acceptedAnswer: { '@type': 'Answer', text: 'Trained <strong>physical therapists</strong>:<ul><li>PTs</li><li>Chiropractors</li></ul>' } },
              { '@type': 'Question', name: 'Unanswered?' },
            ],
          },
        ],
      },
    ]
    expect(faqsFromJsonLd(jsonLd)).toEqual([
      { question: 'Does it hurt?', answer: 'A brief ache.\n\nIt passes & fades.' },
      { question: 'Who performs it?', answer: 'Trained physical therapists:\n\n- PTs\n- Chiropractors' },
    ])
  })

  it('reads a single question and ignores other types and malformed data', () => {
    expect(faqsFromJsonLd([{ '@type': ['WebPage', 'FAQPage'], mainEntity: { name: 'Is it safe?', acceptedAnswer: [{ text: 'Yes.' }] } }])).toEqual([{ question: 'Is it safe?', answer: 'Yes.' }])
    expect(faqsFromJsonLd([null, 'text', 42, { '@type': 'Article', mainEntity: [{ name: 'Q?', acceptedAnswer: { text: 'A' } }] }])).toEqual([])
  })
})

describe('htmlToPlainText', () => {
  it('never keeps markup or script text', () => {
    expect(htmlToPlainText('<script>alert(1)</script><img src=x onerror="alert(2)">Plain <em>words</em>')).toBe('Plain words')
  })
})
