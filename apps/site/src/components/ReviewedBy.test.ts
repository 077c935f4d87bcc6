import { describe, expect, it } from 'vitest'
import ReviewedBy from './ReviewedBy.astro'
import { pageReview } from '../lib/team'
import { fixture, render, textOf } from '../../tests/helpers/render'

describe('ReviewedBy', () => {
  it('names the reviewer with credentials, linked to their profile, and the month of the review', async () => {
    const { site, r } = fixture()
    const html = await render(ReviewedBy, { review: pageReview(site, { reviewedBy: '801', lastReviewed: '2026-02-11' }), r })
    expect(textOf(html)).toBe('Medically reviewed by Maren Okafor, PT, DPT, OCS · February 2026')
    expect(html).toContain('<a href="/team/maren-okafor/">Maren Okafor, PT, DPT, OCS</a>')
    expect(html).toContain('<time datetime="2026-02-11">February 2026</time>')
    expect(html).toMatch(/^<p class="meta reviewed-by">/)
  })

  it('shows nothing for a page without a review', async () => {
    const { site, r } = fixture()
    expect((await render(ReviewedBy, { review: pageReview(site, null), r })).trim()).toBe('')
  })
})
