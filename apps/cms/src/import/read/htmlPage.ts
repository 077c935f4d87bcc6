import path from 'node:path'
import type { SourcePost } from '../types'
import { parsePage } from '../dom'
import { readJsonLd } from './jsonLd'
import { extractMainContent } from './mainContent'
import { readPageMetadata } from './metadata'

/** Attributes an image's address may be in (lazy loaders keep the real one in `data-*`). */
export const IMAGE_SOURCE_ATTRIBUTES = ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-image', 'data-orig-file'] as const

/**
 * Reads a saved web page (WordPress, Squarespace, Wix, a chain's CMS…): its metadata and main
 * content, with everything around the post removed. `name` is the input's name; images the page
 * names by a relative path (a browser's "save page, complete" folder) are renamed relative to the
 * inputs, so they can be found among them.
 */
export function readHtmlPage(name: string, text: string): SourcePost {
  const document = parsePage(text)
  const jsonLd = readJsonLd(document)
  // Metadata first: finding the main content removes the page around it.
  const metadata = readPageMetadata(document, jsonLd.objects)
  const content = extractMainContent(document)
  rebaseRelativeImages(content.root, name)

  const subtitle = metadata.subtitle !== null && metadata.subtitle !== metadata.title ? metadata.subtitle : null
  return {
    source: name,
    key: metadata.url ?? name,
    sourceUrl: metadata.url,
    title: metadata.title,
    subtitle,
    publishedAt: metadata.publishedAt,
    author: metadata.author,
    categories: metadata.categories,
    excerpt: metadata.description,
    html: content.root.innerHTML,
    heroImage: metadata.heroImage,
    jsonLd: jsonLd.objects,
    seo: { title: null, description: metadata.description },
    warnings: [...jsonLd.warnings, ...metadata.warnings, ...content.warnings],
  }
}

/** Image paths relative to the page (`post_files/photo.jpg`) made relative to the inputs (`blog/post_files/photo.jpg`). */
function rebaseRelativeImages(root: Element, name: string): void {
  const folder = path.posix.dirname(name.replace(/\\/g, '/'))
  if (folder === '.' || folder === '') return
  for (const image of root.querySelectorAll('img, source')) {
    for (const attribute of IMAGE_SOURCE_ATTRIBUTES) {
      const value = image.getAttribute(attribute)?.trim()
      // Only document-relative paths: not `/…`, `//…`, `#…`, nor anything with a scheme.
      if (!value || /^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) continue
      const joined = path.posix.normalize(`${folder}/${value}`)
      if (!joined.startsWith('../')) image.setAttribute(attribute, joined)
    }
  }
}
