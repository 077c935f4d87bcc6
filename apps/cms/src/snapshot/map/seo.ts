import type { Located, MapContext, Ref } from './context'

/** A page's `seo` group as stored; missing on documents saved before the page type had one. */
export interface StoredSeo {
  title?: string | null
  description?: string | null
  image?: Ref
}

/**
 * A page's search and social fields as the snapshot carries them: blank text is null (the site
 * then uses the page's own), and the image goes through the brand's media like every other image,
 * so one of other brands only is left out (and logged) rather than shown.
 */
export function mapSeo(seo: StoredSeo | null | undefined, ctx: MapContext, at: Located) {
  return {
    title: seo?.title?.trim() || null,
    description: seo?.description?.trim() || null,
    image: ctx.mediaOf(seo?.image, at, 'seo.image'),
  }
}
