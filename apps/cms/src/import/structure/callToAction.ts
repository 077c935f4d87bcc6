import { type ImportBlockNode, type InlineNode, type ListNode, type SitePage, type TextNode, inlineText } from '@clinic/schema'
import { tidy } from './text'

type CallToAction = Extract<SitePage, 'request-appointment' | 'locations'>

const APPOINTMENT =
  /\b(?:request|book|schedule|make|set up|arrange|reserve)\b(?:\s+[\w'’-]+){0,3}?\s+(?:appointments?|visits?|sessions?|consultations?|evaluations?|assessments?|exams?)\b|\bbook(?:ing)?\s+(?:now|online|today|here|with us)\b|\bget in touch\b|\bcontact us\b|\breach out\b/i
const LOCATIONS =
  /\b(?:find|see|view|browse|search|locate|visit)\b(?:\s+[\w'’-]+){0,3}?\s+(?:locations?|clinics?|offices?)\b|\bour (?:locations|clinics|offices)\b|\blocations? (?:near|finder|page)\b|\bnear(?:est)? (?:you|to you)\b|\b(?:clinic|location) (?:finder|locator)\b/i
/** Link words that only mean something with their sentence: "click here to find a location near you". */
const GENERIC_LINK_TEXT = /^(?:(?:click|tap|go|start) )?here$|^(?:this|that|our|the) (?:link|page|form)$|^(?:online|today|now|this)$/i
/** Addresses of booking, contact and location pages, on whatever host ("/contact-us/", "book.clinic.example"). */
const BOOKING_ADDRESS = /(?:^|[/.-])(?:contact|contact-us|book|booking|appointments?|request-an-appointment|request-appointment|schedule|scheduling|locations?|find-a-location|clinics)(?:[/.-]|$)/i
/** An imperative call to action opening a sentence without a link; the form it led to was left out. */
const LINKLESS =
  /(?<=^|[.!?]\s+)(?:please\s+)?(?:request|book|schedule|make)\s+(?:an?|your)\s+(?:appointment|visit|consultation|evaluation|session)(?:\s+(?:today|now|online))?|(?<=^|[.!?]\s+)(?:get in touch|contact us)(?:\s+today)?/i

/** Which call to action a text makes; when it makes both, the one that starts nearest `near`. */
function callToAction(text: string, near = 0): CallToAction | null {
  const appointment = APPOINTMENT.exec(text)
  const locations = LOCATIONS.exec(text)
  if (appointment && locations) return Math.abs(appointment.index - near) <= Math.abs(locations.index - near) ? 'request-appointment' : 'locations'
  return appointment ? 'request-appointment' : locations ? 'locations' : null
}

const APPOINTMENT_PAGE = /(?:^|\/)(?:contact|contact-us|book|book-online|booking|appointments?|request-an-appointment|request-appointment|request|schedule|scheduling)(?:\/|$)/i
const LOCATIONS_PAGE = /(?:^|\/)(?:locations?|find-a-location|find-a-clinic|clinics|our-clinics|our-locations)(?:\/|$)/i

/**
 * What a link's address says about it: on the old site, its booking, contact and location
 * pages (which go away with it) are the new site's own pages whatever the link's words; on
 * other hosts, only an address that looks like booking may be rewritten, and only when the
 * words ask for it.
 */
function addressKind(href: string, oldOrigins: readonly string[]): { page: CallToAction | null; rewritable: boolean } {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    // Not an address this step can place (the converter keeps only absolute http(s), mailto and tel links).
    return { page: null, rewritable: false }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { page: null, rewritable: false }
  if (oldOrigins.includes(url.origin)) {
    const page = APPOINTMENT_PAGE.test(url.pathname) ? 'request-appointment' : LOCATIONS_PAGE.test(url.pathname) ? 'locations' : null
    return { page, rewritable: true }
  }
  return { page: null, rewritable: BOOKING_ADDRESS.test(url.pathname) || BOOKING_ADDRESS.test(url.hostname) }
}

/**
 * Whether a block is a call to action of its own: a short paragraph (a button, "Ready to start?
 * Book a visit.") that asks to book, get in touch or find a location, with a link or in the
 * imperative. It closes the section before it rather than belonging to it; "Many patients book
 * both in one visit." is no call to action.
 */
export function isCallToActionParagraph(node: ImportBlockNode): boolean {
  if (node.type !== 'paragraph') return false
  const text = tidy(inlineText(node.children))
  if (text === '' || text.split(' ').length > 15) return false
  return LINKLESS.test(text) || (node.children.some((child) => child.type === 'link') && callToAction(text) !== null)
}

/** The sentence of `text` around the characters from `start` to `end`. */
function sentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
  const before = text.slice(0, start)
  const sentenceStart = Math.max(0, ...[...before.matchAll(/[.!?]\s+/g)].map((match) => match.index + match[0].length))
  const after = /[.!?](?:\s|$)/.exec(text.slice(end))
  const sentenceEnd = after ? end + after.index + 1 : text.length
  return { sentence: text.slice(sentenceStart, sentenceEnd), offset: start - sentenceStart }
}

function rewriteInline(children: readonly InlineNode[], oldOrigins: readonly string[], { linkless = false } = {}): InlineNode[] {
  const text = inlineText(children)
  let position = 0
  const rewritten = children.map((node): InlineNode => {
    const start = position
    position += inlineText([node]).length
    if (node.type !== 'link' || node.target.kind !== 'external') return node
    const address = addressKind(node.target.href, oldOrigins)
    if (!address.rewritable) return node
    const words = tidy(inlineText(node.children))
    let page = callToAction(words)
    if (!page && GENERIC_LINK_TEXT.test(words)) {
      const { sentence, offset } = sentenceAround(text, start, position)
      page = callToAction(sentence, offset)
    }
    page ??= address.page
    return page ? { ...node, target: { kind: 'page', page } } : node
  })
  return linkless && !rewritten.some((node) => node.type === 'link') ? linkCallToAction(rewritten) : rewritten
}

/**
 * In a short paragraph without links, a sentence that opens with "Request an appointment",
 * "Book a visit", "Get in touch"… led to the old site's form: those words become a link to the
 * site's appointment request page. Only words inside one text run are linked, keeping its marks.
 */
function linkCallToAction(children: InlineNode[]): InlineNode[] {
  if (tidy(inlineText(children)).split(' ').length > 40) return children
  for (const [index, node] of children.entries()) {
    if (node.type !== 'text') continue
    const match = LINKLESS.exec(node.text)
    if (!match) continue
    const { text } = node
    const piece = (part: string): TextNode[] => (part === '' ? [] : [{ ...node, text: part }])
    const link: InlineNode = { type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: piece(match[0]) }
    return [...children.slice(0, index), ...piece(text.slice(0, match.index)), link, ...piece(text.slice(match.index + match[0].length)), ...children.slice(index + 1)]
  }
  return children
}

function rewriteList(list: ListNode, oldOrigins: readonly string[]): ListNode {
  return {
    ...list,
    items: list.items.map((item) => ({
      ...item,
      children: rewriteInline(item.children, oldOrigins),
      ...(item.sublists ? { sublists: item.sublists.map((sublist) => rewriteList(sublist, oldOrigins)) } : {}),
    })),
  }
}

/**
 * Points the body's calls to action at the new site's own pages, keeping their words: links to
 * the old site (or to a booking or contact address) whose text asks to request an appointment,
 * book a visit, schedule or get in touch go to `request-appointment`; "find a location near
 * you" / "our locations" links go to `locations`. A generic link text ("click here") takes its
 * meaning from its sentence. Links to the old site's contact, booking and locations pages go to
 * the new ones whatever their words. A short paragraph that asks to book but lost its link or form gets
 * those words linked. mailto: and tel: links stay as they are.
 */
export function rewriteCallsToAction(body: readonly ImportBlockNode[], oldOrigins: readonly string[]): ImportBlockNode[] {
  return body.map((node): ImportBlockNode => {
    switch (node.type) {
      case 'paragraph':
        return { ...node, children: rewriteInline(node.children, oldOrigins, { linkless: true }) }
      case 'quote':
      case 'heading':
        return { ...node, children: rewriteInline(node.children, oldOrigins) }
      case 'list':
        return rewriteList(node, oldOrigins)
      default:
        return node
    }
  })
}
