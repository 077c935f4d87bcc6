/*
 * What an array row's header says in the admin, worked out from the row's values. Pure, so the
 * client component (./RowLabel.tsx) stays a thin shell and the wording is unit-tested.
 */

/** One piece of a row's label, read from the row's sub-fields. */
export type RowLabelPart =
  /** A text, select or textarea value; `capitalised` writes a select's value (`monday`) as `Monday`. */
  | { field: string; as?: 'text' | 'capitalised' }
  /** A day-only date field (`Nov 26, 2026`); with `through`, a run of days up to that field's date. */
  | { field: string; as: 'date'; through?: string }
  /** `Closed`, or `08:00–12:00`, from the row's `closed`, `opens` and `closes`. */
  | { as: 'hours' }
  /** A relationship: the related document's title (`titles` looks it up). */
  | { field: string; as: 'title'; relationTo: string }

/** How an array's rows are labelled: the `clientProps` of the RowLabel component. */
export interface RowLabelOptions {
  /** The pieces of the label, in order; empty ones are left out. */
  parts: RowLabelPart[]
  /** Word for a row with nothing to show yet: `Day 03`, as Payload numbers rows. */
  fallback: string
}

/** The title of a related document, `undefined` while it loads, `null` when it cannot be read. */
export type TitleLookup = (relationTo: string, id: number | string) => string | null | undefined

/** A label longer than this is cut: the row header is one line. */
export const ROW_LABEL_MAX_LENGTH = 80

const SEPARATOR = ' · '
const EN_DASH = '–'

const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })

/**
 * A day-only date field's value as `Nov 26, 2026`. The admin's day picker stores noon UTC of the
 * picked day, so the UTC calendar date is the day the editor chose, wherever they are.
 */
export function formatDay(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : shortDate.format(date)
}

const text = (value: unknown): string | null => {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return null
  const trimmed = value.replace(/\s+/g, ' ').trim()
  return trimmed === '' ? null : trimmed
}

/** The id of a relationship value: an id, a populated document, or a polymorphic `{ relationTo, value }`. */
export function relationshipId(value: unknown): number | string | null {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value
  if (typeof value === 'object' && value !== null) {
    const record = value as { id?: unknown; value?: unknown }
    if (record.value !== undefined) return relationshipId(record.value)
    if (record.id !== undefined) return relationshipId(record.id)
  }
  return null
}

function partText(part: RowLabelPart, row: Record<string, unknown>, titles: TitleLookup): string | null {
  if (part.as === 'hours') {
    if (row.closed === true) return 'Closed'
    const opens = text(row.opens)
    const closes = text(row.closes)
    return opens && closes ? `${opens}${EN_DASH}${closes}` : null
  }
  const value = row[part.field]
  switch (part.as) {
    case 'date': {
      const from = formatDay(value)
      const through = part.through === undefined ? null : formatDay(row[part.through])
      if (from === null) return null
      return through === null || through === from ? from : `${from} ${EN_DASH} ${through}`
    }
    case 'title': {
      const id = relationshipId(value)
      if (id === null) return null
      const title = titles(part.relationTo, id)
      if (title === undefined) return '…'
      return title ?? `#${String(id)}`
    }
    case 'capitalised': {
      const plain = text(value)
      return plain === null ? null : `${plain.charAt(0).toUpperCase()}${plain.slice(1)}`
    }
    default:
      return text(value)
  }
}

/**
 * The label of one array row: its parts joined with ` · ` (`Monday · 08:00–18:00`), cut to
 * {@link ROW_LABEL_MAX_LENGTH} characters, or the fallback word and the row's number
 * (`Day 03`) when none of them has a value yet. `rowIndex` counts from 0, as Payload's does.
 */
export function rowLabelText(row: unknown, rowIndex: number | undefined, options: RowLabelOptions, titles: TitleLookup = () => null): string {
  const values = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {}
  const label = options.parts
    .map((part) => partText(part, values, titles))
    .filter((piece): piece is string => piece !== null)
    .join(SEPARATOR)
  if (label === '') return `${options.fallback} ${String((rowIndex ?? 0) + 1).padStart(2, '0')}`
  return label.length > ROW_LABEL_MAX_LENGTH ? `${label.slice(0, ROW_LABEL_MAX_LENGTH - 1).trimEnd()}…` : label
}
