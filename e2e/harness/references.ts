/**
 * Where a URL found in a built file leads: to a file of this brand's build, to another brand,
 * to the CMS, or out of the site. Shared by the link check and the "nothing from other brands"
 * check of the output spec.
 */
import { readFileSync } from 'node:fs'
import { APPOINTMENT_ENDPOINT_PATH } from '@clinic/schema'
import path from 'node:path'
import { isFile } from './dist-files'
import { elementIds } from 'site/testing'
import type { RunBrand } from './run-file'

/** The origin URLs in built files are resolved against, standing in for "this site". */
const LOCAL_ORIGIN = 'http://site.invalid'

export interface ReferenceContext {
  brand: RunBrand
  /** `<distDir>/<brand>`. */
  brandDir: string
  otherBrands: readonly RunBrand[]
  /** Origin of the media server the snapshots pointed at (the CMS, as far as the build knew). */
  mediaOrigin: string
}

/** Where a reference leads. */
export type Destination =
  | { kind: 'ignored' }
  | { kind: 'external' }
  | { kind: 'problem'; problem: string }
  /** A path of this brand's site (`/articles/x/`), with the fragment (without `#`, decoded) if any. */
  | { kind: 'internal'; sitePath: string; fragment: string | null }

/**
 * Resolves `reference`, found in the file served at `fromSitePath` of the brand. Root-relative
 * and relative URLs are the brand's when they stay under `/<brand>/` (the local base path);
 * absolute URLs on the brand's own domain are its pages too (canonical, og:url, feeds).
 */
export function destinationOf(reference: string, fromSitePath: string, context: ReferenceContext): Destination {
  if (reference === '') return { kind: 'problem', problem: 'empty URL' }
  if (/^(mailto|tel|sms|data):/i.test(reference)) return { kind: 'ignored' }
  if (/^javascript:/i.test(reference)) return { kind: 'problem', problem: 'javascript: URL on a zero-JS site' }
  const base = `/${context.brand.slug}`
  let url: URL
  try {
    url = new URL(reference, `${LOCAL_ORIGIN}${base}${fromSitePath}`)
  } catch {
    return { kind: 'problem', problem: 'not a valid URL' }
  }
  let sitePath: string
  if (url.origin === LOCAL_ORIGIN) {
    if (!url.pathname.startsWith(`${base}/`) && url.pathname !== base) {
      const other = context.otherBrands.find((brand) => url.pathname.startsWith(`/${brand.slug}/`))
      return {
        kind: 'problem',
        problem: other === undefined ? `points outside the brand's base path ${base}/` : `points into another brand's site (${other.slug})`,
      }
    }
    sitePath = url.pathname.slice(base.length) || '/'
  } else if (url.host === context.brand.domain) {
    if (url.protocol !== 'https:') return { kind: 'problem', problem: `uses ${url.protocol} on the brand's own domain, expected https:` }
    sitePath = url.pathname
  } else if (url.origin === context.mediaOrigin && url.pathname === APPOINTMENT_ENDPOINT_PATH) {
    // The appointment form posts to the CMS: the one reference to it a built page may have.
    return { kind: 'external' }
  } else if (url.origin === context.mediaOrigin) {
    return { kind: 'problem', problem: `loads from the CMS media server the build used (${context.mediaOrigin}); the build must put the file into the site instead` }
  } else {
    const other = context.otherBrands.find((brand) => url.host === brand.domain)
    return other === undefined ? { kind: 'external' } : { kind: 'problem', problem: `links to another brand's domain (${other.slug})` }
  }
  let fragment: string | null = null
  if (url.hash.length > 1) {
    try {
      fragment = decodeURIComponent(url.hash.slice(1))
    } catch {
      fragment = url.hash.slice(1)
    }
  }
  try {
    return { kind: 'internal', sitePath: decodeURIComponent(sitePath), fragment }
  } catch {
    return { kind: 'problem', problem: 'path is not valid percent-encoding' }
  }
}

const idCache = new Map<string, Set<string>>()

/**
 * Why an internal destination does not resolve in the build, or null when it does:
 * `/x/` → `x/index.html`, `/x` → the file `x` or `x/index.html`, `#id` → an element with
 * that id in the target page.
 */
export function brokenBecause(destination: { sitePath: string; fragment: string | null }, brandDir: string): string | null {
  const target = path.join(brandDir, destination.sitePath)
  if (target !== brandDir && !target.startsWith(`${brandDir}${path.sep}`)) return 'leaves the brand folder'
  const candidates = destination.sitePath.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html')]
  const file = candidates.find(isFile)
  if (file === undefined) return `no such file (looked for ${candidates.map((candidate) => path.relative(brandDir, candidate)).join(' or ')})`
  if (destination.fragment === null || !file.endsWith('.html')) return null
  let ids = idCache.get(file)
  if (ids === undefined) {
    ids = elementIds(readFileSync(file, 'utf8'))
    idCache.set(file, ids)
  }
  return ids.has(destination.fragment) ? null : `no element with id "${destination.fragment}" in ${path.relative(brandDir, file)}`
}
