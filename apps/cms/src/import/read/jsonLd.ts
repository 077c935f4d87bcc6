/** JSON-LD objects of a page (`<script type="application/ld+json">`), with `@graph` members listed on their own. */
export function readJsonLd(document: Document): { objects: Record<string, unknown>[]; warnings: string[] } {
  const objects: Record<string, unknown>[] = []
  const warnings: string[] = []
  const add = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(add)
      return
    }
    if (value === null || typeof value !== 'object') return
    const object = value as Record<string, unknown>
    objects.push(object)
    if (Array.isArray(object['@graph'])) object['@graph'].forEach(add)
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent?.trim() ?? ''
    if (text === '') continue
    try {
      add(JSON.parse(text))
    } catch (error) {
      warnings.push(`A JSON-LD block of the page is not valid JSON and was ignored (${error instanceof Error ? error.message : String(error)}).`)
    }
  }
  return { objects, warnings }
}

/** Whether a JSON-LD object has one of these `@type`s. */
export function hasType(object: Record<string, unknown>, types: readonly string[]): boolean {
  const type = object['@type']
  const list = Array.isArray(type) ? type : [type]
  return list.some((entry) => typeof entry === 'string' && types.includes(entry))
}

/** A text field of a JSON-LD object: a string, or the `name` of an object or of the first of a list. */
export function jsonLdText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (Array.isArray(value)) return value.length > 0 ? jsonLdText(value[0]) : null
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>
    return jsonLdText(object.name ?? object['@value'] ?? object.url)
  }
  return null
}

/** Names in a JSON-LD field that may be a string, a list of strings, or comma-separated keywords. */
export function jsonLdList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((part) => part.trim()).filter(Boolean)
  if (Array.isArray(value)) return value.flatMap((entry) => (typeof entry === 'string' ? [entry.trim()] : [jsonLdText(entry) ?? ''])).filter(Boolean)
  return []
}
