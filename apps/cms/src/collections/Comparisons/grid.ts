/*
 * A comparison's table as it is stored: the `grid` JSON field. The columns are the comparison's
 * `therapies` (their order is the table's), so a row keys its cells by therapy id rather than by
 * position: reordering or removing a therapy can never shift a value into another therapy's
 * column. A cell is short rich text in the shape of a Lexical editor state (one paragraph of
 * text, line breaks and links), so the snapshot converts it with the rich-text conversion every
 * other field uses (src/richText/lexicalToRichText.ts).
 *
 * This file has no server-only imports: the admin's grid component (src/components/ComparisonGrid)
 * builds the same values. The zod schema that checks them lives in ./gridSchema.ts.
 */

/** Lexical's format bits the cells use. */
export const BOLD = 1
export const ITALIC = 2

/** A run of text; `format` holds the bold (1) and italic (2) bits. */
export interface GridText {
  type: 'text'
  text: string
  format: number
}

/** A forced line break inside a cell. */
export interface GridLineBreak {
  type: 'linebreak'
}

/** A link to an outside address (http(s), mailto: or tel:) around text. */
export interface GridLink {
  type: 'link'
  fields: { url: string; newTab?: boolean }
  children: (GridText | GridLineBreak)[]
}

export type GridInline = GridText | GridLineBreak | GridLink

/** One cell: a Lexical editor state with a single paragraph. */
export interface GridCell {
  root: { type: 'root'; children: [{ type: 'paragraph'; children: GridInline[] }] }
}

/** One compared attribute: its label and a cell per therapy id (a missing key is an empty cell). */
export interface GridRow {
  /** Stable across reorders, so the admin keeps each row's editor state and focus. */
  id: string
  label: string
  cells: Record<string, GridCell>
}

/** The whole table; the columns are the comparison's `therapies`. */
export interface ComparisonGrid {
  rows: GridRow[]
}

/** Limits that keep a table readable on a phone (and a request small). */
export const GRID_LIMITS = {
  rows: 40,
  labelLength: 120,
  /** Characters of text in one cell, links included. */
  cellLength: 600,
  /** Inline nodes in one cell (and children of one link). */
  cellNodes: 60,
  urlLength: 2048,
} as const

/** A new row id: 16 hex characters. `crypto.getRandomValues` exists in Node and in every browser, also off HTTPS. */
export function newRowId(): string {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** A cell holding `children`. */
export const cellOf = (children: GridInline[]): GridCell => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })

/** A cell of plain text (empty text gives an empty cell). */
export const textCell = (text: string): GridCell => cellOf(text === '' ? [] : [{ type: 'text', text, format: 0 }])

/** The inline nodes of a cell, or none for a missing cell. */
export const cellInline = (cell: GridCell | undefined): GridInline[] => cell?.root.children[0]?.children ?? []

/** The words of a cell, without marks (a line break counts as a space). */
export function cellText(cell: GridCell | undefined): string {
  const text = (nodes: readonly GridInline[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : node.type === 'linebreak' ? ' ' : text(node.children))).join('')
  return text(cellInline(cell))
}

/** Whether a cell has words (the site needs one in every cell to publish). */
export const cellHasWords = (cell: GridCell | undefined): boolean => cellText(cell).trim() !== ''

/**
 * A grid from rows of values given column by column (value i for `therapyIds[i]`), as the old
 * attribute rows, the seed and the post importer give them. Empty values leave their cell out.
 */
export function gridFromColumns(therapyIds: readonly (number | string)[], rows: readonly { label: string; values: readonly string[] }[], rowId: (index: number) => string = newRowId): ComparisonGrid {
  return {
    rows: rows.map((row, index) => {
      const cells: Record<string, GridCell> = {}
      therapyIds.forEach((therapy, column) => {
        const value = row.values[column]
        if (value !== undefined && value !== '') cells[String(therapy)] = textCell(value)
      })
      return { id: rowId(index), label: row.label, cells }
    }),
  }
}

/** `grid` with only the cells of `therapyIds` (a therapy removed from the comparison takes its column with it). */
export function keepColumns(grid: ComparisonGrid, therapyIds: readonly (number | string)[]): ComparisonGrid {
  const keep = new Set(therapyIds.map(String))
  return { rows: grid.rows.map((row) => ({ ...row, cells: Object.fromEntries(Object.entries(row.cells).filter(([therapy]) => keep.has(therapy))) })) }
}
