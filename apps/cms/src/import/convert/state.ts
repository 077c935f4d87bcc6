import type { ImportImage } from '@clinic/schema'
import type { ConvertContext } from '../types'

/** What converting one body collects as it goes. */
export interface ConvertState {
  ctx: ConvertContext
  /** Where relative addresses are resolved: the page's URL, else the old site's first origin. */
  base: URL | null
  /** Host names of the old site, without `www.`. */
  oldHosts: Set<string>
  images: ImportImage[]
  /** Index of an image in `images` by src, alt and caption, so a repeated image is listed once. */
  imageIndex: Map<string, number>
  oldSiteLinks: Set<string>
  warnings: Set<string>
  /** Level of the last heading of the source, for the headings made from accordion titles. */
  lastHeadingLevel: number | null
}

const hostKey = (host: string) => host.toLowerCase().replace(/^www\./, '')

/** A fresh state for converting a body in `ctx`. */
export function newConvertState(ctx: ConvertContext): ConvertState {
  const oldHosts = new Set<string>()
  for (const origin of [...ctx.oldOrigins, ...(ctx.pageUrl ? [ctx.pageUrl] : [])]) {
    const url = URL.parse(origin)
    if (url !== null && /^https?:$/.test(url.protocol)) oldHosts.add(hostKey(url.hostname))
  }
  const pageUrl = ctx.pageUrl ? URL.parse(ctx.pageUrl) : null
  const firstOrigin = ctx.oldOrigins.length > 0 ? URL.parse(`${ctx.oldOrigins[0]?.replace(/\/+$/, '')}/`) : null
  const base = pageUrl !== null && /^https?:$/.test(pageUrl.protocol) ? pageUrl : firstOrigin !== null && /^https?:$/.test(firstOrigin.protocol) ? firstOrigin : null
  return { ctx, base, oldHosts, images: [], imageIndex: new Map(), oldSiteLinks: new Set(), warnings: new Set(), lastHeadingLevel: null }
}

/** Whether an http(s) URL is on the old site (any of its origins, with or without `www.`, http or https). */
export function isOldSite(url: URL, state: ConvertState): boolean {
  return state.oldHosts.has(hostKey(url.hostname))
}
