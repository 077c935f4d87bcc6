/**
 * What the SEO checks read from a rendered page, collected in the browser in one call.
 * `collectPageFacts` is sent to the page by `page.evaluate`, so it must not use anything
 * outside its own body.
 */

/** The first element a keyboard user reaches with Tab. */
export interface FocusableFacts {
  tag: string
  /** The raw `href` attribute, for links. */
  href: string | null
  text: string
  /** For an in-page link, whether an element with the fragment's id exists. */
  targetExists: boolean | null
}

export interface PageFacts {
  lang: string
  h1: string[]
  title: string
  /** `content` of every `meta[name=description]`. */
  descriptions: string[]
  /** `href` of every `link[rel~=canonical]`. */
  canonicals: string[]
  /** `content` of `meta[property|name=<key>]`, by key, for the Open Graph and Twitter keys. */
  social: Record<string, string[]>
  /** Every `<script>`: its type (empty when absent) and src. */
  scripts: { type: string; src: string }[]
  /** Contents of every `script[type="application/ld+json"]`. */
  jsonLd: string[]
  /** `content` of every `meta[name=robots]`. */
  robots: string[]
  /** How many appointment request forms (`form[data-appointment-form]`) the page has: only those pages may carry a script. */
  appointmentForms: number
  firstFocusable: FocusableFacts | null
}

/** The social meta keys every indexable page needs. */
export const SOCIAL_KEYS = ['og:title', 'og:description', 'og:url', 'og:type', 'twitter:card'] as const

export function collectPageFacts(socialKeys: readonly string[]): PageFacts {
  const all = <E extends Element>(selector: string) => Array.from(document.querySelectorAll<E>(selector))
  const social: Record<string, string[]> = {}
  for (const key of socialKeys) {
    social[key] = all<HTMLMetaElement>(`meta[property="${key}"], meta[name="${key}"]`).map((meta) => meta.content)
  }
  const focusable = all<HTMLElement>(
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"], [contenteditable=""]',
  ).filter(
    (element) =>
      element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.checkVisibility({ visibilityProperty: true }),
  )
  const first = focusable[0]
  let firstFocusable: FocusableFacts | null = null
  if (first !== undefined) {
    const href = first.getAttribute('href')
    let targetExists: boolean | null = null
    if (href !== null && href.startsWith('#') && href.length > 1) {
      let id = href.slice(1)
      try {
        id = decodeURIComponent(id)
      } catch {
        // Not percent-encoded: the raw fragment is the id.
      }
      targetExists = document.getElementById(id) !== null
    }
    firstFocusable = { tag: first.tagName.toLowerCase(), href, text: (first.textContent ?? '').trim(), targetExists }
  }
  return {
    lang: document.documentElement.getAttribute('lang') ?? '',
    h1: all('h1').map((h1) => (h1.textContent ?? '').replace(/\s+/g, ' ').trim()),
    title: document.title.trim(),
    descriptions: all<HTMLMetaElement>('meta[name="description"]').map((meta) => meta.content),
    canonicals: all<HTMLLinkElement>('link[rel~="canonical"]').map((link) => link.getAttribute('href') ?? ''),
    social,
    scripts: all<HTMLScriptElement>('script').map((script) => ({ type: script.type, src: script.getAttribute('src') ?? '' })),
    jsonLd: all<HTMLScriptElement>('script[type="application/ld+json"]').map((script) => script.textContent ?? ''),
    robots: all<HTMLMetaElement>('meta[name="robots"]').map((meta) => meta.content),
    appointmentForms: all('form[data-appointment-form]').length,
    firstFocusable,
  }
}
