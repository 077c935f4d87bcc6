import { SLUG_MAX_LENGTH, isSlug, toSlug } from '@clinic/schema'

/**
 * Hands out slugs that are unique within one brand's collection: those already used in the
 * database and those handed out earlier in the same import. A taken slug gets `-2`, `-3`…,
 * shortened at a word boundary so that it still fits {@link SLUG_MAX_LENGTH}.
 */
export class SlugAllocator {
  private readonly taken: Set<string>

  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken)
  }

  /** Whether `slug` is in use. */
  has(slug: string): boolean {
    return this.taken.has(slug)
  }

  /** Marks `slug` as used (a document that keeps its slug). */
  reserve(slug: string): void {
    this.taken.add(slug)
  }

  /** A free slug made from `wanted` (already a slug), reserved for the caller. */
  allocate(wanted: string): string {
    const base = isSlug(wanted) ? wanted : toSlug(wanted) || 'post'
    let slug = base
    for (let n = 2; this.taken.has(slug); n += 1) slug = withSuffix(base, n)
    this.taken.add(slug)
    return slug
  }
}

function withSuffix(base: string, n: number): string {
  const suffix = `-${n}`
  if (base.length + suffix.length <= SLUG_MAX_LENGTH) return `${base}${suffix}`
  const cut = base.slice(0, SLUG_MAX_LENGTH - suffix.length)
  const lastHyphen = cut.lastIndexOf('-')
  return `${(lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')}${suffix}`
}

/**
 * The slug a post asks for: the last segment of its old address when that is already a valid
 * slug (so the new address reads like the old one), else one made from its title.
 */
export function wantedSlug(sourceUrl: string | null, title: string): string {
  const url = sourceUrl === null ? null : URL.parse(sourceUrl)
  const segments = url?.pathname.split('/').filter(Boolean) ?? []
  const last = segments.at(-1)
  let decoded: string | undefined
  try {
    decoded = last === undefined ? undefined : decodeURIComponent(last)
  } catch {
    decoded = undefined
  }
  if (decoded !== undefined && isSlug(decoded)) return decoded
  return toSlug(title) || 'post'
}
