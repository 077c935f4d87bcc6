import { PAGE_COLLECTIONS, documentPath, isReservedSitePath, listingOfPath, pageOfPath } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { fileForPath, redirectsFile, refreshPage, siteRedirects } from './redirects'
import { routes } from './routes'
import { indexSite } from './siteIndex'
import { snapshot } from '../../tests/helpers/fixture'
import { wellEscaped } from '../../tests/helpers/xmlText'

const DOMAIN = 'www.harbor-lane-physio.example'

describe('the contract\'s page paths', () => {
  it('are the paths the site builds its document pages at', () => {
    const r = routes('/')
    const built = { articles: r.article, comparisons: r.comparison, therapies: r.therapy, conditions: r.condition, clinics: r.location, providers: r.provider }
    for (const collection of PAGE_COLLECTIONS) expect(documentPath(collection, 'some-slug'), collection).toBe(built[collection]('some-slug'))
  })

  it('reserve every page of the site that is not a document, so no redirect can hide one', () => {
    const r = routes('/')
    const [category] = indexSite(snapshot()).articles.flatMap((article) => article.categories)
    if (category === undefined) throw new Error('the snapshot fixture has no article category')
    const fixedPages = [r.home(), r.articles(), r.articles(2), r.category(category), r.category(category, 2), r.therapies(), r.conditions(), r.faq(), r.locations()]
    const paths = [...fixedPages, r.appointment(), r.appointmentThankYou(), r.privacy(), r.accessibility(), r.landing('spring-check-up')]
    paths.push(r.rss(), r.sitemap(), '/sitemap-0.xml', '/404.html', '/robots.txt', '/favicon.svg')
    const notDocuments = paths.filter((path) => pageOfPath(path) === null)
    expect(notDocuments.length).toBeGreaterThan(5)
    for (const path of notDocuments) expect(isReservedSitePath(path), path).toBe(true)
  })

  it('know the team page as the listing of providers, live only while there are some (a brand without providers builds none)', () => {
    const r = routes('/')
    expect(isReservedSitePath(r.team())).toBe(false)
    expect(listingOfPath(r.team())).toBe('providers')
  })
})

describe('siteRedirects', () => {
  const { redirects } = snapshot()

  it('publishes each redirect at its old path on the brand\'s own domain', () => {
    expect(siteRedirects(redirects, { domain: DOMAIN, base: '/' })).toEqual([
      {
        from: '/blog/2019/desk-neck-pain/',
        href: '/articles/dry-needling-or-manual-therapy-for-neck-pain/',
        canonical: `https://${DOMAIN}/articles/dry-needling-or-manual-therapy-for-neck-pain/`,
        file: 'blog/2019/desk-neck-pain/index.html',
      },
      { from: '/compare/needles-or-hands/', href: '/compare/dry-needling-vs-manual-therapy/', canonical: `https://${DOMAIN}/compare/dry-needling-vs-manual-therapy/`, file: 'compare/needles-or-hands/index.html' },
      { from: '/book-online.html', href: '/request-appointment/?clinic=tempe', canonical: `https://${DOMAIN}/request-appointment/?clinic=tempe`, file: 'book-online.html' },
      { from: '/careers/', href: 'https://jobs.harbor-lane-physio.example/openings', canonical: 'https://jobs.harbor-lane-physio.example/openings', file: 'careers/index.html' },
    ])
  })

  it('puts both sides under the base path when brands share a server, and keeps canonical links on the domain', () => {
    const [first, , , external] = siteRedirects(redirects, { domain: DOMAIN, base: '/harbor-lane-physio/' })
    expect(first).toMatchObject({
      from: '/harbor-lane-physio/blog/2019/desk-neck-pain/',
      href: '/harbor-lane-physio/articles/dry-needling-or-manual-therapy-for-neck-pain/',
      canonical: `https://${DOMAIN}/articles/dry-needling-or-manual-therapy-for-neck-pain/`,
      file: 'blog/2019/desk-neck-pain/index.html',
    })
    expect(external).toMatchObject({ from: '/harbor-lane-physio/careers/', href: 'https://jobs.harbor-lane-physio.example/openings' })
  })
})

describe('fileForPath', () => {
  it('names the file a static host serves for the path', () => {
    expect(fileForPath('/blog/x/')).toBe('blog/x/index.html')
    expect(fileForPath('/news/post.html')).toBe('news/post.html')
    expect(fileForPath('/news/caf%C3%A9/')).toBe('news/café/index.html')
  })

  it.each(['/blog/%2E%2E/', '/blog/a%2Fb/', '//x/', '/blog/%5C/'])('refuses %s, which would name no file inside the site', (path) => {
    expect(() => fileForPath(path)).toThrow(/names no file inside the site/)
  })
})

describe('redirectsFile', () => {
  it('writes one permanent redirect per line, after a comment', () => {
    const text = redirectsFile(siteRedirects(snapshot().redirects, { domain: DOMAIN, base: '/' }), 'Harbor Lane Physio')
    expect(text.split('\n')).toEqual([
      '# Old addresses of Harbor Lane Physio and where they lead now (301). Written by the site build.',
      '/blog/2019/desk-neck-pain/  /articles/dry-needling-or-manual-therapy-for-neck-pain/  301',
      '/compare/needles-or-hands/  /compare/dry-needling-vs-manual-therapy/  301',
      '/book-online.html  /request-appointment/?clinic=tempe  301',
      '/careers/  https://jobs.harbor-lane-physio.example/openings  301',
      '',
    ])
  })
})

describe('refreshPage', () => {
  const [first] = siteRedirects(snapshot().redirects, { domain: DOMAIN, base: '/harbor-lane-physio/' })
  if (first === undefined) throw new Error('the fixture has redirects')

  it('sends browsers on, names the new address as canonical, is not indexed and links the new page', () => {
    const html = refreshPage(first, 'Harbor Lane Physio')
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/harbor-lane-physio/articles/dry-needling-or-manual-therapy-for-neck-pain/">')
    expect(html).toContain(`<link rel="canonical" href="https://${DOMAIN}/articles/dry-needling-or-manual-therapy-for-neck-pain/">`)
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<a href="/harbor-lane-physio/articles/dry-needling-or-manual-therapy-for-neck-pain/">')
    expect(html).not.toMatch(/<script/i)
  })

  it('escapes what it is given', () => {
    const html = refreshPage({ ...first, href: '/request-appointment/?clinic=a&b="c"', canonical: 'https://x.example/?a=<b>' }, 'Tom & "Jerry\'s" <Physio>')
    expect(wellEscaped(html.replace('<!doctype html>', ''))).toBe(true)
    expect(html).toContain('url=/request-appointment/?clinic=a&amp;b=&quot;c&quot;')
    expect(html).toContain('Tom &amp; &quot;Jerry&apos;s&quot; &lt;Physio&gt;')
  })
})
