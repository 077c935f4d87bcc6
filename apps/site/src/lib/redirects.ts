import type { Redirect } from '@clinic/schema'
import { canonicalUrl } from './routes'
import { escapeXml } from './xml'

/*
 * Old addresses of a brand site (snapshot `redirects`), published two ways so that every static
 * host keeps them working: a `_redirects` file, which Netlify and Cloudflare Pages turn into
 * real 301 answers, and at each old path a small page that sends browsers on (meta refresh)
 * and tells search engines where the page lives now (canonical link, noindex), for hosts that
 * read no redirect file. Neither is an Astro page: no page shows redirects, so they are written
 * after Astro's build (scripts/lib/build-brand.ts) and are in no page's cache key.
 */

/** One redirect as this build publishes it. */
export interface SiteRedirect {
  /** The old path, under the build's base (`/<brand>/blog/x/` when brands share a server). */
  from: string
  /** Where it leads: a path under the base, or an absolute URL elsewhere. */
  href: string
  /** The absolute URL of where it leads, on the brand's own domain for the site's pages (as every canonical link). */
  canonical: string
  /** The file at the old path, relative to the build output: `blog/x/index.html`, or `old.html` for a path naming a file. */
  file: string
}

const root = (base: string) => (base.endsWith('/') ? base : `${base}/`)

/** A site path (starting with `/`) under the build's base. */
function underBase(base: string, path: string): string {
  return `${root(base)}${path.slice(1)}`
}

/**
 * The file that answers a site path on a static host: `/blog/x/` → `blog/x/index.html`,
 * `/news/post.html` → `news/post.html`. Segments are decoded as hosts decode request paths.
 * Throws for a path that would leave the output folder (the snapshot schema already refuses one).
 */
export function fileForPath(path: string): string {
  const segments = path.split('/').slice(1)
  const named = path.endsWith('/') ? [...segments.slice(0, -1), 'index.html'] : segments
  return named
    .map((segment) => {
      let decoded: string
      try {
        decoded = decodeURIComponent(segment)
      } catch {
        decoded = segment
      }
      if (decoded === '' || decoded === '.' || decoded === '..' || /[/\\\0]/.test(decoded)) {
        throw new Error(`The redirect from ${path} names no file inside the site (segment "${segment}"); fix the redirect in the CMS.`)
      }
      return decoded
    })
    .join('/')
}

/** The brand's redirects as this build (with base `base`) publishes them, in the snapshot's order. */
export function siteRedirects(redirects: readonly Redirect[], { domain, base }: { domain: string; base: string }): SiteRedirect[] {
  return redirects.map(({ from, to }) => {
    const href = to.startsWith('/') ? underBase(base, to) : to
    return {
      from: underBase(base, from),
      href,
      canonical: to.startsWith('/') ? canonicalUrl(domain, base, href) : to,
      file: fileForPath(from),
    }
  })
}

/** The `_redirects` file (Netlify and Cloudflare Pages): one permanent redirect per line. */
export function redirectsFile(redirects: readonly SiteRedirect[], brandName: string): string {
  return [`# Old addresses of ${brandName} and where they lead now (301). Written by the site build.`, ...redirects.map((redirect) => `${redirect.from}  ${redirect.href}  301`), ''].join('\n')
}

/**
 * The page at an old path, for hosts that read no `_redirects`: it sends the browser on at once,
 * names the new address as canonical for search engines, asks them not to index it, and links
 * it for anyone whose browser does not follow the refresh.
 */
export function refreshPage(redirect: SiteRedirect, brandName: string): string {
  const href = escapeXml(redirect.href)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This page has moved · ${escapeXml(brandName)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeXml(redirect.canonical)}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now at <a href="${href}">${escapeXml(redirect.canonical)}</a>.</p>
</main>
</body>
</html>
`
}
