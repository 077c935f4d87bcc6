import { describe, expect, it } from 'vitest'
import { parseFragment } from '../dom'
import { cleanContent, isIconNameList } from './cleanContent'

const clean = (html: string) => {
  const root = parseFragment(html)
  const warnings = cleanContent(root)
  return { html: root.innerHTML, warnings }
}

describe('cleanContent', () => {
  it('tells icon-name lists from prose', () => {
    expect(isIconNameList('chevron-left chevron-right arrow-back phone pushpin')).toBe(true)
    expect(isIconNameList('  arrow-forward\n  close  search-thin ')).toBe(true)
    expect(isIconNameList('call our front desk phone line')).toBe(false)
    expect(isIconNameList('phone email close')).toBe(false) // no hyphenated icon name: could be words
    expect(isIconNameList('well-known long-term follow-up')).toBe(false)
    expect(isIconNameList('chevron-left')).toBe(false)
  })

  it('removes icon names shown as text, skip links and "Posted in" boxes inside the content', () => {
    const { html } = clean(`<div><a href="#main">Skip to content</a><p>chevron-left chevron-right arrow-back phone pushpin</p>
      <p>Rest the knee for two days.</p><div class="meta">Posted in <a href="/c/knees">Knees</a></div>
      <h2>Recent Posts</h2><ul><li><a href="/a">Another post</a></li></ul><p>Categories of pain differ.</p></div>`)
    expect(html).toContain('Rest the knee for two days.')
    expect(html).toContain('Categories of pain differ.')
    for (const gone of ['Skip to content', 'chevron-left', 'Posted in', 'Recent Posts', 'Another post']) expect(html).not.toContain(gone)
  })

  it('removes scripts, styles, frames, forms, widgets and event handlers, and names the embeds it took out', () => {
    const { html, warnings } = clean(`<p onclick="steal()" onmouseover="x()">Text <a href="/book" onclick="track()">Book</a></p>
      <script>alert(1)</script><style>p{color:red}</style><iframe src="https://video.example/embed/1"></iframe>
      <form action="/send"><input name="name"><button>Send</button></form>
      <div class="sharedaddy">Share this</div><div class="comments-area">Comment</div><div class="elementor-widget-container"><p>Kept: builders wrap content in widget classes.</p></div>`)
    expect(html).not.toMatch(/<(script|style|iframe|form|input)\b/)
    expect(html).not.toMatch(/\son\w+=/)
    expect(html).not.toContain('Share this')
    expect(html).not.toContain('Comment')
    expect(html).toContain('Kept: builders wrap content in widget classes.')
    expect(warnings).toEqual([
      'An embedded frame or video (from video.example) was left out; add it by hand if the post needs it.',
      "An embedded form was left out: forms are not imported, and the site's own appointment request takes the place of booking forms.",
    ])
  })

  it('keeps the hidden answers of accordions, but not other hidden elements', () => {
    const { html } = clean(`<div class="accordion"><div class="accordion-item"><button class="accordion-button">Does it hurt?</button>
      <div class="accordion-collapse" style="display: none" aria-hidden="true"><p>Only briefly.</p></div></div></div>
      <div hidden><p>Hidden promo</p></div><span aria-hidden="true">★</span>`)
    expect(html).toContain('Only briefly.')
    expect(html).not.toContain('Hidden promo')
    expect(html).not.toContain('★')
  })
})
