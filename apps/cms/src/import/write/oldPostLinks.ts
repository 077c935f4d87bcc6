import type { Id } from '../plan/context'

/**
 * How an address of the old site is compared with the addresses of imported posts: host without
 * `www.`, path without trailing slash, letter case aside, and only the query that names a
 * WordPress post (`?p=12`, `?page_id=12`), since links reach one post by several forms of address.
 * Null for anything that is not an http(s) address.
 */
export function oldPostLinkKey(href: string): string | null {
  const url = URL.parse(href)
  if (url === null || !/^https?:$/.test(url.protocol)) return null
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  const path = url.pathname.replace(/\/+$/, '').toLowerCase()
  const wordpressId = /^\?(p|page_id)=(\d+)$/.exec(url.search)
  return `${host}${path}${wordpressId ? `?${wordpressId[1]}=${wordpressId[2]}` : ''}`
}

/**
 * The articles that posts of the old site became, by {@link oldPostLinkKey} of their old
 * addresses (and post keys, which for WordPress are often the `?p=` address): those of earlier
 * imports, and those of the current import as each is written.
 */
export class OldPostLinks {
  private readonly articles = new Map<string, Id>()
  /** Addresses of posts of the current import not written yet, which a later pass may link. */
  private readonly pending = new Set<string>()

  /** Records that the post with these addresses is the article `article`. */
  add(addresses: readonly (string | null)[], article: Id): void {
    for (const address of addresses) {
      const key = address === null ? null : oldPostLinkKey(address)
      if (key === null) continue
      this.articles.set(key, article)
      this.pending.delete(key)
    }
  }

  /** Records that a post with these addresses is still to be written in this import. */
  expect(addresses: readonly (string | null)[]): void {
    for (const address of addresses) {
      const key = address === null ? null : oldPostLinkKey(address)
      if (key !== null && !this.articles.has(key)) this.pending.add(key)
    }
  }

  /** Records that a post of this import will not be written (it failed or was left alone). */
  forget(addresses: readonly (string | null)[]): void {
    for (const address of addresses) {
      const key = address === null ? null : oldPostLinkKey(address)
      if (key !== null) this.pending.delete(key)
    }
  }

  /** The article `href` leads to, or null. */
  article(href: string): Id | null {
    const key = oldPostLinkKey(href)
    return key === null ? null : (this.articles.get(key) ?? null)
  }

  /** Whether `href` leads to a post of this import that is not written yet. */
  isPending(href: string): boolean {
    const key = oldPostLinkKey(href)
    return key !== null && this.pending.has(key)
  }
}
