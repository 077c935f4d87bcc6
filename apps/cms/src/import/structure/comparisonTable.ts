import type { TableNode } from '@clinic/schema'
import type { KnownNames } from './knownNames'
import { inlinePlain } from './text'

/** One compared attribute and its value per therapy, in the order of the therapies. */
export interface ComparisonRow {
  label: string
  values: string[]
}

/** What a table turned out to be: a comparison of known therapies, or an ordinary table. */
export type TableReading =
  | { kind: 'comparison'; therapies: string[]; rows: ComparisonRow[]; warnings: string[] }
  | { kind: 'table'; warnings: string[] }

const DAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`
const DAYS = new RegExp(String.raw`^(?:${DAY}(?:\s*(?:-|–|—|to|&|and|through)\s*${DAY})?|weekdays|weekends?|holidays)$`, 'i')

const AMOUNT = String.raw`(?:\$\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*(?:usd|dollars)|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|\d+\s*(?:min(?:ute)?s?|hours?|hrs?))`
const PRICE_OR_HOURS = new RegExp(
  String.raw`^(?:from\s+|about\s+|approx\.?\s+)?${AMOUNT}(?:\s*(?:-|–|—|to)\s*${AMOUNT}|\s*(?:-|–|—|to)\s*\d[\d,]*(?:\.\d+)?\s*(?:am|pm|a\.m\.|p\.m\.)?)?(?:\s*(?:per|a|\/)\s*(?:session|visit|treatment|hour))?$|^(?:closed|by appointment|n\/a|[-–—])$`,
  'i',
)

/**
 * A price list or opening-hours table that happens to name therapies in its header ("Session |
 * Dry needling | Massage" with rows of prices): its row labels are days, or every value is a
 * price, a clock time or a duration, which an attribute-by-attribute comparison never is.
 */
function isPriceListOrHours(labels: readonly string[], values: readonly string[]): boolean {
  if (labels.length > 0 && labels.every((label) => DAYS.test(label))) return true
  const filled = values.filter((value) => value !== '')
  return filled.length > 0 && filled.every((value) => PRICE_OR_HOURS.test(value))
}

/** Row labels end in a colon or carry bold marks in the source; the colon is only punctuation. */
const cleanLabel = (text: string) => text.replace(/\s*:$/, '')

function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/**
 * Reads a table as a comparison when its header row (marked as header or not) names two or more
 * known therapies, one per column after a corner cell ("Feature", or empty); or, turned on its
 * side, when its first column names them, one per row, under a header of attribute labels.
 * Rows missing cells get empty values and a warning naming the row. A table with one therapy,
 * no therapies, a price list or opening hours stays a table.
 */
export function readComparisonTable(table: TableNode, names: KnownNames): TableReading {
  const grid = table.rows.map((row) => row.cells.map((cell) => inlinePlain(cell.children)))
  const header = grid[0] ?? []
  const body = grid.slice(1)
  if (body.length === 0) return { kind: 'table', warnings: [] }

  const columnTherapies = header.slice(1).map((cell) => names.label(cell))
  const namedColumns = columnTherapies.filter((therapy): therapy is string => therapy !== null)
  if (namedColumns.length >= 2) {
    const therapiesText = listNames([...new Set(namedColumns)])
    if (names.label(header[0] ?? '') !== null) {
      return {
        kind: 'table',
        warnings: [`A table names ${therapiesText} in its header but has no column of row labels; it was kept as a table.`],
      }
    }
    if (namedColumns.length !== columnTherapies.length) {
      const others = header.slice(1).filter((_, index) => columnTherapies[index] === null)
      return {
        kind: 'table',
        warnings: [`A table compares ${therapiesText} but also has the column${others.length > 1 ? 's' : ''} ${others.map((cell) => `"${cell}"`).join(', ')}, which name no known therapy; it was kept as a table.`],
      }
    }
    if (new Set(namedColumns).size !== namedColumns.length) {
      return { kind: 'table', warnings: [`A table has several columns for the same therapy (${therapiesText}); it was kept as a table.`] }
    }
    if (isPriceListOrHours(body.map((row) => row[0] ?? ''), body.flatMap((row) => row.slice(1)))) return { kind: 'table', warnings: [] }
    return { kind: 'comparison', therapies: namedColumns, ...columnRows(body, namedColumns) }
  }

  const rowTherapies = body.map((row) => names.label(row[0] ?? ''))
  const attributes = header.slice(1).map(cleanLabel)
  const onItsSide =
    rowTherapies.length >= 2 &&
    rowTherapies.every((therapy) => therapy !== null) &&
    new Set(rowTherapies).size === rowTherapies.length &&
    attributes.length >= 2 &&
    attributes.every((attribute) => attribute !== '' && names.label(attribute) === null)
  if (!onItsSide || isPriceListOrHours([], body.flatMap((row) => row.slice(1)))) return { kind: 'table', warnings: [] }
  const therapies = rowTherapies as string[]
  const warnings: string[] = []
  for (const row of body) {
    if (row.length - 1 < attributes.length) warnings.push(`The comparison table's row "${row[0]}" has ${row.length - 1} of ${attributes.length} values; the missing ones were left empty.`)
    if (row.length - 1 > attributes.length) warnings.push(`The comparison table's row "${row[0]}" has more cells than its header has labels; the extra ones were left out.`)
  }
  const rows = attributes.map((label, column) => ({ label, values: body.map((row) => row[column + 1] ?? '') }))
  return { kind: 'comparison', therapies, rows, warnings }
}

/** Rows of a comparison with one column per therapy: label, then a value per therapy. */
function columnRows(body: readonly string[][], therapies: readonly string[]): { rows: ComparisonRow[]; warnings: string[] } {
  const rows: ComparisonRow[] = []
  const warnings: string[] = []
  body.forEach((cells, index) => {
    const values = cells.slice(1)
    if (cells.every((cell) => cell === '')) return
    let label = cleanLabel(cells[0] ?? '')
    if (label === '') {
      label = `Row ${index + 1}`
      warnings.push(`Row ${index + 1} of the comparison table has no label; it was named "${label}".`)
    }
    if (values.length < therapies.length) {
      warnings.push(`The comparison table's row "${label}" has ${values.length} of ${therapies.length} values; the missing ones were left empty.`)
    } else if (values.length > therapies.length) {
      warnings.push(`The comparison table's row "${label}" has more cells than there are therapies; the extra ones were left out.`)
    }
    rows.push({ label, values: therapies.map((_, column) => values[column] ?? '') })
  })
  return { rows, warnings }
}
