/**
 * Which image file each `<img>` of a page loads on a phone: `srcset` and `sizes` evaluated
 * the way a browser does for the one device a page weight assumes ({@link PHONE}).
 */
import { srcsetCandidates, startTags } from '../html-reader'

/**
 * The phone a page weight assumes: Lighthouse's default mobile device (a Moto G Power),
 * 412 CSS pixels wide at a device-pixel ratio of 1.75.
 */
export const PHONE = { viewportWidth: 412, devicePixelRatio: 1.75 }


/** A length in a `sizes` attribute or a media condition, in CSS pixels (em and rem: 16 px); NaN when not understood. */
function cssLength(value: string, viewportWidth: number): number {
  const match = /^(-?\d*\.?\d+)(px|r?em|vw)?$/i.exec(value.trim())
  if (match === null) return Number.NaN
  const number = Number(match[1])
  const unit = (match[2] ?? 'px').toLowerCase()
  if (unit === 'vw') return (number * viewportWidth) / 100
  if (unit === 'em' || unit === 'rem') return number * 16
  return unit === 'px' && (number === 0 || match[2] !== undefined) ? number : Number.NaN
}

/** Whether a `sizes` media condition holds: `(min-width: …)` and `(max-width: …)`, joined by `and`; anything else does not. */
function mediaMatches(condition: string, viewportWidth: number): boolean {
  return condition
    .trim()
    .split(/\s+and\s+/i)
    .every((part) => {
      const match = /^\(\s*(min|max)-width\s*:\s*([^)]+)\)$/i.exec(part.trim())
      if (match === null) return false
      const length = cssLength(match[2] ?? '', viewportWidth)
      return match[1]?.toLowerCase() === 'min' ? viewportWidth >= length : viewportWidth <= length
    })
}

/**
 * The width in CSS pixels an image is laid out at by its `sizes` attribute: the first entry
 * whose media condition holds; 100vw when none does, the attribute is missing, or the length
 * is one this does not evaluate (`auto`, `calc()`).
 */
export function slotWidth(sizes: string | undefined, viewportWidth: number = PHONE.viewportWidth): number {
  for (const entry of (sizes ?? '').split(',')) {
    const match = /^(.*?)\s*([^\s()]+)$/.exec(entry.trim())
    if (match === null) continue
    const condition = match[1] ?? ''
    if (condition !== '' && !mediaMatches(condition, viewportWidth)) continue
    const width = cssLength(match[2] ?? '', viewportWidth)
    return Number.isFinite(width) && width > 0 ? width : viewportWidth
  }
  return viewportWidth
}

/** One `srcset` candidate: its URL and pixel density on the phone. */
interface ImageCandidate {
  url: string
  density: number
}

/**
 * The candidates of `srcset` with a density: a width descriptor divided by the slot width, a
 * density descriptor as it is, none as 1x; invalid descriptors drop their candidate.
 * `widths`: whether any candidate has a width descriptor.
 */
function densities(srcset: string, slot: number): { candidates: ImageCandidate[]; widths: boolean } {
  const candidates: ImageCandidate[] = []
  let widths = false
  for (const { url, descriptor } of srcsetCandidates(srcset)) {
    const width = /^(\d+)w$/.exec(descriptor)
    const density = /^(\d*\.?\d+)x$/.exec(descriptor)
    if (width) widths = true
    if (width && Number(width[1]) > 0) candidates.push({ url, density: Number(width[1]) / slot })
    else if (density) candidates.push({ url, density: Number(density[1]) })
    else if (descriptor === '') candidates.push({ url, density: 1 })
  }
  return { candidates, widths }
}

/**
 * The image file one `<img>` loads on the phone ({@link PHONE}):
 *
 * - the candidates are the `srcset` entries; a `w` descriptor becomes a density by dividing
 *   it by the slot width from `sizes` ({@link slotWidth}); `src` joins as the 1x candidate
 *   unless `srcset` has width descriptors or a 1x entry; no `srcset` means `src`;
 * - the least dense candidate whose density reaches the device ratio is taken, the densest
 *   one when none does. For a 412 px slot at 1.75 (721 device pixels) that is the 960w of a
 *   320/640/960 ladder, the file Chromium 156 under Lighthouse's phone emulation fetched.
 *
 * `<picture>` `<source>`s are not considered (the site renders none). Returns undefined
 * when the element names no image.
 */
export function chooseImageCandidate(
  attributes: { src?: string; srcset?: string; sizes?: string },
  phone: { viewportWidth: number; devicePixelRatio: number } = PHONE,
): string | undefined {
  const slot = slotWidth(attributes.sizes, phone.viewportWidth)
  const { candidates, widths } = densities(attributes.srcset ?? '', slot)
  const src = attributes.src?.trim()
  if (src && !widths && !candidates.some((candidate) => candidate.density === 1)) candidates.push({ url: src, density: 1 })
  if (candidates.length === 0) return src || undefined
  candidates.sort((a, b) => a.density - b.density)
  return (candidates.find((candidate) => candidate.density >= phone.devicePixelRatio) ?? candidates.at(-1))?.url
}

/** The attributes of every `<img>` in `html`, leaving out comments, `<noscript>` and `<template>`. */
export function imageElements(html: string): Record<string, string>[] {
  const visible = html.replace(/<noscript[\s>][\s\S]*?<\/noscript>|<template[\s>][\s\S]*?<\/template>/gi, '')
  return startTags(visible)
    .filter((tag) => tag.name === 'img')
    .map((tag) => tag.attrs)
}
