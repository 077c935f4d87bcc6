import { describe, expect, it } from 'vitest'
import FaqList from './FaqList.astro'
import { groupFaqsByTopic } from './faqGroups'
import { fixture, render, tagsOnly } from '../../tests/helpers/render'

const { site, r } = fixture()

describe('FaqList', () => {
  it('shows each question as a details element that opens without JavaScript, its id the FAQ’s slug', async () => {
    const html = await render(FaqList, { faqs: site.faqs, site, r })
    expect(html).toContain(
      '<details id="does-dry-needling-hurt"><summary>Does dry needling hurt?</summary><div class="answer"><div class="rich-text">' +
        '<p>You may feel a brief twitch or ache; most people find it milder than expected.</p></div></div></details>',
    )
    expect(html).toContain('<details id="how-many-sessions-will-i-need"><summary>How many sessions will I need?</summary>')
    expect(html).not.toContain('<h2')
    expect(html).not.toContain('<script')
  })

  it('puts the title in a heading of the given level, with the given id', async () => {
    const html = await render(FaqList, { faqs: site.faqs, site, r, title: 'Visits', titleId: 'visits', headingLevel: 3 })
    expect(html).toContain('<section class="faq-list"><h3 id="visits">Visits</h3><details')
  })

  it('prefixes question ids and the ids inside answers', async () => {
    const { site: withHeading } = fixture((input) => {
      input.faqs[0]!.answer.push({ type: 'heading', level: 2, children: [{ type: 'text', text: 'Aftercare' }] })
    })
    const faq = withHeading.faq('501')
    const html = await render(FaqList, { faqs: [faq], site: withHeading, r, title: 'Treatments', headingLevel: 2, idPrefix: 'faq--' })
    expect(html).toContain('<details id="faq--does-dry-needling-hurt">')
    // Answer headings sit one level below the list's title.
    expect(html).toContain('<h3 id="faq--does-dry-needling-hurt--aftercare">Aftercare</h3>')
    const untitled = await render(FaqList, { faqs: [faq], site: withHeading, r, headingLevel: 3 })
    expect(untitled).toContain('<h3 id="does-dry-needling-hurt--aftercare">Aftercare</h3>')
  })

  it('renders nothing for no questions', async () => {
    expect((await render(FaqList, { faqs: [], site, r, title: 'Empty' })).trim()).toBe('')
  })

  it('escapes questions', async () => {
    const { site: hostile } = fixture((input) => {
      input.faqs[0]!.question = '<img src=x onerror=alert(1)>'
    })
    const html = await render(FaqList, { faqs: hostile.faqs, site: hostile, r })
    expect(tagsOnly(html)).not.toContain('<img')
    expect(html).toContain('<summary>&lt;img src=x onerror=alert(1)&gt;</summary>')
  })
})

describe('groupFaqsByTopic', () => {
  it('groups by topic in the order given, with a slug id per topic', () => {
    const groups = groupFaqsByTopic(site.faqs)
    expect(groups.map((group) => [group.topic, group.id, group.faqs.map((faq) => faq.id)])).toEqual([
      ['Treatments', 'treatments', ['501']],
      ['Visits', 'visits', ['502']],
    ])
  })

  it('gives topics ids that no question and no layout element uses', () => {
    const { site: clashing } = fixture((input) => {
      input.faqs[0]!.topic = 'Does dry needling hurt?'
      input.faqs[1]!.topic = 'Main'
      input.faqs.push({ ...input.faqs[1]!, id: '503', slug: 'another', question: 'Another?', topic: '!!!' })
    })
    expect(groupFaqsByTopic(clashing.faqs).map((group) => group.id)).toEqual(['topic-1', 'does-dry-needling-hurt-2', 'main-2'])
  })

  it('returns no groups for no FAQs', () => {
    expect(groupFaqsByTopic([])).toEqual([])
  })
})
