import { type BlockNode, type InlineNode, type RichText as Body, type TextNode, plainText } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import RichText from './RichText.astro'
import { routes } from '../../lib/routes'
import { fixture, render, tagsOnly, textOf } from '../../../tests/helpers/render'

const { snapshot, site, r } = fixture()
const article = snapshot.articles[0]!
const renderBody = (nodes: Body, props: Record<string, unknown> = {}) => render(RichText, { nodes, site, r, ...props })
const paragraph = (...children: InlineNode[]): BlockNode => ({ type: 'paragraph', children })
const text = (value: string): TextNode => ({ type: 'text', text: value })

describe('RichText with the fixture article, whose body has every node type', () => {
  it('is given every block node type', () => {
    const types = new Set(article.body.map((node) => node.type))
    expect([...types].sort()).toEqual(['comparison', 'faqGroup', 'heading', 'hr', 'image', 'list', 'paragraph', 'quote', 'table'])
  })

  it('shows every word of the body and no script', async () => {
    const html = await renderBody(article.body)
    const shown = textOf(html).replace(/\s/g, '')
    for (const block of plainText(article.body)) expect(shown).toContain(block.replace(/\s/g, ''))
    expect(html).not.toContain('<script')
  })

  it('renders text marks as strong, em, an underline span, s and code, with the spaces between runs', async () => {
    const html = await renderBody(article.body)
    expect(html).toContain(
      'Neck pain from desk work is <strong>common</strong>, <em>rarely serious</em> and <span class="u">usually treatable</span>. ' +
        'Forget the idea that you must <s>rest it for weeks</s>; gentle movement helps. Try <code>chin-tucks</code> between meetings.<br>Read the ',
    )
    expect(html).not.toContain('<u>')
  })

  it('opens an external link in a new tab only when asked, says so to screen readers, and sets rel', async () => {
    const html = await renderBody(article.body)
    expect(html).toContain(
      '<a href="https://guidelines.example/neck-pain" rel="noopener noreferrer" target="_blank">clinical guideline<span class="visually-hidden"> (opens in a new tab)</span></a>',
    )
    const sameTab = await renderBody([
      paragraph({ type: 'link', target: { kind: 'external', href: 'mailto:hello@clinic.example', newTab: false }, children: [text('Write to us')] }),
    ])
    expect(sameTab).toContain('<a href="mailto:hello@clinic.example" rel="noopener noreferrer">Write to us</a>')
    expect(sameTab).not.toContain('target=')
    expect(sameTab).not.toContain('new tab')
  })

  it('links internal targets to their page under the base, and keeps the words of a target not on the site', async () => {
    expect(await renderBody(article.body)).toContain('<a href="/therapies/dry-needling/">dry needling</a>')
    expect(await render(RichText, { nodes: article.body, site, r: routes('/harbor-lane-physio/') })).toContain(
      '<a href="/harbor-lane-physio/therapies/dry-needling/">dry needling</a>',
    )
    const html = await renderBody([
      paragraph(
        text('See '),
        { type: 'link', target: { kind: 'internal', collection: 'articles', id: '999' }, children: [{ type: 'text', text: 'an old post', bold: true }] },
        text(' and '),
        { type: 'link', target: { kind: 'internal', collection: 'faqs', id: '501' }, children: [text('the FAQ')] },
      ),
    ])
    expect(html).toContain('<p>See <strong>an old post</strong> and <a href="/faq/#does-dry-needling-hurt">the FAQ</a></p>')
  })

  it('gives headings ids from their text and an anchor link named after the section', async () => {
    const html = await renderBody(article.body)
    expect(html).toContain(
      '<div class="heading"><h2 id="two-hands-on-options">Two hands-on options</h2>' +
        '<a class="anchor" href="#two-hands-on-options" aria-label="Link to this section: Two hands-on options"><span aria-hidden="true">#</span></a></div>',
    )
    expect(html).toContain('<h3 id="what-a-first-visit-looks-like">What a first visit looks like</h3>')
    expect(html).toContain('<h4 id="before-you-arrive">Before you arrive</h4>')
  })

  it('moves headings down with baseHeadingLevel', async () => {
    const html = await renderBody(article.body, { baseHeadingLevel: 3 })
    expect(html).toContain('<h3 id="two-hands-on-options">')
    expect(html).toContain('<h4 id="what-a-first-visit-looks-like">')
    expect(html).toContain('<h5 id="before-you-arrive">')
    // The embedded FAQ group's title takes the body's top level too.
    expect(html).toContain('<h3>Questions we hear often</h3>')
  })

  it('keeps heading ids unique and off the layout’s ids, and prefixes them when asked', async () => {
    const heading = (value: string): BlockNode => ({ type: 'heading', level: 2, children: [text(value)] })
    const nodes = [heading('Costs'), heading('Costs'), heading('Main'), heading('???')]
    const html = await renderBody(nodes)
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1])).toEqual(['costs', 'costs-2', 'main-2', 'section-4'])
    const prefixed = await renderBody(nodes, { idPrefix: 'faq--x--' })
    expect([...prefixed.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1])).toEqual(['faq--x--costs', 'faq--x--costs-2', 'faq--x--main', 'faq--x--section-4'])
  })

  it('renders quotes, nested lists and rules', async () => {
    const html = await renderBody(article.body)
    expect(html).toContain('<blockquote><p>Most patients feel looser after the first session and stronger after the third.</p></blockquote>')
    expect(html).toContain('<ul><li>Wear a loose top</li><li>Bring a list of<ul><li>medicines you take</li><li>earlier scans</li></ul></li></ul>')
    expect(html).toContain('<ol><li>Assessment</li><li>Treatment<ol><li>Hands-on work</li><li>Exercises to take home</li></ol></li><li>Review</li></ol>')
    expect(html).toContain('<hr>')
  })

  it('renders an image with its caption as a figure, and without one as a plain image', async () => {
    const html = await renderBody(article.body)
    expect(html).toMatch(/<figure><img [^>]*alt="A physical therapist checks how far a patient can turn her head"[^>]*><figcaption>Checking range of motion<\/figcaption><\/figure>/)
    const image = article.body.find((node) => node.type === 'image')!
    const bare = await renderBody([{ ...image, caption: undefined }])
    expect(bare).not.toContain('<figure')
    expect(bare).toMatch(/<img [^>]*loading="lazy"/)
  })

  it('renders tables in a focusable, named scroll region with column and row headers', async () => {
    const html = await renderBody(article.body)
    expect(html).toContain(
      '<div class="table-scroll" role="region" aria-label="Table: Week, Focus" tabindex="0"><table><thead><tr><th scope="col">Week</th><th scope="col">Focus</th></tr></thead>' +
        '<tbody><tr><td>1–2</td><td>Pain relief</td></tr><tr><td>3–6</td><td>Strength and posture</td></tr></tbody></table></div>',
    )
    const cell = (header: boolean, value: string) => ({ header, children: [text(value)] })
    const withRowHeaders = await renderBody([
      {
        type: 'table',
        rows: [
          { cells: [cell(false, ''), cell(true, 'Price')] },
          { cells: [cell(true, 'Dry needling'), cell(false, '$60')] },
          { cells: [cell(false, 'Massage'), cell(true, 'ask us')] },
        ],
      },
    ])
    expect(withRowHeaders).toContain('aria-label="Table: Price"')
    expect(withRowHeaders).toContain('<thead><tr><td></td><th scope="col">Price</th></tr></thead>')
    expect(withRowHeaders).toContain('<tr><th scope="row">Dry needling</th><td>$60</td></tr>')
    expect(withRowHeaders).toContain('<tr><td>Massage</td><th>ask us</th></tr>')
    const noHeaders = await renderBody([{ type: 'table', rows: [{ cells: [cell(false, 'a'), cell(false, 'b')] }] }])
    expect(noHeaders).not.toContain('<thead>')
    expect(noHeaders).toContain('<tbody><tr><td>a</td><td>b</td></tr></tbody>')
  })

  it('renders an FAQ group as expandable questions under the group title', async () => {
    const html = await renderBody(article.body)
    expect(html).toContain('<h2>Questions we hear often</h2>')
    expect(html).toContain(
      '<details id="faq--does-dry-needling-hurt"><summary>Does dry needling hurt?</summary><div class="answer"><div class="rich-text">' +
        '<p>You may feel a brief twitch or ache; most people find it milder than expected.</p></div></div></details>',
    )
    expect(html).toContain('<details id="faq--how-many-sessions-will-i-need"><summary>How many sessions will I need?</summary>')
  })

  it('gives a second FAQ group its own ids', async () => {
    const html = await renderBody([
      { type: 'faqGroup', faqs: ['501'] },
      { type: 'faqGroup', faqs: ['501'] },
    ])
    expect(html).toContain('<details id="faq--does-dry-needling-hurt">')
    expect(html).toContain('<details id="faq2--does-dry-needling-hurt">')
  })

  it('lists an FAQ group inside an answer as links instead of nesting FAQs without end', async () => {
    const { site: selfNested } = fixture((input) => {
      const faq = input.faqs[0]!
      faq.answer = [...faq.answer, { type: 'faqGroup', title: 'Related', faqs: ['501', '502'] }]
    })
    const html = await render(RichText, { nodes: [{ type: 'faqGroup', faqs: ['501'] }], site: selfNested, r })
    expect(html.match(/<details/g)).toHaveLength(1)
    expect(html).toContain(
      '<div class="faq-links"><h2>Related</h2><ul><li><a href="/faq/#does-dry-needling-hurt">Does dry needling hurt?</a></li>' +
        '<li><a href="/faq/#how-many-sessions-will-i-need">How many sessions will I need?</a></li></ul></div>',
    )
  })

  it('embeds a comparison as its table, titled by its caption, with its advice and a link to the full comparison', async () => {
    const html = await renderBody(article.body)
    expect(html).toMatch(/<div class="comparison"><div class="scroller" role="region" aria-label="Dry needling vs manual therapy" tabindex="0"><table[^>]*><caption>Dry needling vs manual therapy<\/caption>/)
    expect(html).toContain('<th scope="row">Tool used</th>')
    expect(html).toContain('<dt>When to choose Dry needling</dt><dd><p>A knot that keeps coming back despite stretching.</p></dd>')
    expect(html).toContain('<dt>Can they be combined?</dt><dd><p><strong>Yes.</strong> Needling first')
    expect(html).toContain('<a href="/compare/dry-needling-vs-manual-therapy/">Full comparison')
  })

  it('leaves the comparison’s advice out of an embed that asks so (the body gives it in its own sections)', async () => {
    const html = await renderBody([{ type: 'comparison', comparison: '701', showAdvice: false }])
    expect(html).toContain('<caption>Dry needling vs manual therapy</caption>')
    expect(html).not.toContain('When to choose')
    expect(html).not.toContain('Can they be combined?')
    expect(html).toContain('Full comparison')
  })

  it('links the site’s fixed pages under the base', async () => {
    expect(await renderBody(article.body)).toContain('<p><a href="/request-appointment/">Book a visit</a> if the pain lasts longer than two weeks.</p>')
    const pages = (['home', 'locations', 'therapies', 'conditions', 'articles', 'faq'] as const).map((page) =>
      paragraph({ type: 'link', target: { kind: 'page', page }, children: [text(page)] }),
    )
    const html = await render(RichText, { nodes: pages, site, r: routes('/harbor-lane-physio/') })
    expect(html).toContain(
      '<p><a href="/harbor-lane-physio/">home</a></p><p><a href="/harbor-lane-physio/locations/">locations</a></p>' +
        '<p><a href="/harbor-lane-physio/therapies/">therapies</a></p><p><a href="/harbor-lane-physio/conditions/">conditions</a></p>' +
        '<p><a href="/harbor-lane-physio/articles/">articles</a></p><p><a href="/harbor-lane-physio/faq/">faq</a></p>',
    )
  })

  it('sends a request-appointment link to the locations on a site that takes no requests, and keeps only its words without clinics', async () => {
    const book = [paragraph({ type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: [text('Book now')] }, text(' or call us.'))]
    const noRequests = fixture((input) => {
      input.brand.acceptsAppointments = false
      input.brand.appointmentUrl = null
    })
    expect(await render(RichText, { nodes: book, site: noRequests.site, r })).toContain('<p><a href="/locations/">Book now</a> or call us.</p>')
    const publication = fixture((input) => {
      input.brand.acceptsAppointments = false
      input.brand.appointmentUrl = null
      input.clinics = []
      for (const provider of input.providers ?? []) provider.clinics = []
    })
    const html = await render(RichText, { nodes: book, site: publication.site, r })
    expect(html).toContain('<p>Book now or call us.</p>')
    expect(html).not.toContain('request-appointment')
  })

  it('stops on an embedded FAQ or comparison that is missing from the site data', async () => {
    await expect(renderBody([{ type: 'faqGroup', faqs: ['599'] }])).rejects.toThrow("Rich text embeds FAQ 599, which is not in brand harbor-lane-physio's site data.")
    await expect(renderBody([{ type: 'comparison', comparison: '799', showAdvice: true }])).rejects.toThrow('Rich text embeds comparison 799')
  })

  it('escapes what editors type: text never becomes markup', async () => {
    const attack = '<img src=x onerror=alert(1)>'
    const html = await renderBody([
      paragraph({ type: 'text', text: attack, bold: true }),
      { type: 'heading', level: 2, children: [text(`"${attack}`)] },
      { type: 'quote', children: [text(attack)] },
      { type: 'list', ordered: false, items: [{ children: [text(attack)] }] },
      { type: 'table', rows: [{ cells: [{ header: true, children: [text(attack)] }] }] },
      { type: 'faqGroup', title: attack, faqs: ['501'] },
    ])
    expect(tagsOnly(html)).not.toContain('<img')
    expect(html).toContain('<strong>&lt;img src=x onerror=alert(1)&gt;</strong>')
    expect(html).toContain('<h2 id="img-src-x-onerror-alert-1">&quot;&lt;img src=x onerror=alert(1)&gt;</h2>')
    // In an attribute a quote would end the value, so it is escaped; `<` there is plain text.
    expect(html).toContain('aria-label="Link to this section: &quot;<img src=x onerror=alert(1)>"')
    expect(html).toContain('<blockquote><p>&lt;img src=x onerror=alert(1)&gt;</p></blockquote>')
    expect(html).toContain('<li>&lt;img src=x onerror=alert(1)&gt;</li>')
    expect(html).toContain('<th scope="col">&lt;img src=x onerror=alert(1)&gt;</th>')
    expect(html).toContain('<h2>&lt;img src=x onerror=alert(1)&gt;</h2>')
  })
})
