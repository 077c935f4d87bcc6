import { createHash } from 'node:crypto'
import type { FlattenedBlock, FlattenedField } from 'payload'
import { WORKFLOW } from './constants'

/*
 * What a clinical approval applies to: the page's content as a hash (`reviewWorkflow.approvedHash`),
 * so that any change after the approval makes it lapse, whoever makes it and however. The hash
 * covers every stored field of the page and its brands (an approval is for these brands' sites),
 * and leaves out what the CMS stamps or what is about the page rather than its health
 * information: the review itself, its workflow, the publication status and dates, the slug,
 * and the search and social texts (`seo`/`meta`, which default to the title and lead).
 *
 * Values are read in one form whatever the save's origin (the admin's form, REST, GraphQL, the
 * Local API, SQLite or MongoDB): relationships as id strings, dates as ISO strings, empty values
 * as absent, array and block rows without their ids, rich text without the editor's layout
 * properties, object keys sorted.
 */

/** Top-level fields that are not part of what a reviewer approves. */
const NOT_REVIEWED = new Set(['id', '_status', 'createdAt', 'updatedAt', 'publishedAt', 'slug', 'seo', 'meta', 'review', WORKFLOW, 'scheduled', 'deletedAt'])

/** Lexical properties that change how the editor lays text out, never what it says. */
const EDITOR_ONLY = new Set(['direction', 'textFormat', 'textStyle', 'version', '$'])

type Canonical = null | boolean | number | string | Canonical[] | { [key: string]: Canonical }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const isEmpty = (value: Canonical): boolean =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0)

/** The id a relationship value points to (populated or not, polymorphic or not), as text. */
function referenceOf(value: unknown): Canonical {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (isRecord(value)) {
    if ('relationTo' in value && 'value' in value) {
      const target = referenceOf(value.value)
      return target === null ? null : `${String(value.relationTo)}:${String(target)}`
    }
    if ('id' in value) return referenceOf(value.id)
  }
  return canonicalJson(value)
}

/** Any JSON value with sorted keys and empty values dropped; `drop` names keys left out at every depth. */
function canonicalJson(value: unknown, drop: ReadonlySet<string> = new Set()): Canonical {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map((item) => canonicalJson(item, drop))
  if (isRecord(value)) {
    const out: Record<string, Canonical> = {}
    for (const key of Object.keys(value).sort()) {
      if (drop.has(key)) continue
      const item = canonicalJson(value[key], drop)
      if (!isEmpty(item)) out[key] = item
    }
    return out
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value
  return String(value)
}

function dateOf(value: unknown): Canonical {
  if (value === null || value === undefined || value === '') return null
  const date = new Date(value as Date | string)
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString()
}

/** A row of an array or block: its fields, without the row's id. */
function rowOf(value: unknown, fields: readonly FlattenedField[]): Canonical {
  if (!isRecord(value)) return canonicalJson(value)
  return fieldsOf(value, fields, new Set(['id']))
}

function blockOf(value: unknown, field: Extract<FlattenedField, { type: 'blocks' }>): Canonical {
  if (!isRecord(value)) return canonicalJson(value)
  const known = [...field.blocks, ...(field.blockReferences ?? [])].find((block): block is FlattenedBlock => typeof block === 'object' && block.slug === value.blockType)
  const content = known ? rowOf(value, known.flattenedFields) : canonicalJson(value, new Set(['id', 'blockName']))
  return isRecord(content) ? { ...content, blockType: String(value.blockType) } : content
}

function valueOf(field: FlattenedField, value: unknown): Canonical {
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return Array.isArray(value) ? value.map(referenceOf) : referenceOf(value)
    case 'date':
      return dateOf(value)
    case 'group':
    case 'tab':
      return isRecord(value) ? fieldsOf(value, field.flattenedFields) : null
    case 'array':
      return Array.isArray(value) ? value.map((row) => rowOf(row, field.flattenedFields)) : null
    case 'blocks':
      return Array.isArray(value) ? value.map((row) => blockOf(row, field)) : null
    case 'richText':
      return canonicalJson(value, EDITOR_ONLY)
    default:
      return canonicalJson(value)
  }
}

function fieldsOf(doc: Record<string, unknown>, fields: readonly FlattenedField[], skip: ReadonlySet<string> = new Set()): Canonical {
  const out: Record<string, Canonical> = {}
  for (const field of [...fields].sort((a, b) => a.name.localeCompare(b.name))) {
    if (skip.has(field.name) || field.type === 'join' || ('virtual' in field && field.virtual)) continue
    const value = valueOf(field, doc[field.name])
    if (!isEmpty(value)) out[field.name] = value
  }
  return out
}

/**
 * The hash of what a clinical reviewer approves of `doc` (a page as it is or will be stored),
 * given its collection's flattened fields. Equal for the same content whatever API or database
 * it came through; different as soon as any reviewed field or the page's brands change.
 */
export function contentFingerprint(doc: Record<string, unknown>, fields: readonly FlattenedField[]): string {
  const reviewed = fields.filter((field) => !NOT_REVIEWED.has(field.name))
  return createHash('sha256').update(JSON.stringify(fieldsOf(doc, reviewed))).digest('hex')
}

/**
 * The top-level fields whose value differs between `before` and `after` (pages as stored), in
 * the same reading of values as {@link contentFingerprint}, over every field of the page.
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly FlattenedField[]): string[] {
  return fields
    .filter((field) => field.type !== 'join' && !('virtual' in field && field.virtual))
    .filter((field) => {
      const [was, now] = [valueOf(field, before[field.name]), valueOf(field, after[field.name])]
      return JSON.stringify(isEmpty(was) ? null : was) !== JSON.stringify(isEmpty(now) ? null : now)
    })
    .map((field) => field.name)
}
