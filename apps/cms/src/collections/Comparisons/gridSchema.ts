import { z } from 'zod'
import { BOLD, type ComparisonGrid, GRID_LIMITS, ITALIC, cellText } from './grid'

/*
 * What a stored grid (./grid.ts) may hold. Checked on every save, drafts included (./hooks/
 * checkGrid.ts), because a malformed value would break the admin's table and the site's: only
 * known keys, cells of compared therapies only, bounded sizes. Whether every cell has words is
 * for publishing only (the publish guard parses the snapshot's schema), so a draft can be
 * filled in over several sittings.
 */

const SAFE_URL = /^(https?:\/\/|mailto:|tel:)/i

const GridTextSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string(),
  format: z
    .number()
    .int()
    .refine((format) => (format & ~(BOLD | ITALIC)) === 0, 'text may only be bold (1) or italic (2)'),
})

const GridLineBreakSchema = z.strictObject({ type: z.literal('linebreak') })

const GridLinkSchema = z.strictObject({
  type: z.literal('link'),
  fields: z.strictObject({
    url: z.string().max(GRID_LIMITS.urlLength, `a link address may have at most ${GRID_LIMITS.urlLength} characters`).regex(SAFE_URL, 'a link must start with http://, https://, mailto: or tel:'),
    newTab: z.boolean().optional(),
  }),
  children: z.array(z.discriminatedUnion('type', [GridTextSchema, GridLineBreakSchema])).max(GRID_LIMITS.cellNodes),
})

const GridInlineSchema = z.discriminatedUnion('type', [GridTextSchema, GridLineBreakSchema, GridLinkSchema])

const GridCellSchema = z
  .strictObject({
    root: z.strictObject({
      type: z.literal('root'),
      children: z.tuple([z.strictObject({ type: z.literal('paragraph'), children: z.array(GridInlineSchema).max(GRID_LIMITS.cellNodes, `a cell may hold at most ${GRID_LIMITS.cellNodes} pieces of text`) })]),
    }),
  })
  .refine((cell) => cellText(cell).length <= GRID_LIMITS.cellLength, `a cell may hold at most ${GRID_LIMITS.cellLength} characters`)

const GridRowSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a row id is 1 to 64 letters, digits, "-" or "_"'),
  label: z.string().max(GRID_LIMITS.labelLength, `an attribute label may have at most ${GRID_LIMITS.labelLength} characters`),
  cells: z.record(z.string(), GridCellSchema),
})

/** A stored grid's shape, whatever the comparison's therapies. */
export const ComparisonGridSchema = z.strictObject({
  rows: z.array(GridRowSchema).max(GRID_LIMITS.rows, `a comparison may have at most ${GRID_LIMITS.rows} attributes`),
})

/** What an editor reads for a row: its label, or its number when it has none yet. */
function rowName(grid: unknown, index: number): string {
  const rows = (grid as { rows?: unknown } | null)?.rows
  const label = Array.isArray(rows) ? (rows[index] as { label?: unknown } | undefined)?.label : undefined
  return typeof label === 'string' && label.trim() !== '' ? `attribute "${label.trim()}"` : `attribute ${index + 1}`
}

/** Where in the grid an issue sits, in an editor's words ("attribute "Tool used", therapy 12"). */
function placeOf(grid: unknown, path: readonly PropertyKey[]): string {
  const [head, index, key, therapy] = path
  if (head !== 'rows' || typeof index !== 'number') return 'the table'
  const row = rowName(grid, index)
  return key === 'cells' && therapy !== undefined ? `${row}, the cell of therapy ${String(therapy)}` : row
}

/**
 * The first problem of `value` as the `grid` of a comparison of `therapyIds`, in an editor's
 * words, or null when it is fine. `publishing` also refuses blank attribute labels (a draft may
 * have a row it has not named yet).
 */
export function gridProblem(value: unknown, therapyIds: readonly (number | string)[], { publishing }: { publishing: boolean }): string | null {
  if (value === null || value === undefined) return null
  const parsed = ComparisonGridSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    if (issue === undefined) return 'The table could not be read.'
    return `The table could not be read at ${placeOf(value, issue.path)}: ${issue.message}. Reload the page and edit the table again.`
  }
  const compared = new Set(therapyIds.map(String))
  const ids = new Set<string>()
  for (const [index, row] of parsed.data.rows.entries()) {
    if (ids.has(row.id)) return `Two attributes share the id "${row.id}"; reload the page and edit the table again.`
    ids.add(row.id)
    if (publishing && row.label.trim() === '') return `Attribute ${index + 1} has no label: name it (e.g. "Tool used") or delete the row.`
    const foreign = Object.keys(row.cells).find((therapy) => !compared.has(therapy))
    if (foreign !== undefined) {
      return `${rowName(parsed.data, index).replace(/^a/, 'A')} has a value for therapy ${foreign}, which this comparison does not compare: add the therapy as a column or remove the value.`
    }
  }
  return null
}

/**
 * The grid of a stored comparison, for the snapshot: an unset grid is an empty table. A value of
 * another shape (saved around the checks, by hand in the database) is a TypeError naming the
 * field, which the publish guard reports as a field that cannot be read.
 */
export function readGrid(value: unknown): ComparisonGrid {
  if (value === null || value === undefined) return { rows: [] }
  const parsed = ComparisonGridSchema.safeParse(value)
  if (!parsed.success) throw new TypeError(`the comparison's table (grid) is not a table of cells: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`)
  return parsed.data as ComparisonGrid
}
