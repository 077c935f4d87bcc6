import type { ImportImage } from '@clinic/schema'
import { cleanText } from '../dom'
import { completeShownDate, parseDate, parseShownDate } from './dates'
import { hasType, jsonLdList, jsonLdText } from './jsonLd'

/** A saved page's metadata, as found in its markup, meta tags and JSON-LD. */
export interface PageMetadata {
  title: string | null
  subtitle: string | null
  publishedAt: string | null
  author: string | null
  categories: string[]
  /** The meta description (or og:/JSON-LD description). */
  description: string | null
  /** Canonical URL, else `og:url`, else JSON-LD `url`: absolute http(s) only. */
  url: string | null
  heroImage: ImportImage | null
  warnings: string[]
}

const TITLE_SELECTORS = ['.wp-block-post-title', 'h1.entry-title', '[data-hook="post-title"]', '#hs_cos_wrapper_name', '.blog-post__title', '.blog-item-title h1', 'article h1', 'main h1']
const SUBTITLE_SELECTORS = ['.blog-post__subtitle', '.entry-subtitle', '.post-subtitle', '[data-hook="post-subtitle"]', '.subtitle']
const DATE_TIME_SELECTORS = ['time.entry-date.published', 'time.published', '.wp-block-post-date time', 'time.dt-published', 'time[itemprop="datePublished"]', 'article time', 'main time']
const SHOWN_DATE_SELECTORS = ['[data-hook="time-ago"]', '.blog-post__date', '.entry-date', '.post-date', '.blog-meta-item--date', '.blog-post__meta', 'article time', 'main time']
const AUTHOR_SELECTORS = [
  '[data-hook="user-name"]',
  '.wp-block-post-author__name',
  '.byline .author .fn',
  '.byline .author',
  '.author.vcard .fn',
  'a[rel~="author"]',
  '.blog-author-name',
  '.blog-post__author-name',
  '[itemprop="author"] [itemprop="name"]',
  '.author-name',
  '.post-author-name',
]
const CATEGORY_SELECTORS = ['.cat-links a', 'a[rel~="category"]', '.taxonomy-category a', '.tags-links a', '.blog-post__tags a', '.blog-item-category', '.post-categories a']

/** Listing names that are not categories of a post. */
const NOT_CATEGORIES = /^(all|all posts|uncategori[sz]ed|blog|home|news & updates)$/i
/** What separates a page title from the site's name: " - X", " | X", " — X", " – X", " · X". */
const SITE_NAME_SEPARATOR = /\s+[-|—–·:]{1,2}\s+/g
const POSTS_TYPES = ['BlogPosting', 'Article', 'NewsArticle', 'MedicalWebPage', 'WebPage', 'Report']

function meta(document: Document, names: readonly string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`)
    const content = cleanText(element?.getAttribute('content'))
    if (content !== '') return content
  }
  return null
}

function firstText(document: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const element of document.querySelectorAll(selector)) {
      const text = cleanText(element.textContent)
      if (text !== '') return text
    }
  }
  return null
}

/** An address in JSON-LD: a string, or an object's `url` or `@id`. */
function jsonLdUrl(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>
    return jsonLdUrl(object.url ?? object['@id'])
  }
  return null
}

function httpUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null
  const url = URL.parse(value.trim(), base)
  if (url === null || !/^https?:$/.test(url.protocol)) return null
  url.hash = ''
  return url.href
}

/**
 * A title from `<title>` or `og:title` without the site's name: the known site names (og:site_name,
 * JSON-LD) are cut from either end; without one, the last part after a separator is taken for it.
 */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const text = cleanText(title)
  for (const name of siteNames) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const suffix = new RegExp(`\\s*[-|—–·:]{1,2}\\s*${escaped}\\s*$`, 'i')
    const prefix = new RegExp(`^\\s*${escaped}\\s*[-|—–·:]{1,2}\\s*`, 'i')
    if (suffix.test(text) && text.replace(suffix, '') !== '') return text.replace(suffix, '')
    if (prefix.test(text) && text.replace(prefix, '') !== '') return text.replace(prefix, '')
  }
  if (siteNames.length > 0) return text
  const separators = [...text.matchAll(SITE_NAME_SEPARATOR)]
  const last = separators.at(-1)
  // A colon rarely separates a site name ("Dry needling: what to expect"), so it does not count alone.
  if (last === undefined || last.index === undefined || /^\s*:\s*$/.test(last[0])) return text
  const kept = text.slice(0, last.index).trim()
  return kept === '' ? text : kept
}

/** Reads a saved page's metadata. `jsonLd` is the page's JSON-LD (see readJsonLd). */
export function readPageMetadata(document: Document, jsonLd: readonly Record<string, unknown>[]): PageMetadata {
  const warnings: string[] = []
  const posting = jsonLd.find((object) => hasType(object, POSTS_TYPES.slice(0, 3))) ?? jsonLd.find((object) => hasType(object, POSTS_TYPES))

  const siteNames = [
    meta(document, ['og:site_name', 'application-name']),
    ...jsonLd.filter((object) => hasType(object, ['WebSite', 'Organization', 'MedicalOrganization', 'MedicalClinic', 'LocalBusiness'])).map((object) => jsonLdText(object.name)),
    posting ? jsonLdText((posting.publisher as Record<string, unknown> | undefined)?.name) : null,
  ].filter((name): name is string => name !== null && name !== '')

  const title = pageTitle(document, posting, siteNames)
  const publishedAt = pagePublishedAt(document, posting, warnings)
  const author = pageAuthor(document, posting)
  const categories = pageCategories(document, posting)

  const url =
    httpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ??
    httpUrl(meta(document, ['og:url'])) ??
    (posting ? httpUrl(jsonLdUrl(posting.url) ?? jsonLdUrl(posting.mainEntityOfPage)) : null)

  const imageSrc = httpUrl(meta(document, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']), url ?? undefined) ?? (posting ? httpUrl(jsonLdText(posting.image), url ?? undefined) : null)
  const heroImage: ImportImage | null = imageSrc === null ? null : { src: imageSrc, alt: meta(document, ['og:image:alt', 'twitter:image:alt']) ?? '', caption: '', role: 'hero' }

  return {
    title,
    subtitle: firstText(document, SUBTITLE_SELECTORS),
    publishedAt,
    author,
    categories,
    description: meta(document, ['description', 'og:description', 'twitter:description']) ?? (posting ? jsonLdText(posting.description) : null),
    url,
    heroImage,
    warnings,
  }
}

/** A JSON-LD object describing the post (BlogPosting, Article…), when the page has one. */
type Posting = Record<string, unknown> | undefined

/** The title: the page's own heading first, then its metadata without the site name. */
function pageTitle(document: Document, posting: Posting, siteNames: readonly string[]): string | null {
  const heading = firstText(document, TITLE_SELECTORS)
  if (heading !== null) return heading
  const candidates = [meta(document, ['og:title', 'twitter:title']), cleanText(document.querySelector('head > title, title')?.textContent) || null].filter((value): value is string => value !== null)
  const stripped = candidates.map((candidate) => stripSiteName(candidate, siteNames))
  return stripped[0] ?? (posting ? jsonLdText(posting.headline ?? posting.name) : null) ?? firstText(document, ['h1'])
}

/**
 * The publish date: metadata, JSON-LD, a machine-readable <time>, then the date as shown (a
 * shown date without a year takes it from the last-modified date, with a warning).
 */
function pagePublishedAt(document: Document, posting: Posting, warnings: string[]): string | null {
  let publishedAt = parseDate(meta(document, ['article:published_time', 'og:published_time', 'datePublished', 'date', 'publish-date', 'pubdate']))
  if (publishedAt === null && posting) publishedAt = parseDate(jsonLdText(posting.datePublished))
  if (publishedAt === null) {
    for (const selector of DATE_TIME_SELECTORS) {
      const value = document.querySelector(selector)?.getAttribute('datetime')
      publishedAt = parseDate(value)
      if (publishedAt !== null) break
    }
  }
  if (publishedAt === null) {
    const shownText = firstText(document, SHOWN_DATE_SELECTORS)
    const shown = shownText === null ? null : parseShownDate(shownText)
    if (shown !== null && shown.year !== undefined) {
      publishedAt = parseDate(`${shown.year}-${String(shown.month).padStart(2, '0')}-${String(shown.day).padStart(2, '0')}`)
    } else if (shown !== null) {
      const reference = parseDate(meta(document, ['article:modified_time', 'og:updated_time', 'dateModified'])) ?? (posting ? parseDate(jsonLdText(posting.dateModified)) : null)
      publishedAt = reference === null ? null : completeShownDate(shown, reference)
      if (publishedAt !== null) {
        warnings.push(`The page shows its date as "${shownText}", without a year; the year was taken from the page's last-modified date (${publishedAt.slice(0, 10)}). Check the publish date.`)
      } else {
        warnings.push(`The page shows its date as "${shownText}", without a year, and has no other date; set the publish date by hand.`)
      }
    } else {
      warnings.push('No publish date was found on the page; set it by hand.')
    }
  }

  return publishedAt
}

/** The author: the byline, then metadata (article:author is often a profile URL, which is no name). */
function pageAuthor(document: Document, posting: Posting): string | null {
  let author = firstText(document, AUTHOR_SELECTORS)
  if (author === null) {
    const fromMeta = meta(document, ['article:author', 'author'])
    if (fromMeta !== null && !/^https?:\/\//i.test(fromMeta)) author = fromMeta
  }
  if (author === null && posting) author = jsonLdText(posting.author)
  if (author !== null) author = author.replace(/^by\s+/i, '').trim() || null

  return author
}

/** Categories and tags: the page's category links, article:section/tag, and the JSON-LD's sections and keywords; each once. */
function pageCategories(document: Document, posting: Posting): string[] {
  const categories: string[] = []
  const addCategory = (name: string | null) => {
    const text = cleanText(name)
    if (text === '' || NOT_CATEGORIES.test(text) || categories.some((known) => known.toLowerCase() === text.toLowerCase())) return
    categories.push(text)
  }
  for (const selector of CATEGORY_SELECTORS) for (const element of document.querySelectorAll(selector)) addCategory(element.textContent)
  for (const element of document.querySelectorAll('meta[property="article:section"], meta[property="article:tag"]')) addCategory(element.getAttribute('content'))
  if (posting) [...jsonLdList(posting.articleSection), ...jsonLdList(posting.keywords)].forEach(addCategory)
  return categories
}
