import type { PayloadRequest, ValidationFieldError } from 'payload'
import { refIds } from '../../access/userBrands'
import type { Brand } from '../../payload-types'

/*
 * What a comparison needs before it is published, beyond the snapshot's ComparisonSchema (which
 * the publish guard, src/publishing/publishGuard.ts, checks for every snapshot collection): the
 * site draws a table with one column per compared therapy, so the guard words the schema's table
 * and advice problems the way an editor reads them, and checks what the document alone cannot
 * show, that every compared therapy is published for the comparison's brands. Drafts are not
 * checked: a draft made from prose (an imported post) may lack its table until an editor fills it in.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The stored grid's rows (./grid.ts), as far as they can be read. */
function gridRows(doc: Record<string, unknown>): unknown[] {
  const grid = doc.grid
  return isRecord(grid) && Array.isArray(grid.rows) ? grid.rows : []
}

function rowName(doc: Record<string, unknown>, index: number): string {
  const row: unknown = gridRows(doc)[index]
  const label = isRecord(row) ? row.label : undefined
  return typeof label === 'string' && label.trim() !== '' ? `"${label.trim()}"` : `${index + 1}`
}

/**
 * The editor's wording of a ComparisonSchema issue at `path` of the comparison `doc` (as stored),
 * or undefined to keep the schema's. The snapshot's `rows` come from the stored `grid`, its
 * `values` from the grid's cells in the order of `therapies`.
 */
export function comparisonIssueMessage(path: readonly PropertyKey[], doc: Record<string, unknown>): string | undefined {
  const [head, index, field, column] = path
  if (head === 'rows' && index === undefined) return 'Add at least one attribute to the table, with a value for every therapy, before publishing.'
  if (head === 'rows' && typeof index === 'number' && field === 'label') return `Attribute ${index + 1} has no label: name it (e.g. "Tool used") or delete the row.`
  if (head === 'rows' && typeof index === 'number' && field === 'values' && typeof column === 'number') {
    const therapy = refIds(doc.therapies)[column]
    return `Attribute ${rowName(doc, index)} has no value for ${therapy === undefined ? 'a therapy' : `therapy ${therapy}`} (column ${column + 1}): fill in the cell or delete the row.`
  }
  if (head === 'whenToChoose' && typeof index === 'number' && field === 'therapy') {
    return `Advice ${index + 1} is for a therapy this comparison does not compare; choose one of the compared therapies or remove it.`
  }
  return undefined
}

/**
 * The compared therapies of `doc` that are not published for `brand`: the table's columns are
 * therapy pages, so the snapshot refuses a comparison of a draft (unlike other references, which
 * the snapshot leaves out).
 */
export async function unpublishedComparedTherapies(doc: Record<string, unknown>, brand: Brand, req: PayloadRequest): Promise<ValidationFieldError[]> {
  const ids = refIds(doc.therapies)
  if (ids.length === 0) return []
  const published = await req.payload.find({
    collection: 'therapies',
    where: { and: [{ id: { in: ids } }, { brands: { in: [brand.id] } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  const found = new Set(published.docs.map((therapy) => String(therapy.id)))
  const missing = ids.filter((id) => !found.has(String(id)))
  if (missing.length === 0) return []
  const which = missing.length === 1 ? `Therapy ${missing[0]} is` : `Therapies ${missing.join(', ')} are`
  return [{ path: 'therapies', message: `${which} not published for ${brand.name}: publish ${missing.length === 1 ? 'it' : 'them'} first, or compare published therapies.` }]
}
