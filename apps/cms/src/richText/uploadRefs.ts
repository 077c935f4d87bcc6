/**
 * The media references of upload nodes anywhere in a Lexical editor state (nested lists,
 * tables, blocks included), as stored: an id, or a populated document.
 */
export function uploadRefsOf(state: unknown): unknown[] {
  const refs: unknown[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (typeof value === 'object' && value !== null) {
      const node = value as { type?: unknown; value?: unknown }
      if (node.type === 'upload') refs.push(node.value)
      Object.values(value).forEach(visit)
    }
  }
  visit(state)
  return refs
}
