import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { describe, expect, it } from 'vitest'
import ComparisonTable from './ComparisonTable.astro'
import { fixture, render, tagsOnly } from '../../tests/helpers/render'

const { snapshot, site, r } = fixture()
const comparison = snapshot.comparisons[0]!
const renderTable = (props: Record<string, unknown> = {}) => render(ComparisonTable, { comparison, site, r, ...props })

describe('ComparisonTable', () => {
  it('is a table with the title as caption, therapies as linked column headers and attributes as row headers', async () => {
    const html = await renderTable()
    expect(html).toContain('<caption>Dry needling vs manual therapy</caption>')
    expect(html).toContain(
      '<thead><tr><td class="corner"></td>' +
        '<th scope="col"><a href="/therapies/dry-needling/">Dry needling</a></th>' +
        '<th scope="col"><a href="/therapies/manual-therapy/">Manual therapy</a></th></tr></thead>',
    )
    expect(html).toContain('<tr><th scope="row">Tool used</th><td>Fine filament needles</td><td>The therapist’s hands</td></tr>')
    expect(html).toContain('<th scope="row">Typical session</th>')
  })

  it('keeps the native table semantics: no ARIA roles restating them, which HTML does not allow inside a table', async () => {
    const html = await renderTable()
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'))
    expect(table).not.toMatch(/\srole=/)
  })

  it('sits in a named, focusable region, so a table too wide for the screen scrolls there by keyboard too', async () => {
    const html = await renderTable()
    expect(html).toContain('<div class="scroller" role="region" aria-label="Dry needling vs manual therapy" tabindex="0"><table style="--columns: 3">')
  })

  it('as an embed links to the full comparison, named for screen readers', async () => {
    const html = await renderTable()
    expect(html).toContain('<p class="more"><a href="/compare/dry-needling-vs-manual-therapy/">Full comparison<span class="visually-hidden">: Dry needling vs manual therapy</span></a></p>')
    expect(html).not.toContain('<h2')
    expect(html).not.toContain('When to choose')
  })

  it('hides the caption visually where a heading above shows the title: on its page by default, or when asked', async () => {
    expect(await renderTable({ showDetails: true })).toContain('<caption class="visually-hidden">Dry needling vs manual therapy</caption>')
    expect(await renderTable({ caption: 'hidden' })).toContain('<caption class="visually-hidden">')
    expect(await renderTable({ showDetails: true, caption: 'visible' })).toContain('<caption>')
  })

  it('with showDetails says when to choose each therapy, whether they combine and what to do per condition', async () => {
    const html = await renderTable({ showDetails: true })
    expect(html).toContain('<h2>When to choose Dry needling</h2><p>A knot that keeps coming back despite stretching.</p>')
    expect(html).toContain('<h2>When to choose Manual therapy</h2><p>Stiff joints, or if you would rather avoid needles.</p>')
    expect(html).toContain('<h2>Can they be combined?</h2><p><strong>Yes.</strong> Needling first to release the muscle, then manual work and exercise in the same visit.</p>')
    expect(html).toContain(
      '<h2>Advice for specific conditions</h2><dl><div><dt><a href="/conditions/neck-pain/">Neck pain</a></dt><dd>Start with manual therapy; add needling if progress stalls.</dd></div></dl>',
    )
    expect(html).not.toContain('Full comparison')
    expect(await renderTable({ showDetails: true, headingLevel: 3 })).toContain('<h3>Can they be combined?</h3>')
  })

  it('says No for therapies that are not combined and leaves out empty sections', async () => {
    const { snapshot: other, site: otherSite } = fixture((input) => {
      const entry = input.comparisons[0]!
      entry.combination = { canCombine: false, how: [{ type: 'paragraph', children: [{ type: 'text', text: 'Pick one per visit.' }] }] }
      entry.conditionGuidance = []
      entry.whenToChoose = []
    })
    const html = await render(ComparisonTable, { comparison: other.comparisons[0], site: otherSite, r, showDetails: true })
    expect(html).toContain('<p><strong>No.</strong> Pick one per visit.</p>')
    expect(html).not.toContain('When to choose')
    expect(html).not.toContain('Advice for specific conditions')
  })

  it('renders advice as rich text: links to documents and site pages, lists, and Yes before a list in its own paragraph', async () => {
    const { snapshot: rich, site: richSite } = fixture((input) => {
      const entry = input.comparisons[0]!
      entry.whenToChoose[0]!.text = [
        { type: 'paragraph', children: [{ type: 'text', text: 'When ' }, { type: 'link', target: { kind: 'internal', collection: 'conditions', id: '301' }, children: [{ type: 'text', text: 'neck pain' }] }, { type: 'text', text: ' keeps coming back:' }] },
        { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'one knot' }] }, { children: [{ type: 'text', text: 'no relief from stretching', italic: true }] }] },
      ]
      entry.combination.how = [
        { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'needling' }] }, { children: [{ type: 'text', text: 'manual work' }] }] },
        { type: 'paragraph', children: [{ type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: [{ type: 'text', text: 'Ask us' }] }, { type: 'text', text: ' about both.' }] },
      ]
    })
    const html = await render(ComparisonTable, { comparison: rich.comparisons[0], site: richSite, r, showDetails: true })
    expect(html).toContain(
      '<h2>When to choose Dry needling</h2><p>When <a href="/conditions/neck-pain/">neck pain</a> keeps coming back:</p><ul><li>one knot</li><li><em>no relief from stretching</em></li></ul>',
    )
    expect(html).toContain('<h2>Can they be combined?</h2><p><strong>Yes.</strong></p><ol><li>needling</li><li>manual work</li></ol><p><a href="/request-appointment/">Ask us</a> about both.</p>')
  })

  it('as an embed shows the advice under the table when asked, as a list of terms without headings', async () => {
    const html = await renderTable({ showAdvice: true })
    expect(html).toContain(
      '<dl class="advice"><div><dt>When to choose Dry needling</dt><dd><p>A knot that keeps coming back despite stretching.</p></dd></div>' +
        '<div><dt>When to choose Manual therapy</dt><dd><p>Stiff joints, or if you would rather avoid needles.</p></dd></div>' +
        '<div><dt>Can they be combined?</dt><dd><p><strong>Yes.</strong> Needling first to release the muscle, then manual work and exercise in the same visit.</p></dd></div></dl>',
    )
    expect(html).not.toMatch(/<h[2-6]/)
    expect(html).not.toContain('Advice for specific conditions')
    expect(html).toContain('Full comparison')
  })

  it('renders a cell as short rich text: bold, italic, line breaks and links, each in its therapy column', async () => {
    const { snapshot: rich, site: richSite } = fixture((input) => {
      const entry = input.comparisons[0]!
      entry.rows = [
        {
          label: 'Tool used',
          values: [
            [{ type: 'text', text: 'Fine', bold: true }, { type: 'text', text: ' filament needles' }, { type: 'linebreak' }, { type: 'text', text: 'single use', italic: true }],
            [{ type: 'link', target: { kind: 'internal', collection: 'therapies', id: '202' }, children: [{ type: 'text', text: 'The therapist’s hands' }] }, { type: 'text', text: ' and ' }, { type: 'link', target: { kind: 'external', href: 'https://tools.example/elbow', newTab: false }, children: [{ type: 'text', text: 'elbows' }] }],
          ],
        },
      ]
    })
    const html = await render(ComparisonTable, { comparison: rich.comparisons[0], site: richSite, r })
    expect(html).toContain(
      '<tr><th scope="row">Tool used</th>' +
        '<td><strong>Fine</strong> filament needles<br><em>single use</em></td>' +
        '<td><a href="/therapies/manual-therapy/">The therapist’s hands</a> and <a href="https://tools.example/elbow" rel="noopener noreferrer">elbows</a></td></tr>',
    )
  })

  it('gives each of up to four therapies its column', async () => {
    const { snapshot: four, site: fourSite } = fixture((input) => {
      input.therapies.push({ ...input.therapies[0]!, id: '203', name: 'Shockwave', slug: 'shockwave' }, { ...input.therapies[0]!, id: '204', name: 'Taping', slug: 'taping' })
      const entry = input.comparisons[0]!
      entry.therapies = ['201', '202', '203', '204']
      entry.rows = [{ label: 'Tool used', values: ['Needles', 'Hands', 'Sound waves', 'Tape'].map((text) => [{ type: 'text' as const, text }]) }]
    })
    const html = await render(ComparisonTable, { comparison: four.comparisons[0], site: fourSite, r })
    expect(html.match(/<th scope="col"/g)).toHaveLength(4)
    expect(html).toContain('<table style="--columns: 5">')
    expect(html).toContain('<td>Sound waves</td><td>Tape</td></tr>')
  })

  it('escapes editor text', async () => {
    const attack = '<img src=x onerror=alert(1)>'
    const { snapshot: hostile, site: hostileSite } = fixture((input) => {
      const entry = input.comparisons[0]!
      entry.title = attack
      entry.rows = [{ label: attack, values: [[{ type: 'text', text: attack }], [{ type: 'link', target: { kind: 'external', href: 'https://x.example/"><img src=x>', newTab: false }, children: [{ type: 'text', text: attack }] }]] }]
    })
    const html = await render(ComparisonTable, { comparison: hostile.comparisons[0], site: hostileSite, r, showDetails: true })
    expect(tagsOnly(html)).not.toContain('<img')
    expect(html).toContain('<th scope="row">&lt;img src=x onerror=alert(1)&gt;</th>')
  })

  it('stops on a therapy or condition that is missing from the site data', async () => {
    await expect(render(ComparisonTable, { comparison: { ...comparison, therapies: ['201', '299'] }, site, r })).rejects.toThrow(
      "Comparison 701 (dry-needling-vs-manual-therapy) refers to therapy 299, which is not in brand harbor-lane-physio's site data.",
    )
    await expect(render(ComparisonTable, { comparison: { ...comparison, conditionGuidance: [{ condition: '399', guidance: 'x' }] }, site, r })).rejects.toThrow(
      'refers to condition 399',
    )
  })

  it('never restyles the table elements themselves, and only the region scrolls sideways, so a 360px phone page does not', async () => {
    // `?container` makes the container put the component's own styles before its markup.
    const { default: Styled } = await import('./ComparisonTable.astro?container')
    const container = await AstroContainer.create()
    const html = await container.renderComponent(Styled, { props: { comparison, site, r } })
    const css = (html.match(/<style[^>]*>([\s\S]*?)<\/style>/g) ?? []).join('')
    // A `display` other than the table's own makes browsers drop its semantics (the reason for this layout).
    const tableRules = [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)].filter(([, selector = '']) => /(^|[\s,>+~])(table|caption|thead|tbody|tr|th|td)\b/.test(selector))
    expect(tableRules.length).toBeGreaterThan(0)
    for (const [, selector = '', body = ''] of tableRules) expect(body, selector).not.toMatch(/(^|[;\s])display\s*:/)
    expect(css).toMatch(/\.scroller[^{]*\{[^}]*overflow-x:\s*auto/)
    expect(css).toMatch(/min-width:\s*calc\(var\(--columns/)
  })
})
