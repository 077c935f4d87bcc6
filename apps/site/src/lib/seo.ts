import type { Media, Seo } from '@clinic/schema'

/** What a page puts in its `<head>` for search results and sharing. */
export interface PageHead {
  /** The `<title>`, og:title and twitter:title. */
  title: string
  /** The meta description, og:description and twitter:description. */
  description: string
  /** The og:image, or null for none. */
  image: Media | null
}

/** A page's own title, description and image: what its head shows when the editor set no SEO fields. */
export interface PageOwnHead extends PageHead {
  /** True when `title` is the whole title already (the home page); otherwise the brand's name is appended. */
  fullTitle: boolean
}

/**
 * The head of a page: each SEO field the editor set (the snapshot's `seo`, brand name included in
 * its title) as it is, and the page's own for each one left empty: its title with ` | <brand>`,
 * its lead, its main image.
 */
export function pageHead(own: PageOwnHead, brandName: string, seo: Seo | null): PageHead {
  return {
    title: seo?.title ?? (own.fullTitle ? own.title : `${own.title} | ${brandName}`),
    description: seo?.description ?? own.description,
    image: seo?.image ?? own.image,
  }
}
