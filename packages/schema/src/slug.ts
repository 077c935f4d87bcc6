import slugify from '@sindresorhus/slugify'
import { z } from 'zod'

/** The longest slug we accept; URLs stay readable and fit in every index. */
export const SLUG_MAX_LENGTH = 80

/** Lower-case ASCII letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A URL path segment: `dry-needling-vs-massage`. */
export const SlugSchema = z
  .string()
  .min(1, 'slug must not be empty')
  .max(SLUG_MAX_LENGTH, `slug must be at most ${SLUG_MAX_LENGTH} characters`)
  .regex(SLUG_PATTERN, 'slug may contain only a-z, 0-9 and single hyphens between words')

/**
 * Turns a title into a slug that satisfies {@link SlugSchema}: transliterated, lower-case,
 * hyphenated, cut at a word boundary to {@link SLUG_MAX_LENGTH}. Returns `''` when the
 * title has no letters or digits, so callers can ask the editor for one.
 */
export function toSlug(title: string): string {
  const full = slugify(title, { decamelize: false })
  if (full.length <= SLUG_MAX_LENGTH) return full
  const cut = full.slice(0, SLUG_MAX_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SLUG_MAX_LENGTH)).replace(/-+$/, '')
}

/** True when `value` is a valid slug. */
export function isSlug(value: string): boolean {
  return SlugSchema.safeParse(value).success
}
