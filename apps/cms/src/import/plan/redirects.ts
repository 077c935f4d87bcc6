import { type ImportRedirect, documentPath, isReservedSitePath, normaliseSitePath } from '@clinic/schema'

/** The path of an article on a brand site. */
export const articlePath = (slug: string) => documentPath('articles', slug)

/**
 * The redirect that keeps a post's old address working (old path → its article, the path in the
 * form the redirects collection stores it), or why there is none, in plain words for the report
 * (null when none is needed: the old path already is the new one).
 */
export function redirectFor(sourceUrl: string | null, slug: string): { redirect: ImportRedirect } | { warning: string | null } {
  if (sourceUrl === null) return { warning: 'The post\'s old address is not known (no link or canonical URL), so no redirect was made: add one by hand if the old page was public.' }
  const url = URL.parse(sourceUrl)
  if (url === null || !/^https?:$/.test(url.protocol)) return { warning: `The old address ${sourceUrl} is not a web address, so no redirect was made.` }
  const from = normaliseSitePath(url.pathname)
  if (from.problem !== undefined) return { warning: `The old address ${sourceUrl} cannot be redirected: ${from.problem}` }
  const to = articlePath(slug)
  if (from.path === to) return { warning: null }
  if (isReservedSitePath(from.path)) return { warning: `The old address ${from.path} is one of the brand site's own pages (such as its home, search or team page), so it cannot lead to this article; no redirect was made.` }
  return { redirect: { from: from.path, to } }
}
