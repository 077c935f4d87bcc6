import type { Media } from '@clinic/schema'

/** Rendition widths offered in `srcset`: phone, small tablet, the 60rem column, and 2× of it. */
export const IMAGE_WIDTH_LADDER: readonly number[] = [320, 640, 960, 1280, 1920]

/**
 * The `srcset` widths for an image `originalWidth` pixels wide: the ladder steps below it plus
 * the original (capped at the ladder's top), so no rendition is upscaled.
 */
export function srcsetWidths(originalWidth: number): number[] {
  const top = IMAGE_WIDTH_LADDER.at(-1) ?? originalWidth
  return [...new Set([...IMAGE_WIDTH_LADDER.filter((width) => width < originalWidth), Math.min(originalWidth, top)])]
}

/**
 * A `srcset` of the renditions the CMS made, narrowest first, then the original. Renditions
 * cropped to another shape (a square thumbnail) are left out: the browser would stretch them.
 */
export function cmsSrcset(media: Media): string {
  const ratio = media.width / media.height
  const sameShape = media.sizes.filter((size) => size.width < media.width && Math.abs(size.width / size.height - ratio) <= ratio * 0.01)
  return [...sameShape.sort((a, b) => a.width - b.width), media]
    .map((rendition) => `${rendition.url} ${rendition.width}w`)
    .join(', ')
}
