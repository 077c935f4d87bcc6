/* Reading the sitemap and feed back in tests, without an XML parser: both are flat, known documents. */

/** Text of every `<name>` element, entities decoded, in document order. */
export function texts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((match) => decode(match[1] ?? ''))
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[entity] ?? '')
}

/**
 * True when, once the XML declaration and every tag (with `name="value"` attributes free of
 * `"`, `<` and `>`) are removed, no `<` or `>` is left, and every `&` starts one of the five
 * predefined entities: nothing in the text was left unescaped.
 */
export function wellEscaped(xml: string): boolean {
  const text = xml
    .replace(/^<\?xml[^?]*\?>/, '')
    .replace(/<\/?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+="[^"<>]*")*\s*\/?>/g, '')
  return !/[<>]/.test(text) && !/&(?!(amp|lt|gt|quot|apos);)/.test(xml)
}
