/*
 * The few HTML helpers the renderers share. Everything that reaches the markup goes through
 * `escapeHtml`, because form values come straight from visitors.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)
}

/** An attribute value: text is escaped, `true` writes the bare name, `false`/`undefined` leaves the attribute out. */
export type AttributeValue = string | number | boolean | undefined

/** ` name="value"` pairs in the order given (the script writes them in the same order). */
export function attributes(attrs: Readonly<Record<string, AttributeValue>>): string {
  let out = ''
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`
  }
  return out
}

/** One element; `content` is markup the caller has already escaped. */
export function element(name: string, attrs: Readonly<Record<string, AttributeValue>>, content = ''): string {
  return `<${name}${attributes(attrs)}>${content}</${name}>`
}

/** A void element (`input`, `meta`). */
export function voidElement(name: string, attrs: Readonly<Record<string, AttributeValue>>): string {
  return `<${name}${attributes(attrs)}>`
}

/** An absolute http(s) URL, or an error naming the option. */
export function requireAbsoluteUrl(value: string, option: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${option} must be an absolute http(s) URL, got ${JSON.stringify(value)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${option} must be an absolute http(s) URL, got ${JSON.stringify(value)}`)
  return value
}
