import { cleanText, isElement, TEXT_NODE } from '../dom'

/*
 * What must never reach a draft, whatever page it came from: the site around the post
 * (navigation, header, footer, sidebars, skip links), things that run or load (scripts, styles,
 * frames, embeds), forms (booking, contact, comments, newsletter), share and comment widgets,
 * "Posted in" boxes, and icon-font names that a saved page shows as text.
 */

/** Elements removed with everything inside them. */
const REMOVED_ELEMENTS = [
  'script', 'style', 'noscript', 'template', 'link', 'meta', 'base', 'title',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'canvas', 'svg', 'math', 'audio', 'video', 'map',
  'form', 'input', 'select', 'textarea', 'option', 'dialog',
  'nav', 'header', 'footer', 'aside',
].join(',')

/**
 * Class names and ids of widgets around a post, matched as a whole token or as a `-`/`_`-separated
 * part of one: sharing, comments, related posts, newsletter and booking embeds, category and tag
 * boxes, the theme's byline, pagination, and text meant only for screen readers.
 */
const WIDGET_PART =
  /^(?:.*[-_])?(?:share|sharing|sharedaddy|addtoany|a2a_kit|social|comments?|comment-respond|disqus|related|relatedposts|newsletter|subscribe|breadcrumbs?|pagination|post-navigation|nav-links|cat-links|tags-links|post-terms|post-categories|entry-footer|post-footer|entry-meta|post-meta|byline|skip-link|screen-reader-text|sr-only|visually-hidden|cookie-notice|cookie-banner)(?:[-_].*)?$/i

/** Embedded form plugins and booking widgets: removed like widgets, but an editor is told, since they were part of the post. */
const EMBED_PART = /^(?:.*[-_])?(?:wpcf7|wpforms-container|gform_wrapper|hbspt-form|hs-form|booking-form|booking-embed|booking-widget|contact-form|scheduler-embed)(?:[-_].*)?$/i

/**
 * Whole-token widget classes. Page builders wrap real content in classes such as
 * `elementor-widget-container`, so "widget" and "sidebar" only count on their own.
 */
const WIDGET_TOKEN = /^(?:widget|widget_.+|widget-area|sidebar|sidebar-.+|respond)$/i

/** Accordions hide their answers until opened; what they hide is content, not chrome. */
const ACCORDION_TOKEN = /(accordion|faq|toggle|collaps|details|tabs?[-_]|[-_]tabs?\b)/i

/** `data-hook` values of Wix's widgets around a post. */
const WIDGET_HOOK = /(footer|comment|share|recent-posts|related|like|view-count|actions|post-header|post-title|tags|categories)/i

/** Short boxes that only list the post's categories or tags, or point past the content. */
const BOX_TEXT = /^(posted in|filed under|categories|category|tags|tagged|share this|share on|skip to)\b/i
const WIDGET_HEADINGS = /^(recent posts|recent comments|categories|archives|tags|related posts|share this:?|leave a reply|comments)$/i

/** Words of icon fonts and sprites (chevron-left, arrow-back, phone, pushpin…). */
const ICON_WORDS = new Set(
  'arrow back forward left right up down chevron caret angle close menu hamburger search plus minus phone email mail pushpin pin map marker location clock calendar user home cart bag play pause stop volume check star heart share facebook instagram twitter linkedin youtube pinterest tiktok whatsapp rss link external thin small large circle square button icon social video camera print download upload'.split(
    ' ',
  ),
)

/**
 * Whether a text is only a list of icon names, as a hidden icon sprite or font reads when a saved
 * page is shown without its styles: at least three lower-case tokens, each an icon word or
 * hyphen-joined words with one (chevron-left), and at least one of them hyphenated.
 */
export function isIconNameList(text: string): boolean {
  const tokens = cleanText(text).split(' ').filter(Boolean)
  if (tokens.length < 3) return false
  let hyphenated = 0
  for (const token of tokens) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(token)) return false
    const parts = token.split('-')
    if (!parts.some((part) => ICON_WORDS.has(part))) return false
    if (parts.length > 1) hyphenated += 1
  }
  return hyphenated > 0
}

function isEmbed(element: Element): boolean {
  return [...element.classList, element.id].some((token) => token !== '' && EMBED_PART.test(token))
}

function isWidget(element: Element): boolean {
  const tokens = [...element.classList, element.id].filter(Boolean)
  if (tokens.some((token) => WIDGET_PART.test(token) || WIDGET_TOKEN.test(token))) return true
  const hook = element.getAttribute('data-hook')
  return hook !== null && WIDGET_HOOK.test(hook)
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase()
  return style.includes('display:none') || style.includes('visibility:hidden')
}

function isAccordion(element: Element): boolean {
  if (element.localName.toLowerCase() === 'details') return true
  return [...element.classList, element.id].some((token) => token !== '' && ACCORDION_TOKEN.test(token))
}

/**
 * Removes everything inside `root` that must not reach a draft (see the top of this file), and
 * returns warnings naming the embedded media and forms it took out, which an editor may miss.
 */
export function cleanContent(root: Element): string[] {
  const removed: RemovedEmbeds = { embeds: 0, hosts: new Set(), forms: 0 }
  // Top-down, so a removed widget's descendants are not visited.
  const visit = (parent: Element, inAccordion: boolean) => {
    for (const child of [...parent.childNodes]) {
      if (child.nodeType === TEXT_NODE) {
        if (isIconNameList(child.textContent ?? '')) child.remove()
        continue
      }
      if (!isElement(child)) {
        child.remove() // comments and processing instructions
        continue
      }
      if (isEmbed(child)) {
        countEmbeds(child, removed)
        if (child.querySelector('form, iframe, embed, object') === null) removed.forms += 1
        child.remove()
        continue
      }
      if (isWidget(child) || (!inAccordion && isHidden(child)) || isSkipLink(child) || isIconNameList(child.textContent ?? '') || isCategoryBox(child)) {
        child.remove()
        continue
      }
      if (/^h[1-6]$/i.test(child.localName) && WIDGET_HEADINGS.test(cleanText(child.textContent))) {
        // A widget's title ("Recent Posts", "Categories") and the list it heads.
        const next = child.nextElementSibling
        if (next !== null && /^(ul|ol)$/i.test(next.localName)) next.remove()
        child.remove()
        continue
      }
      stripActiveAttributes(child)
      visit(child, inAccordion || isAccordion(child))
    }
  }
  stripActiveAttributes(root)
  visit(root, isAccordion(root))
  // Widgets (comment, search and newsletter forms) are gone by now: what is left was in the post.
  countEmbeds(root, removed)
  for (const element of [...root.querySelectorAll(REMOVED_ELEMENTS)]) element.remove()
  return embedWarnings(removed)
}

/** Frames, videos and forms taken out of a post, for the warnings. */
interface RemovedEmbeds {
  embeds: number
  hosts: Set<string>
  forms: number
}

/** Counts the frames, videos and forms inside `element` that belong to the post (not to its page's navigation or footer). */
function countEmbeds(element: Element, removed: RemovedEmbeds): void {
  const inPost = (found: Element) => found.parentElement?.closest('nav, header, footer, aside, template, noscript') == null
  for (const embed of [...element.querySelectorAll('iframe, video, audio, embed, object')].filter(inPost)) {
    removed.embeds += 1
    const address = embed.getAttribute('src') ?? embed.getAttribute('data') ?? embed.querySelector('source')?.getAttribute('src') ?? ''
    const host = URL.parse(address)?.hostname
    if (host) removed.hosts.add(host)
  }
  removed.forms += [...element.querySelectorAll('form')].filter(inPost).length
}

function embedWarnings({ embeds, hosts, forms }: RemovedEmbeds): string[] {
  const warnings: string[] = []
  if (embeds > 0) {
    const from = hosts.size > 0 ? ` (from ${[...hosts].join(', ')})` : ''
    const one = embeds === 1
    warnings.push(`${one ? 'An embedded frame or video' : `${embeds} embedded frames or videos`}${from} ${one ? 'was' : 'were'} left out; add ${one ? 'it' : 'them'} by hand if the post needs ${one ? 'it' : 'them'}.`)
  }
  if (forms > 0) {
    warnings.push(`${forms === 1 ? 'An embedded form was' : `${forms} embedded forms were`} left out: forms are not imported, and the site's own appointment request takes the place of booking forms.`)
  }
  return warnings
}

/**
 * Event handlers: nothing of the old page's behaviour travels on. (Inline styles stay until the
 * body is converted, which reads bold and italic from them and keeps nothing else.)
 */
function stripActiveAttributes(element: Element): void {
  for (const name of element.getAttributeNames()) {
    if (/^on/i.test(name)) element.removeAttribute(name)
  }
}

function isSkipLink(element: Element): boolean {
  return element.localName.toLowerCase() === 'a' && (element.getAttribute('href') ?? '').startsWith('#') && /^skip to\b/i.test(cleanText(element.textContent))
}

/** A short block that only says where the post is filed ("Posted in Treatments", "Tags: knees"). */
function isCategoryBox(element: Element): boolean {
  if (!/^(p|div|span|section)$/i.test(element.localName)) return false
  if (element.querySelector('p, div, section, h1, h2, h3, h4, h5, h6, ul, ol, table, figure') !== null) return false
  const text = cleanText(element.textContent)
  return text.length < 160 && BOX_TEXT.test(text) && element.querySelectorAll('a').length > 0
}
