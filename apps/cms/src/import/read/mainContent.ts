import { Readability } from '@mozilla/readability'
import { cleanText, parseFragment } from '../dom'
import { cleanContent } from './cleanContent'

/**
 * Where each platform puts a post's content, most specific first: WordPress block and classic
 * themes, Squarespace, Wix, a HubSpot-like chain CMS, then schema.org microdata.
 */
export const CONTENT_SELECTORS = [
  '.wp-block-post-content',
  'article .entry-content',
  '.entry-content',
  '.blog-item-content',
  '[data-hook="post-description"]',
  '.post-content__body',
  '.blog-post__body',
  '[itemprop="articleBody"]',
] as const

/** How the main content was found: a platform's known element, or Readability's guess. */
export type ContentSource = { kind: 'selector'; selector: string } | { kind: 'readability' } | { kind: 'body' }

/**
 * The main content of a saved page, cleaned of everything that must not reach a draft
 * ({@link cleanContent}): the first platform element of {@link CONTENT_SELECTORS} that has text,
 * else what `@mozilla/readability` finds, else the whole body (with a warning). Changes `document`.
 */
export function extractMainContent(document: Document): { root: HTMLElement; source: ContentSource; warnings: string[] } {
  for (const selector of CONTENT_SELECTORS) {
    const element = document.querySelector<HTMLElement>(selector)
    if (element === null) continue
    const warnings = cleanContent(element)
    if (cleanText(element.textContent) !== '' || element.querySelector('img') !== null) return { root: element, source: { kind: 'selector', selector }, warnings }
  }

  // Readability changes the document it reads, so it reads a copy; its answer is HTML, parsed again here.
  const article = new Readability(document.cloneNode(true) as Document, { keepClasses: true }).parse()
  if (article?.content) {
    const root = parseFragment(article.content)
    const warnings = cleanContent(root)
    if (cleanText(root.textContent) !== '') return { root, source: { kind: 'readability' }, warnings }
  }

  const body = document.body
  const warnings = cleanContent(body)
  return {
    root: body,
    source: { kind: 'body' },
    warnings: [...warnings, 'The main content of the page could not be told from the rest; the whole page was taken. Check the draft for menus or widgets that came along.'],
  }
}
