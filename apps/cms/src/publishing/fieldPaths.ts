import type { FlattenedField } from 'payload'

/** A path into a snapshot document, as zod reports it. */
export type SnapshotPath = readonly PropertyKey[]

/**
 * The Payload field path (`rows.0.values`, `address.street`) an issue at `path` of a mapped
 * document belongs to: the longest prefix that names a field of `fields`, with array row
 * indexes kept. The admin marks a field only for a path it knows, so a path that goes into a
 * field's value (the third value of a hasMany text field, a node of a rich-text body) stops at
 * the field. `renamed` gives the field of a top-level snapshot key the mapper derives from
 * another field (an article's `readingTimeMinutes` comes from `body`).
 */
export function fieldPathOf(path: SnapshotPath, fields: readonly FlattenedField[], renamed: Readonly<Record<string, string>> = {}): string {
  const segments = path.map((segment) => (typeof segment === 'symbol' ? String(segment.description) : segment))
  const head = segments[0]
  if (typeof head === 'string' && renamed[head] !== undefined) return renamed[head]
  const out: string[] = []
  let level: readonly FlattenedField[] | null = fields
  for (let i = 0; i < segments.length && level !== null; i += 1) {
    const field: FlattenedField | undefined = level.find((candidate) => 'name' in candidate && candidate.name === segments[i])
    if (!field) break
    out.push(field.name)
    if (field.type === 'group' || field.type === 'tab') {
      level = field.flattenedFields
    } else if (field.type === 'array' && typeof segments[i + 1] === 'number') {
      out.push(String(segments[i + 1]))
      i += 1
      level = field.flattenedFields
    } else {
      level = null
    }
  }
  // A key the collection does not have at all (the snapshot's own `id`): named as zod names it.
  return out.length > 0 ? out.join('.') : segments.map(String).join('.')
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `doc` with every named group of `fields` present (`{}` when unset), also inside array rows,
 * so that a mapper reading `clinic.address.street` sees a missing street, not a missing address.
 */
export function withGroups(doc: Record<string, unknown>, fields: readonly FlattenedField[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc }
  for (const field of fields) {
    if (field.type === 'group' || field.type === 'tab') {
      if (!('name' in field) || typeof field.name !== 'string') continue
      const value = out[field.name]
      out[field.name] = withGroups(isRecord(value) ? value : {}, field.flattenedFields)
    } else if (field.type === 'array') {
      const rows = out[field.name]
      if (Array.isArray(rows)) out[field.name] = rows.map((row) => (isRecord(row) ? withGroups(row, field.flattenedFields) : row))
    }
  }
  return out
}

/**
 * The document as it will be stored: `data` (what this save sends) over `original` (the stored
 * document or latest draft). Objects merge key by key; arrays and values are replaced, as
 * Payload replaces them.
 */
export function mergeSaved(original: unknown, data: unknown): Record<string, unknown> {
  const base = isRecord(original) ? original : {}
  const next = isRecord(data) ? data : {}
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(next)) {
    out[key] = isRecord(value) && isRecord(base[key]) ? mergeSaved(base[key], value) : value
  }
  return out
}
