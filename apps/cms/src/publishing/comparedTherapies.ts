import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'
import { refIds } from '../access/userBrands'

/*
 * The other direction of the publish guard (./publishGuard.ts): a published comparison is a
 * table whose columns are therapy pages, and a brand's snapshot refuses a comparison of a therapy
 * that is not published for that brand. So a therapy stays live for every brand of every
 * published comparison that compares it: unpublishing it, deleting it or taking a brand off it
 * (by hand, through the API or by a scheduled unpublish) is refused, naming the comparisons to
 * unpublish or change first. A draft saved over a published therapy changes nothing live and is
 * never refused.
 *
 * It runs before the operation, where Payload still says whether the save is a draft (a draft
 * save and an unpublish both send `_status: 'draft'`; only the operation's `draft` flag tells
 * them apart, and `beforeChange` hooks do not receive it).
 */

type Id = number | string

/** A therapy as stored: its id, brands and status. */
interface StoredTherapy {
  id: Id
  brands?: unknown
  _status?: string | null
}

/** The therapies an update or delete applies to: one by id, or those its `where` matches. */
async function targets(req: PayloadRequest, args: { id?: Id; where?: Where }): Promise<StoredTherapy[]> {
  const where: Where | undefined = args.id !== undefined ? { id: { equals: args.id } } : args.where
  if (!where) return []
  const found = await req.payload.find({ collection: 'therapies', where, depth: 0, pagination: false, overrideAccess: true, select: { brands: true, _status: true }, req })
  return found.docs as StoredTherapy[]
}

/** The brands a therapy stops being live for, when `data` is saved over `therapy` (not as a draft). */
function brandsLosing(therapy: StoredTherapy, data: Record<string, unknown> | undefined): string[] {
  if (therapy._status !== 'published') return []
  const before = refIds(therapy.brands).map(String)
  if (!data) return before
  if (data._status === 'draft') return before
  if (!('brands' in data)) return []
  const after = new Set(refIds(data.brands).map(String))
  return before.filter((brand) => !after.has(brand))
}

/** The published comparisons of `brands` that compare `therapy`, with the names of those brands. */
async function comparisonsNeeding(req: PayloadRequest, therapy: Id, brands: string[]): Promise<string[]> {
  const found = await req.payload.find({
    collection: 'comparisons',
    where: { and: [{ _status: { equals: 'published' } }, { therapies: { in: [therapy] } }, { brands: { in: brands } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { title: true, brands: true },
    req,
  })
  if (found.docs.length === 0) return []
  const names = await req.payload.find({ collection: 'brands', where: { id: { in: brands } }, depth: 0, pagination: false, overrideAccess: true, select: { name: true }, req })
  const brandName = new Map(names.docs.map((brand) => [String(brand.id), brand.name]))
  return found.docs.map((comparison) => {
    const affected = refIds(comparison.brands).map(String).filter((brand) => brands.includes(brand))
    return `"${comparison.title}" (${affected.map((brand) => brandName.get(brand) ?? brand).join(', ')})`
  })
}

/**
 * `beforeOperation` hook of therapies: refuses to unpublish, delete or take a brand off a
 * therapy that a published comparison of that brand compares. By design, every comparison found
 * belongs to brands of the therapy itself, which whoever may change the therapy works for.
 */
export const keepComparedTherapiesLive: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const { id, where, data, draft } = args as { id?: Id; where?: Where; data?: Record<string, unknown>; draft?: boolean }
  // A draft save leaves the published therapy as it is; publishing cannot break a comparison.
  if (operation === 'update' && (draft === true || data === undefined || (data._status !== 'draft' && !('brands' in data)))) return args
  const problems: string[] = []
  for (const therapy of await targets(req, { id, where })) {
    const losing = brandsLosing(therapy, operation === 'delete' ? undefined : data)
    if (losing.length === 0) continue
    problems.push(...(await comparisonsNeeding(req, therapy.id, losing)))
  }
  if (problems.length === 0) return args
  const what = operation === 'delete' ? 'deleted' : data?._status === 'draft' ? 'unpublished' : 'taken off these brands'
  throw new APIError(
    `This therapy cannot be ${what} while published comparisons show it as a column: ${problems.join('; ')}. Unpublish those comparisons or remove the therapy from them first.`,
    409,
    undefined,
    true,
  )
}
