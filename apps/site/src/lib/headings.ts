import { inlineText, toSlug } from '@clinic/schema'
import type { HeadingNode, RichText } from '@clinic/schema'

/** Ids the layout uses for its own landmarks and skip links; body headings never take them. */
export const RESERVED_IDS: readonly string[] = ['main', 'top']

/**
 * One id per text, in order: the slug of the text, `-2`, `-3`… when it is taken (by an
 * earlier text or a reserved id), and `<fallback>-<n>` (n counting from 1) for a text without
 * letters or digits.
 */
export function uniqueSlugIds(texts: readonly string[], reserved: Iterable<string> = RESERVED_IDS, fallback = 'section'): string[] {
  const taken = new Set(reserved)
  return texts.map((text, index) => {
    const base = toSlug(text) || `${fallback}-${index + 1}`
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  })
}

/**
 * The `id` of every heading of a body, from its text: unique within the body and never one
 * of `reserved`. A page building a table of contents calls this with the same arguments as
 * the body's `RichText`, so links and headings agree.
 */
export function headingIds(nodes: RichText, reserved: Iterable<string> = RESERVED_IDS): Map<HeadingNode, string> {
  const headings = nodes.filter((node): node is HeadingNode => node.type === 'heading')
  const ids = uniqueSlugIds(
    headings.map((heading) => inlineText(heading.children)),
    reserved,
  )
  return new Map(headings.map((heading, index) => [heading, ids[index] ?? `section-${index + 1}`]))
}

/** A heading of a body, for a table of contents. */
export interface HeadingEntry {
  id: string
  level: HeadingNode['level']
  text: string
}

/** The headings of a body in order, with the ids `RichText` gives them (same `reserved`). */
export function headingOutline(nodes: RichText, reserved: Iterable<string> = RESERVED_IDS): HeadingEntry[] {
  return [...headingIds(nodes, reserved)].map(([heading, id]) => ({ id, level: heading.level, text: inlineText(heading.children) }))
}
