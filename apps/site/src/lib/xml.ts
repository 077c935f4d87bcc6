/*
 * The few XML helpers the sitemap and the feed share. Both are small, fixed documents, so they
 * are written as strings rather than through an XML library.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text or attribute value safe inside XML: `&`, `<`, `>`, `"` and `'` become entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

/** `value` when it is an absolute http(s) URL; otherwise an error naming `what` it was for. */
export function requireAbsoluteUrl(value: string, what: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${what}: "${value}" is not an absolute URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${what}: "${value}" is not an http(s) URL`)
  return value
}

/** `value` parsed as a date-time; otherwise an error naming `what` it was for. */
export function requireDate(value: string, what: string): Date {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new Error(`${what}: "${value}" is not an ISO 8601 date-time`)
  return date
}
