import { describe, expect, it } from 'vitest'
import Breadcrumbs from './Breadcrumbs.astro'
import { render, tagsOnly } from '../../tests/helpers/render'

describe('Breadcrumbs', () => {
  it('is a named navigation with an ordered list whose last item is the current page', async () => {
    const html = await render(Breadcrumbs, {
      items: [{ name: 'Home', href: '/' }, { name: 'Articles', href: '/articles/' }, { name: 'Neck pain' }],
    })
    expect(html).toBe(
      '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/articles/">Articles</a></li><li><span aria-current="page">Neck pain</span></li></ol></nav>',
    )
  })

  it('keeps the current page a link when it has an address', async () => {
    const html = await render(Breadcrumbs, { items: [{ name: 'Home', href: '/' }, { name: 'FAQ', href: '/faq/' }] })
    expect(html).toContain('<li><a href="/faq/" aria-current="page">FAQ</a></li>')
    expect(html.match(/aria-current/g)).toHaveLength(1)
  })

  it('renders nothing without items, and escapes names', async () => {
    expect((await render(Breadcrumbs, { items: [] })).trim()).toBe('')
    const html = await render(Breadcrumbs, { items: [{ name: '<img src=x onerror=alert(1)>' }] })
    expect(tagsOnly(html)).not.toContain('<img')
  })
})
