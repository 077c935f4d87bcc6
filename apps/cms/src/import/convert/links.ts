import { type ConvertState, isOldSite } from './state'

/** A link as the body keeps it: always an absolute http(s), mailto: or tel: address. */
export interface LinkInfo {
  href: string
  newTab: boolean
}

/**
 * The target of a link, or null when it must not be kept (its text stays): only http(s), mailto:
 * and tel: addresses survive; `javascript:`, `data:` and other schemes, in-page anchors and
 * relative addresses that nothing resolves are dropped. Links to the old site stay as absolute
 * URLs and their path is noted in `state.oldSiteLinks`, for rewriting once their posts exist.
 */
export function resolveLink(element: Element, state: ConvertState): LinkInfo | null {
  // Browsers ignore tabs and line breaks inside an address, and so do the schemes' checks here.
  const raw = (element.getAttribute('href') ?? '').replace(/[\t\n\r]/g, '').trim()
  if (raw === '' || raw.startsWith('#')) return null
  const newTab = (element.getAttribute('target') ?? '').toLowerCase() === '_blank'

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase()
  if (scheme === 'mailto' || scheme === 'tel') {
    const rest = raw.slice(scheme.length + 1).trim().replace(/ /g, '%20')
    if (rest === '' || /[\s<>"]/.test(rest)) return null
    return { href: `${scheme}:${rest}`, newTab: false }
  }
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    state.warnings.add(`A link with a ${scheme}: address was removed (only web, email and phone links are kept); its text stays.`)
    return null
  }

  const url = URL.parse(raw, state.base ?? undefined)
  if (url === null || !/^https?:$/.test(url.protocol)) {
    state.warnings.add(`A link to "${raw.slice(0, 120)}" could not be resolved to a full address and was removed; its text stays.`)
    return null
  }
  // Credentials in a link are either a mistake or a trick; the link is not worth keeping.
  if (url.username !== '' || url.password !== '') return null
  // By path; WordPress's own post addresses (`/?p=12`) keep the query that names the post.
  if (isOldSite(url, state)) state.oldSiteLinks.add(/^\?(p|page_id)=\d+$/.test(url.search) ? `${url.pathname}${url.search}` : url.pathname)
  return { href: url.href, newTab }
}
