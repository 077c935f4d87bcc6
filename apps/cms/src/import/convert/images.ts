import type { ImportBlockNode } from '@clinic/schema'
import { tagOf } from '../dom'
import type { ConvertState } from './state'

/** Attributes lazy loaders keep the real address in, after `src`. */
const LAZY_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-image', 'data-orig-file', 'data-full-url']

/** Inline images smaller than this are placeholders (a 1×1 GIF), not pictures. */
const PLACEHOLDER_DATA_LENGTH = 200

function firstOfSrcset(srcset: string | null): string | null {
  const first = (srcset ?? '').split(',')[0]?.trim().split(/\s+/)[0]
  return first ? first : null
}

/** The address of an `img` (or of a `picture`'s image): `src`, unless a lazy loader put a placeholder there. */
function rawSource(image: Element): string | null {
  const src = image.getAttribute('src')?.trim() ?? ''
  const placeholder = src === '' || src === 'about:blank' || (/^data:/i.test(src) && src.length < PLACEHOLDER_DATA_LENGTH)
  if (!placeholder) return src
  for (const attribute of LAZY_ATTRIBUTES) {
    const value = image.getAttribute(attribute)?.trim()
    if (value) return value
  }
  const fromSrcset = firstOfSrcset(image.getAttribute('srcset') ?? image.getAttribute('data-srcset'))
  if (fromSrcset !== null) return fromSrcset
  const source = image.parentElement !== null && tagOf(image.parentElement) === 'picture' ? image.parentElement.querySelector('source[srcset]') : null
  return firstOfSrcset(source?.getAttribute('srcset') ?? null)
}

/**
 * Where an image is: an absolute http(s) address (`//…` and `/…` resolved against the page), an
 * inline `data:` image, or a path among the uploaded files as the page wrote it (a saved page's
 * images folder). Null for anything else (`javascript:`, `file:`, `blob:`…).
 */
function resolveSource(raw: string, state: ConvertState): string | null {
  if (/^data:image\//i.test(raw)) return raw
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase()
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https') return null
    return URL.parse(raw)?.href ?? null
  }
  if (raw.startsWith('//')) return URL.parse(`https:${raw}`)?.href ?? null
  if (raw.startsWith('/') && state.base !== null) return URL.parse(raw, state.base)?.href ?? null
  return raw
}

/**
 * The image node of an `img` (or `picture`), adding the image to `state.images` (once per same
 * source, alt text and caption); null for tracking pixels and addresses that cannot be fetched.
 * A missing alt text is a warning: the draft's image needs one before it is published.
 */
export function imageNode(element: Element, caption: string, state: ConvertState): ImportBlockNode | null {
  const image = tagOf(element) === 'picture' ? element.querySelector('img') : element
  if (image === null) return null
  const width = Number(image.getAttribute('width'))
  const height = Number(image.getAttribute('height'))
  if (width > 0 && width <= 2 && height > 0 && height <= 2) return null // a tracking pixel

  const raw = rawSource(image)
  if (raw === null) return null
  const resolved = resolveSource(raw, state)
  if (resolved === null) {
    state.warnings.add(`An image with the address "${raw.slice(0, 120)}" was left out: only web addresses, inline images and uploaded files can be read.`)
    return null
  }
  const src = state.ctx.resolveImage ? state.ctx.resolveImage(resolved) : resolved
  const alt = (image.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim()
  const shownSrc = src.startsWith('data:') ? 'an inline image' : src
  if (alt === '') state.warnings.add(`The image ${shownSrc} has no alt text; describe it before publishing.`)

  const key = `${src}\u0000${alt}\u0000${caption}`
  let index = state.imageIndex.get(key)
  if (index === undefined) {
    index = state.images.length
    state.images.push({ src, alt, caption, role: 'body' })
    state.imageIndex.set(key, index)
  }
  return { type: 'image', image: index }
}
