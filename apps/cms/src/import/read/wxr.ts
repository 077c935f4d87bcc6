import type { ImportImage, ImportIssue } from '@clinic/schema'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { cleanText, parseFragment } from '../dom'
import type { SourcePost } from '../types'
import { cleanContent } from './cleanContent'
import { parseDate } from './dates'
import { addParagraphs, expandShortcodes } from './wordpressContent'

/*
 * A WordPress export (WXR 1.x, Tools › Export): one RSS file with an `<item>` per post, page,
 * attachment, menu item, reusable block… Only posts are imported, and of those only the ones
 * readers could see or were about to see:
 *
 *   publish, future  imported (a scheduled post keeps its date; the import makes drafts anyway)
 *   private          skipped: hidden on the old site, so the import does not put it one
 *                    Publish click away from a public page; export it as published if it should be
 *   draft, pending, auto-draft, trash, inherit, and password-protected posts: skipped
 *
 * Every item left out is listed in `skipped` with its reason.
 */

/** The namespaces of a WXR file and the prefixes WordPress gives them; a file may declare other prefixes. */
const NAMESPACES = {
  wp: /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/?$/,
  content: /^http:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/,
  excerpt: /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/excerpt\/?$/,
  dc: /^http:\/\/purl\.org\/dc\/elements\/1\.1\/?$/,
} as const

type Prefixes = Record<keyof typeof NAMESPACES, string>

/** Whether a text is a WordPress export: an RSS document declaring the WordPress export namespace. */
export function isWxr(text: string): boolean {
  return /<rss[\s>]/i.test(text) && /xmlns:[\w-]+\s*=\s*["']https?:\/\/wordpress\.org\/export\/\d+\.\d+\/["']/i.test(text)
}

const IMPORTED_STATUSES = new Set(['publish', 'future'])
const STATUS_REASONS: Record<string, string> = {
  private: 'it is private on the old site; only published and scheduled posts are imported (export it as published if it should be public)',
  draft: 'it is a draft on the old site; only published and scheduled posts are imported',
  pending: 'it is waiting for review on the old site; only published and scheduled posts are imported',
  'auto-draft': 'it is an unsaved draft on the old site',
  trash: 'it is in the trash on the old site',
  inherit: 'it is a revision of another item',
}
const TYPE_REASONS: Record<string, string> = {
  page: 'it is a page, not a post; pages are not imported',
  attachment: 'it is a media attachment; images come in with the posts that use them',
  nav_menu_item: 'it is a menu item',
  wp_block: 'it is a reusable block, not a post',
  revision: 'it is a revision of another item',
  wp_navigation: 'it is a navigation menu',
  wp_template: 'it is part of the theme',
  wp_template_part: 'it is part of the theme',
  wp_global_styles: 'it is part of the theme',
  custom_css: 'it is part of the theme',
}

const NOT_CATEGORIES = /^uncategori[sz]ed$/i

type XmlValue = string | number | boolean | XmlObject | XmlValue[] | null | undefined
interface XmlObject {
  [key: string]: XmlValue
}

/** The text of an element as the parser gives it: a string, or an object whose `#text` it is. */
function text(value: XmlValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return text(value[0])
  return text(value['#text'])
}

function list(value: XmlValue): XmlObject[] {
  if (value === undefined || value === null) return []
  const values = Array.isArray(value) ? value : [value]
  return values.filter((entry): entry is XmlObject => entry !== null && typeof entry === 'object' && !Array.isArray(entry))
}

/** Text from HTML (titles and excerpts may hold entities and tags). */
function plain(html: string): string {
  if (!/[<&]/.test(html)) return cleanText(html)
  return cleanText(parseFragment(html).textContent)
}

/** A thrown problem with the whole file; reported as the file's error. */
export class WxrError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WxrError'
  }
}

/** What a WordPress export holds: its posts, and the items left out with why. */
export interface WxrResult {
  posts: SourcePost[]
  skipped: ImportIssue[]
  /** The site's addresses (channel `link`, `wp:base_site_url`, `wp:base_blog_url`), whose links are the old site's own. */
  siteUrls: string[]
}

/**
 * Reads a WordPress export. `name` is the input's name (posts are `<name>#<post id>`). Throws
 * {@link WxrError} when the file is not well-formed XML (cut short, damaged) or not an export.
 */
export function readWxr(name: string, xml: string): WxrResult {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true })
  if (valid !== true) throw new WxrError(malformedMessage(valid.err))

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: { enabled: true, maxTotalExpansions: 10_000 },
    isArray: (tagName) => tagName === 'item' || tagName === 'category' || /:(author|postmeta|comment)$/.test(tagName),
  })
  let document: XmlObject
  try {
    document = parser.parse(xml) as XmlObject
  } catch (error) {
    throw new WxrError(`The file could not be read as XML (${error instanceof Error ? error.message : String(error)}). Export it again from WordPress (Tools › Export).`)
  }
  const rss = list(document.rss)[0]
  const channel = rss === undefined ? undefined : list(rss.channel)[0]
  if (rss === undefined || channel === undefined) throw new WxrError('The file is XML but not a WordPress export (it has no <rss><channel>). Export the site with WordPress’s Tools › Export.')

  const prefixes = namespacePrefixes(rss)
  const tag = (space: keyof Prefixes, local: string) => `${prefixes[space]}:${local}`

  const siteUrls = [text(channel.link), text(channel[tag('wp', 'base_site_url')]), text(channel[tag('wp', 'base_blog_url')])]
    .map((value) => value.trim())
    .filter((value, index, all) => /^https?:\/\//i.test(value) && all.indexOf(value) === index)
  const siteLink = siteUrls[0] ?? ''

  const authors = new Map<string, string>()
  for (const author of list(channel[tag('wp', 'author')])) {
    const login = text(author[tag('wp', 'author_login')]).trim()
    const display = plain(text(author[tag('wp', 'author_display_name')]))
    const full = cleanText(`${text(author[tag('wp', 'author_first_name')])} ${text(author[tag('wp', 'author_last_name')])}`)
    if (login !== '') authors.set(login, display || full || login)
  }

  const items = list(channel.item)
  const attachments = new Map<string, XmlObject>()
  for (const item of items) {
    if (text(item[tag('wp', 'post_type')]).trim() === 'attachment') attachments.set(text(item[tag('wp', 'post_id')]).trim(), item)
  }

  const posts: SourcePost[] = []
  const skipped: ImportIssue[] = []
  items.forEach((item, index) => {
    const id = text(item[tag('wp', 'post_id')]).trim()
    const source = `${name}#${id || `item-${index + 1}`}`
    const title = plain(text(item.title))
    const label = title === '' ? 'This item' : `"${title}"`
    const type = text(item[tag('wp', 'post_type')]).trim() || 'post'
    const status = text(item[tag('wp', 'status')]).trim() || 'publish'
    if (type !== 'post') {
      skipped.push({ source, reason: `${label} was left out: ${TYPE_REASONS[type] ?? `it is of type "${type}", not a post`}.` })
      return
    }
    if (!IMPORTED_STATUSES.has(status)) {
      skipped.push({ source, reason: `${label} was left out: ${STATUS_REASONS[status] ?? `its status is "${status}"; only published and scheduled posts are imported`}.` })
      return
    }
    if (text(item[tag('wp', 'post_password')]).trim() !== '') {
      skipped.push({ source, reason: `${label} was left out: it is password-protected on the old site.` })
      return
    }
    posts.push(readItem(item, { source, id, title, siteLink, authors, attachments, tag }))
  })
  return { posts, skipped, siteUrls }
}

/** The validator's complaint in words: an unclosed element at the end means the file was cut short. */
function malformedMessage(error: { code: string; msg: string; line: number }): string {
  const again = 'Export it again from WordPress (Tools › Export) and check that the download finished.'
  const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(error.msg)
  if (error.code === 'InvalidXml' && unclosed) {
    const open = (unclosed[1] ?? '').split(',').map((name) => name.trim().replace(/^"|"$/g, '')).filter(Boolean)
    return `The file ends in the middle of <${open.at(-1) ?? 'rss'}> (inside ${open.join(' › ')}): it was cut short. ${again}`
  }
  return `The file is not well-formed XML (line ${error.line}: ${error.msg}). ${again}`
}

function namespacePrefixes(rss: XmlObject): Prefixes {
  const prefixes: Prefixes = { wp: 'wp', content: 'content', excerpt: 'excerpt', dc: 'dc' }
  for (const [key, value] of Object.entries(rss)) {
    const declared = /^@_xmlns:(.+)$/.exec(key)
    if (!declared || typeof value !== 'string') continue
    for (const [space, uri] of Object.entries(NAMESPACES) as [keyof Prefixes, RegExp][]) {
      if (uri.test(value.trim())) prefixes[space] = declared[1] as string
    }
  }
  return prefixes
}

interface ItemContext {
  source: string
  id: string
  title: string
  siteLink: string
  authors: Map<string, string>
  attachments: Map<string, XmlObject>
  tag: (space: keyof Prefixes, local: string) => string
}

/** Postmeta values of an item by key. */
function postmeta(item: XmlObject, tag: ItemContext['tag']): Map<string, string> {
  const meta = new Map<string, string>()
  for (const entry of list(item[tag('wp', 'postmeta')])) meta.set(text(entry[tag('wp', 'meta_key')]).trim(), text(entry[tag('wp', 'meta_value')]))
  return meta
}

/** A Yoast value is usable when it is not a template of `%%variables%%`. */
function yoast(value: string | undefined): string | null {
  const textValue = cleanText(value)
  return textValue === '' || /%%\w+%%/.test(textValue) ? null : textValue
}

function readItem(item: XmlObject, context: ItemContext): SourcePost {
  const { tag } = context
  const warnings: string[] = []
  const meta = postmeta(item, tag)

  const link = text(item.link).trim()
  const sourceUrl = /^https?:\/\//i.test(link) ? link : null
  const guid = text(item.guid).trim()
  const key = guid || `${context.siteLink.replace(/\/+$/, '')}/?p=${context.id}`

  // The GMT date is "0000-00-00 00:00:00" for posts that never went out; then pubDate, then the local date.
  let publishedAt = parseDate(text(item[tag('wp', 'post_date_gmt')]))
  if (publishedAt === null) publishedAt = parseDate(text(item.pubDate))
  if (publishedAt === null) {
    publishedAt = parseDate(text(item[tag('wp', 'post_date')]))
    if (publishedAt !== null) warnings.push('The export gives this post’s date only in the site’s local time; it was read as UTC. Check the publish date.')
    else warnings.push('The export gives no publish date for this post; set it by hand.')
  }

  const login = text(item[tag('dc', 'creator')]).trim()
  const author = login === '' ? null : (context.authors.get(login) ?? login)

  const categories: string[] = []
  const items = list(item.category)
  // Categories first, then tags, as WordPress lists them.
  for (const domain of ['category', 'post_tag']) {
    for (const category of items) {
      if (text(category['@_domain']) !== domain) continue
      const name = plain(text(category))
      if (name === '' || NOT_CATEGORIES.test(name) || categories.some((known) => known.toLowerCase() === name.toLowerCase())) continue
      categories.push(name)
    }
  }

  const seoDescription = yoast(meta.get('_yoast_wpseo_metadesc'))
  const excerpt = plain(text(item[tag('excerpt', 'encoded')])) || seoDescription

  const shortcodes = expandShortcodes(text(item[tag('content', 'encoded')]))
  warnings.push(...shortcodes.warnings)
  const root = parseFragment(addParagraphs(shortcodes.html))
  warnings.push(...cleanContent(root))

  let heroImage: ImportImage | null = null
  const thumbnailId = meta.get('_thumbnail_id')?.trim()
  if (thumbnailId) {
    const attachment = context.attachments.get(thumbnailId)
    const src = attachment === undefined ? '' : text(attachment[tag('wp', 'attachment_url')]).trim() || text(attachment.guid).trim()
    if (attachment === undefined || src === '') {
      warnings.push(`The featured image (attachment ${thumbnailId}) is not in the export; add a hero image by hand.`)
    } else {
      const attachmentMeta = postmeta(attachment, tag)
      heroImage = { src, alt: cleanText(attachmentMeta.get('_wp_attachment_image_alt')), caption: plain(text(attachment[tag('excerpt', 'encoded')])), role: 'hero' }
    }
  }

  return {
    source: context.source,
    key,
    sourceUrl,
    title: context.title === '' ? null : context.title,
    subtitle: null,
    publishedAt,
    author,
    categories,
    excerpt,
    html: root.innerHTML,
    heroImage,
    jsonLd: [],
    seo: { title: yoast(meta.get('_yoast_wpseo_title')), description: seoDescription },
    warnings,
  }
}
