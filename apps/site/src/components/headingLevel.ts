/** A heading level below the page's single h1. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6

/** `level` moved down by `steps`, but never below h6 (HTML has no h7). */
export function deeperHeading(level: HeadingLevel, steps = 1): HeadingLevel {
  return Math.min(6, level + steps) as HeadingLevel
}

/** The tag name of a heading level, for dynamic tags in templates. */
export function headingTag(level: HeadingLevel): `h${HeadingLevel}` {
  return `h${level}`
}
