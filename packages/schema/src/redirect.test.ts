import { describe, expect, it } from 'vitest'
import { PAGE_COLLECTIONS, type PageCollection, RedirectSchema, documentPath, isReservedSitePath, listingOfPath, normaliseRedirectTarget, normaliseSitePath, pageOfPath, publishedPagePaths, targetPath } from './redirect'
import { BrandSnapshotSchema } from './snapshot'
import { makeValidSnapshot } from './testing'

type Issue = { path: PropertyKey[]; message: string }

function issuesOf(snapshot: unknown): Issue[] {
  const result = BrandSnapshotSchema.safeParse(snapshot)
  if (result.success) throw new Error('expected the snapshot to be rejected')
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
}

describe('normaliseSitePath', () => {
  it.each([
    ['/blog/knee-pain/', '/blog/knee-pain/'],
    ['/blog/knee-pain', '/blog/knee-pain/'],
    ['blog/knee-pain', '/blog/knee-pain/'],
    ['  /blog/knee-pain  ', '/blog/knee-pain/'],
    ['https://old-clinic.example/blog/knee-pain/?utm_source=mail#comments', '/blog/knee-pain/'],
    ['//old-clinic.example/2019/05/knee-pain', '/2019/05/knee-pain/'],
    ['/blog//knee-pain///', '/blog/knee-pain/'],
    ['/blog/./old/../knee-pain', '/blog/knee-pain/'],
    ['/news/knee pain', '/news/knee%20pain/'],
    ['/news/café', '/news/caf%C3%A9/'],
    ['/news/caf%c3%a9/', '/news/caf%C3%A9/'],
    ['/news/knee-pain.html', '/news/knee-pain.html'],
    ['/index.php', '/index.php'],
    ['/Blog/Knee-Pain', '/Blog/Knee-Pain/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseSitePath(input)).toEqual({ path: expected })
  })

  it.each([
    ['', 'the address is empty.'],
    ['mailto:front-desk@old-clinic.example', 'is not a web address'],
    ['/blog/*', 'read as patterns'],
    ['/blog/:slug/', 'read as patterns'],
    [`/${'a'.repeat(1100)}/`, 'longer than 1024'],
  ])('refuses %j', (input, problem) => {
    expect(normaliseSitePath(input).problem).toContain(problem)
  })
})

describe('normaliseRedirectTarget', () => {
  it.each([
    ['/articles/knee-pain', '/articles/knee-pain/'],
    ['/request-appointment/?clinic=tempe', '/request-appointment/?clinic=tempe'],
    ['/faq#cost', '/faq/#cost'],
    ['https://partners.example/physio', 'https://partners.example/physio'],
    ['HTTPS://Partners.Example', 'https://partners.example/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseRedirectTarget(input)).toEqual({ target: expected })
  })

  it.each(['articles/knee-pain/', '//elsewhere.example/x', 'javascript:alert(1)', 'ftp://files.example/x', 'https://user:secret@partners.example/'])('refuses %j', (input) => {
    expect(normaliseRedirectTarget(input).problem).toBeTypeOf('string')
  })

  it('gives the site path of a target, or null for another site', () => {
    expect(targetPath('/faq/#cost')).toBe('/faq/')
    expect(targetPath('/request-appointment/?clinic=tempe')).toBe('/request-appointment/')
    expect(targetPath('https://partners.example/physio')).toBeNull()
  })
})

describe('document paths', () => {
  it('names the page of each page collection as the site routes it', () => {
    expect(PAGE_COLLECTIONS.map((collection) => documentPath(collection, 'x'))).toEqual(['/articles/x/', '/compare/x/', '/therapies/x/', '/conditions/x/', '/locations/x/', '/team/x/'])
  })

  it('reads a document page back from its path, and nothing else', () => {
    for (const collection of PAGE_COLLECTIONS) expect(pageOfPath(documentPath(collection, 'dry-needling'))).toEqual({ collection, slug: 'dry-needling' })
    expect(pageOfPath('/blog/dry-needling/')).toBeNull()
    expect(pageOfPath('/articles/')).toBeNull()
    expect(pageOfPath('/articles/category/news/')).toBeNull()
  })

  it('knows the pages and files every brand site has', () => {
    for (const path of ['/', '/articles/', '/articles/page/2/', '/articles/category/news/', '/faq/', '/locations/', '/request-appointment/', '/request-appointment/thank-you/', '/privacy/', '/sitemap.xml', '/search/', '/pagefind/pagefind.js', '/accessibility/', '/_astro/x.css']) {
      expect(isReservedSitePath(path), path).toBe(true)
    }
    for (const path of ['/articles/knee-pain/', '/blog/', '/compare/', '/about-us/']) expect(isReservedSitePath(path), path).toBe(false)
  })

  it('leaves /team/ free: a brand without providers has no team page, so its old /team/ may be redirected', () => {
    expect(isReservedSitePath('/team/')).toBe(false)
    expect(pageOfPath('/team/')).toBeNull()
    expect(listingOfPath('/team/')).toBe('providers')
    expect(listingOfPath('/locations/')).toBeNull()
    expect(listingOfPath('/team/maren-okafor/')).toBeNull()
  })

  it('lists the paths published documents make live, /team/ only while a provider is published', () => {
    const none: Record<PageCollection, { slug: string }[]> = { articles: [], comparisons: [], therapies: [], conditions: [], clinics: [], providers: [] }
    expect([...publishedPagePaths(none)]).toEqual([])
    expect([...publishedPagePaths({ ...none, clinics: [{ slug: 'tempe' }] })]).toEqual(['/locations/tempe/'])
    expect([...publishedPagePaths({ ...none, providers: [{ slug: 'maren-okafor' }, { slug: 'idris-calloway' }] })]).toEqual([
      '/team/maren-okafor/',
      '/team/idris-calloway/',
      '/team/',
    ])
  })
})

describe('RedirectSchema', () => {
  it('accepts normalised paths and targets', () => {
    expect(RedirectSchema.safeParse({ from: '/blog/knee/', to: '/articles/knee/' }).success).toBe(true)
    expect(RedirectSchema.safeParse({ from: '/old.html', to: 'https://partners.example/' }).success).toBe(true)
  })

  it.each([
    [{ from: '/blog/knee', to: '/articles/knee/' }, 'from', 'normalised site path'],
    [{ from: 'https://old.example/blog/knee/', to: '/articles/knee/' }, 'from', 'normalised site path'],
    [{ from: '/blog/knee/?p=1', to: '/articles/knee/' }, 'from', 'normalised site path'],
    [{ from: '/', to: '/articles/knee/' }, 'from', 'one of the site\'s own pages'],
    [{ from: '/articles/page/2/', to: '/articles/' }, 'from', 'one of the site\'s own pages'],
    [{ from: '/blog/knee/', to: 'articles/knee/' }, 'to', 'normalised site path'],
    [{ from: '/blog/knee/', to: '/articles/knee' }, 'to', 'normalised site path'],
    [{ from: '/blog/knee/', to: 'javascript:alert(1)' }, 'to', 'normalised site path'],
  ])('refuses %j at %s', (input, field, message) => {
    const result = RedirectSchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message.includes(message)])).toEqual([[field, true]])
  })
})

describe('BrandSnapshotSchema: redirects', () => {
  it('carries the redirects of the fixture', () => {
    const parsed = BrandSnapshotSchema.parse(makeValidSnapshot())
    expect(parsed.redirects.map((redirect) => redirect.from)).toEqual(['/blog/2019/desk-neck-pain/', '/compare/needles-or-hands/', '/book-online.html', '/careers/'])
  })

  it('reads a snapshot made before redirects existed as one without any', () => {
    const input: Record<string, unknown> = makeValidSnapshot()
    delete input.redirects
    expect(BrandSnapshotSchema.parse(input).redirects).toEqual([])
  })

  it('rejects an old path redirected twice', () => {
    const input = makeValidSnapshot()
    input.redirects?.push({ from: '/careers/', to: '/locations/' })
    expect(issuesOf(input)).toEqual([{ path: ['redirects', 4, 'from'], message: '/careers/ is already redirected by redirects.3' }])
  })

  it('rejects a redirect from a page the site has', () => {
    const input = makeValidSnapshot()
    input.redirects?.push({ from: '/therapies/dry-needling/', to: '/therapies/manual-therapy/' })
    expect(issuesOf(input)).toEqual([{ path: ['redirects', 4, 'from'], message: '/therapies/dry-needling/ is a page of this site, so it cannot be redirected' }])
  })

  it('rejects a redirect from a provider\'s page, and from /team/ while the brand has providers', () => {
    const input = makeValidSnapshot()
    input.redirects?.push({ from: '/team/maren-okafor/', to: '/locations/tempe/' }, { from: '/team/', to: '/locations/' })
    expect(issuesOf(input)).toEqual([
      { path: ['redirects', 4, 'from'], message: '/team/maren-okafor/ is a page of this site, so it cannot be redirected' },
      { path: ['redirects', 5, 'from'], message: '/team/ is a page of this site, so it cannot be redirected' },
    ])
  })

  it('accepts a redirect from /team/ for a brand without providers, whose site has no team page', () => {
    // The fixture's pages name their reviewers, who are gone here: the redirect must add no issue to those.
    const without = { ...makeValidSnapshot(), providers: [] }
    const input = { ...makeValidSnapshot(), providers: [] }
    input.redirects?.push({ from: '/team/', to: '/locations/' })
    expect(issuesOf(input)).toEqual(issuesOf(without))
    const withProviders = makeValidSnapshot()
    withProviders.redirects?.push({ from: '/team/', to: '/locations/' })
    expect(issuesOf(withProviders)).toEqual([{ path: ['redirects', 4, 'from'], message: '/team/ is a page of this site, so it cannot be redirected' }])
  })

  it('rejects a redirect that leads to itself', () => {
    const input = makeValidSnapshot()
    input.redirects?.push({ from: '/blog/loop/', to: '/blog/loop/#top' })
    expect(issuesOf(input)).toEqual([{ path: ['redirects', 4, 'to'], message: '/blog/loop/ leads to itself' }])
  })

  it('rejects chains and loops: a redirect to another old path', () => {
    const input = makeValidSnapshot()
    input.redirects?.push({ from: '/blog/a/', to: '/blog/b/' }, { from: '/blog/b/', to: '/blog/a/' })
    expect(issuesOf(input)).toEqual([
      { path: ['redirects', 4, 'to'], message: '/blog/b/ is itself redirected (redirects.5); lead straight to the final address' },
      { path: ['redirects', 5, 'to'], message: '/blog/a/ is itself redirected (redirects.4); lead straight to the final address' },
    ])
  })
})
