import type { PayloadRequest, ValidationFieldError } from 'payload'
import { refIds } from '../../access/userBrands'
import type { Brand } from '../../payload-types'

/*
 * What a comparison needs before it is published, beyond the snapshot's ComparisonSchema (which
 * the publish guard, src/publishing/publishGuard.ts, checks for every snapshot collection): the
 * site draws a table with one column per compared therapy, so the guard words the schema's row
 * and advice problems the way an editor reads them, and checks what the document alone cannot
 * show, that every compared therapy is published for the comparison's brands. Drafts are not
 * checked: a draft made from prose (an imported post) may lack rows until an editor fills them in.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function rowName(doc: Record<string, unknown>, index: number): string {
  const rows = Array.isArray(doc.rows) ? doc.rows : []
  const row: unknown = rows[index]
  const label = isRecord(row) ? row.label : undefined
  return typeof label === 'string' && label.trim() !== '' ? `"${label.trim()}"` : `${index + 1}`
}

/**
 * The editor's wording of a ComparisonSchema issue at `path` of the comparison `doc` (as stored),
 * or undefined to keep the schema's.
 */
export function comparisonIssueMessage(path: readonly PropertyKey[], doc: Record<string, unknown>): string | undefined {
  const [head, index, field, valueIndex] = path
  if (head === 'rows' && typeof index === 'number' && field === 'values') {
    const name = rowName(doc, index)
    if (valueIndex !== undefined) return `Attribute ${name} has an empty value: give one value per compared therapy, in their order.`
    const rows = Array.isArray(doc.rows) ? doc.rows : []
    const row: unknown = rows[index]
    const given = isRecord(row) && Array.isArray(row.values) ? row.values.length : 0
    const count = refIds(doc.therapies).length
    return `Give one value per compared therapy, in their order: attribute ${name} has ${given} ${given === 1 ? 'value' : 'values'} for ${count} therapies.`
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
