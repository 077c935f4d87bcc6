/*
 * A WordPress post's `content:encoded` is the text as its editor saved it, not the HTML its theme
 * shows: the classic editor keeps paragraphs as blank lines (WordPress adds the `<p>`s when it
 * shows the post, "wpautop"), and shortcodes (`[caption]`, `[contact-form-7 …]`) are expanded
 * by plugins. This does the part of both that a draft needs.
 */

/** Block-level elements: a chunk of classic-editor text that starts with one is not wrapped in `<p>`. */
const BLOCK_START = /^<\/?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|col|colgroup|blockquote|figure|figcaption|pre|hr|form|fieldset|section|article|aside|header|footer|nav|main|address|details|summary|iframe|script|style|noscript|object|embed|video|audio|!--)[\s>/]/i

/** Shortcodes of embedded forms and media: removed with what they enclose. */
const EMBED_SHORTCODES = new Set([
  'contact-form-7', 'contact-form', 'wpforms', 'gravityform', 'gravityforms', 'ninja_form', 'ninja_forms', 'formidable', 'hubspot', 'calendly',
  'embed', 'video', 'audio', 'playlist', 'gallery', 'iframe', 'wp_ulike', 'social_warfare', 'ssba', 'addtoany',
])

const SHORTCODE = /\[(\/?)([a-zA-Z][\w-]*)((?:\s[^\]]*)?)\](?!\()/g

/**
 * Expands `[caption]` into a figure, removes embed and form shortcodes with what they hold, and
 * unwraps other shortcodes (keeping the text between them). Text in square brackets that is not a
 * shortcode ("[sic]", "[1]") stays: only names with attributes, a closing tag or a known name count.
 */
export function expandShortcodes(content: string): { html: string; warnings: string[] } {
  const warnings: string[] = []
  const closing = new Set([...content.matchAll(/\[\/([a-zA-Z][\w-]*)\]/g)].map((match) => (match[1] as string).toLowerCase()))
  const isShortcode = (name: string, attributes: string) => EMBED_SHORTCODES.has(name) || name === 'caption' || closing.has(name) || attributes.includes('=')

  // Captions: [caption …]<img …> Text[/caption] → <figure><img …><figcaption>Text</figcaption></figure>
  let html = content.replace(/\[caption\b[^\]]*\]([\s\S]*?)\[\/caption\]/gi, (_, inner: string) => {
    const image = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner)
    if (!image) return inner
    const caption = (image[2] ?? '').trim()
    return `<figure>${image[1]}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
  })

  // Enclosing embed shortcodes go with their content: [embed]https://…[/embed].
  html = html.replace(/\[([a-zA-Z][\w-]*)\b[^\]]*\]([\s\S]*?)\[\/\1\]/g, (whole, name: string) => {
    if (!EMBED_SHORTCODES.has(name.toLowerCase())) return whole
    warnings.push(`The [${name}] shortcode was removed: embedded forms, galleries and media are not imported.`)
    return ''
  })

  html = html.replace(SHORTCODE, (whole, _slash: string, name: string, attributes: string) => {
    const key = name.toLowerCase()
    if (!isShortcode(key, attributes)) return whole
    if (EMBED_SHORTCODES.has(key)) {
      if (!_slash) warnings.push(`The [${name}] shortcode was removed: embedded forms, galleries and media are not imported.`)
    } else if (!_slash) {
      warnings.push(`The [${name}] shortcode was removed (its text, if any, was kept); check the draft where it was.`)
    }
    return ''
  })
  return { html, warnings: [...new Set(warnings)] }
}

/**
 * WordPress's paragraphs for classic-editor text: chunks separated by blank lines become `<p>`s
 * and single line breaks `<br>`, except chunks that start with a block element. Block-editor
 * content (with `<!-- wp:… -->` comments) already has its markup and is returned as it is.
 */
export function addParagraphs(content: string): string {
  if (/<!--\s*wp:/.test(content)) return content
  // <pre> keeps its blank lines.
  const kept: string[] = []
  const protectedText = content.replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => {
    kept.push(pre)
    return `\uE000${kept.length - 1}\uE000`
  })
  const html = protectedText
    .replace(/\r\n?/g, '\n')
    // As WordPress does: block elements stand apart from the text around them.
    .replace(/(<\/(?:h[1-6]|p|div|ul|ol|dl|table|blockquote|figure|section|hr)>)[ \t]*\n/gi, '$1\n\n')
    .replace(/\n[ \t]*(<(?:h[1-6]|p|div|ul|ol|dl|table|blockquote|figure|section|hr)[\s>/])/gi, '\n\n$1')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => (BLOCK_START.test(chunk) || /^\uE000\d+\uE000$/.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n')
  return html.replace(/\uE000(\d+)\uE000/g, (_, index: string) => kept[Number(index)] ?? '')
}
