import { SLUG_MAX_LENGTH, isSlug, toSlug } from '@clinic/schema'
import type { FieldHook, TextField } from 'payload'

interface SlugFieldOptions {
  /** The field the slug is derived from when the editor leaves it empty. */
  from: string
  overrides?: Partial<TextField>
}

/** Fills an empty slug from the source field, and normalises what the editor typed. */
function deriveSlug(from: string): FieldHook {
  return ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return toSlug(value)
    const source = data?.[from] ?? originalDoc?.[from]
    return typeof source === 'string' ? toSlug(source) : value
  }
}

/**
 * The URL segment of a document. Derived from `from` unless the editor sets it; kept
 * unique per brand by the `ensureUniqueSlug` hook of the collection.
 */
export function slugField({ from, overrides = {} }: SlugFieldOptions): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    index: true,
    maxLength: SLUG_MAX_LENGTH,
    hooks: { beforeValidate: [deriveSlug(from)] },
    validate: (value: null | string | undefined) =>
      typeof value === 'string' && isSlug(value) ? true : 'Use lower-case letters, digits and single hyphens (e.g. dry-needling-vs-massage).',
    admin: {
      position: 'sidebar',
      description: `Part of the page address. Leave empty to derive it from the ${from}.`,
      ...overrides.admin,
    },
    ...overrides,
  } as TextField
}
