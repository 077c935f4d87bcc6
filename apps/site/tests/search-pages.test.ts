import { describe, expect, it } from 'vitest'
import { excerptParts } from '../src/components/search/excerpt'
import { azIndex } from '../src/lib/azIndex'
import { routes } from '../src/lib/routes'
import { searchIndexing } from '../src/lib/searchIndexing'
import { indexSite } from '../src/lib/siteIndex'
import { makeValidSnapshot } from './helpers/snapshots'
import { parseBrandSnapshot } from '@clinic/schema'

describe('searchIndexing: which pages the search finds, and as what', () => {
  it('types content pages by their path under any base', () => {
    for (const base of ['/', '/harbor-lane-physio/']) {
      const at = (sitePath: string) => searchIndexing(base, `${base}${sitePath}`, false)
      expect(at('articles/knee-pain/')).toEqual({ indexed: true, type: 'Article' })
      expect(at('therapies/dry-needling/')).toEqual({ indexed: true, type: 'Therapy' })
      expect(at('conditions/low-back-pain/')).toEqual({ indexed: true, type: 'Condition' })
      expect(at('compare/needling-or-hands/')).toEqual({ indexed: true, type: 'Comparison' })
      expect(at('locations/portland/')).toEqual({ indexed: true, type: 'Clinic' })
      expect(at('faq/')).toEqual({ indexed: true, type: 'FAQ' })
      // Indexed without a type: found with "All types" only.
      expect(at('privacy/')).toEqual({ indexed: true, type: null })
      expect(at('landing/first-visit/')).toEqual({ indexed: true, type: null })
    }
  })

  it('leaves out noindex pages, the search page and the pages that only list others', () => {
    for (const sitePath of ['', 'search/', 'articles/', 'articles/page/2/', 'articles/category/clinic-news/', 'articles/category/clinic-news/page/2/', 'therapies/', 'conditions/', 'locations/', 'team/']) {
      expect(searchIndexing('/b/', `/b/${sitePath}`, false), sitePath).toEqual({ indexed: false, type: null })
    }
    expect(searchIndexing('/', '/request-appointment/thank-you/', true)).toEqual({ indexed: false, type: null })
    expect(searchIndexing('/', '/404', true)).toEqual({ indexed: false, type: null })
  })
})

describe('azIndex', () => {
  it('files every article, therapy, condition and clinic under its first letter, accents and case aside', () => {
    const site = indexSite(parseBrandSnapshot(makeValidSnapshot()))
    site.articles = [{ ...site.articles[0]!, title: 'Épaule gelée: what a frozen shoulder is' }, { ...site.articles[0]!, slug: 'x', title: '5 stretches for desk workers' }]
    const groups = azIndex(site, routes('/b/'))
    const letters = groups.map((group) => group.letter)
    expect(letters.at(-1)).toBe('#')
    expect(letters.slice(0, -1)).toEqual([...letters.slice(0, -1)].sort())
    expect(groups.find((group) => group.letter === 'E')?.entries).toContainEqual({ name: 'Épaule gelée: what a frozen shoulder is', href: `/b/articles/${site.articles[0]!.slug}/`, kind: 'Article' })
    expect(groups.find((group) => group.letter === '#')).toMatchObject({ id: 'az-other', entries: [{ name: '5 stretches for desk workers', href: '/b/articles/x/', kind: 'Article' }] })
    const hrefs = groups.flatMap((group) => group.entries.map((entry) => entry.href))
    for (const therapy of site.therapies) expect(hrefs).toContain(`/b/therapies/${therapy.slug}/`)
    for (const condition of site.conditions) expect(hrefs).toContain(`/b/conditions/${condition.slug}/`)
    for (const clinic of site.clinics) expect(hrefs).toContain(`/b/locations/${clinic.slug}/`)
    expect(hrefs).toHaveLength(site.articles.length + site.therapies.length + site.conditions.length + site.clinics.length)
  })
})

describe('excerptParts', () => {
  it('turns Pagefind’s excerpt into text parts, matches marked, entities decoded', () => {
    expect(excerptParts('Ease a <mark>knee</mark> &amp; hip &lt;b&gt;now&lt;/b&gt; &#39;ok&#x27;')).toEqual([
      { text: 'Ease a ', marked: false },
      { text: 'knee', marked: true },
      { text: ' & hip <b>now</b> \'ok\'', marked: false },
    ])
  })

  it('never lets markup through: tags other than mark are dropped, decoded text stays text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark>run</mark>&lt;script&gt;')
    expect(parts).toEqual([
      { text: 'run', marked: true },
      { text: '<script>', marked: false },
    ])
  })
})
