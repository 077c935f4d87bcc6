import type { ImportBlockNode } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { isCallToActionParagraph, rewriteCallsToAction } from './callToAction'
import { bold, link, p, ul } from './testNodes'

const oldSite = ['https://old-clinic.example']
const pageLink = (text: string, page: 'request-appointment' | 'locations') => ({ type: 'link', target: { kind: 'page', page }, children: [{ type: 'text', text }] })

describe('rewriteCallsToAction', () => {
  it('points an old-site link asking to book at the appointment request page, keeping its words', () => {
    const body = [p('Ready to move again? ', link('Request an appointment', 'https://old-clinic.example/contact/'), ' today.')]
    expect(rewriteCallsToAction(body, oldSite)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Ready to move again? ' }, pageLink('Request an appointment', 'request-appointment'), { type: 'text', text: ' today.' }] },
    ])
  })

  it('reads a "click here" link by its sentence: a location finder, or booking', () => {
    const body = [
      p('Dry needling is not offered in Oregon. ', link('Click here', 'https://old-clinic.example/find-a-location/'), ' to find a location near you.'),
      p('To book a visit, use ', link('this form', 'https://old-clinic.example/book/'), '.'),
    ]
    const [first, second] = rewriteCallsToAction(body, oldSite)
    expect(first).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Dry needling is not offered in Oregon. ' }, pageLink('Click here', 'locations'), { type: 'text', text: ' to find a location near you.' }] })
    expect(second).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'To book a visit, use ' }, pageLink('this form', 'request-appointment'), { type: 'text', text: '.' }] })
  })

  it('also rewrites booking links to another host, and links in lists and headings', () => {
    const body: ImportBlockNode[] = [
      ul('Our team'),
      { type: 'list', ordered: false, items: [{ children: [link('See our locations', 'https://old-clinic.example/locations/')] }] },
      { type: 'heading', level: 2, children: [link('Book now', 'https://booking.example/old-clinic')] },
    ]
    const [, list, heading] = rewriteCallsToAction(body, [])
    expect(list).toEqual({ type: 'list', ordered: false, items: [{ children: [pageLink('See our locations', 'locations')] }] })
    expect(heading).toEqual({ type: 'heading', level: 2, children: [pageLink('Book now', 'request-appointment')] })
  })

  it('points links to the old site\'s contact and location pages at the new ones, whatever their words', () => {
    const body = [p('Ask us on a ', link('first visit', 'https://old-clinic.example/contact/'), ' or at ', link('one of our clinics', 'https://old-clinic.example/locations/'), '.')]
    expect(rewriteCallsToAction(body, oldSite)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Ask us on a ' },
          pageLink('first visit', 'request-appointment'),
          { type: 'text', text: ' or at ' },
          pageLink('one of our clinics', 'locations'),
          { type: 'text', text: '.' },
        ],
      },
    ])
  })

  it('leaves other links alone: articles, other sites, mailto and tel', () => {
    const body = [
      p('Read ', link('how to prepare for your first visit', 'https://old-clinic.example/blog/first-visit/'), '.'),
      p('See the ', link('study on needling', 'https://journal.example/needling'), '.'),
      p(link('Contact us', 'mailto:front-desk@old-clinic.example'), ' or ', link('call us', 'tel:+14805550134'), '.'),
      p('More ', link('here', 'https://old-clinic.example/blog/'), ' about our approach.'),
      p('Compare ', link('our contact lenses', 'https://optics.example/contact-lenses/'), '.'),
    ]
    expect(rewriteCallsToAction(body, oldSite)).toEqual(body)
  })

  it('links the words of a short call to action that lost its form, keeping their marks', () => {
    const body = [p('Ready to feel better? ', bold('Book a visit today'), ' with the form below.')]
    expect(rewriteCallsToAction(body, oldSite)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Ready to feel better? ' },
          { type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: [{ type: 'text', text: 'Book a visit today', bold: true }] },
          { type: 'text', text: ' with the form below.' },
        ],
      },
    ])
  })

  it('does not link booking words in the middle of a sentence, in lists or in long paragraphs', () => {
    const body = [p('Many patients book a visit after a referral.'), ul('Book a visit', 'Fill in the intake form')]
    expect(rewriteCallsToAction(body, oldSite)).toEqual(body)
  })
})

describe('isCallToActionParagraph', () => {
  it('is a short paragraph asking to book, with a link or in the imperative', () => {
    expect(isCallToActionParagraph(p(link('Request an appointment', 'https://old-clinic.example/request/')))).toBe(true)
    expect(isCallToActionParagraph(p('Ready to start? Book a visit today.'))).toBe(true)
    expect(isCallToActionParagraph(p('Many patients book both in one visit.'))).toBe(false)
    expect(isCallToActionParagraph(p('Yes. Massage warms the tissue first, then the stubborn points are needled, and light strokes calm the area before you book a visit.'))).toBe(false)
  })
})
