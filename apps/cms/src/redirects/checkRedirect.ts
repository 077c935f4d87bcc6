import { normaliseRedirectTarget, normaliseSitePath, targetPath } from '@clinic/schema'
import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError, type Where } from 'payload'
import { refId } from '../access/userBrands'
import { foreignBrandsProblem } from '../fields/brands'
import { livePageAt, ofBrand } from './livePage'
import { readTarget } from './target'

type Id = number | string
type Data = Record<string, unknown>
type FieldError = { path: string; message: string }

/** Other redirects of the brand matching `where` (this one left out), read past access: the brand is the user's. */
async function otherRedirects(req: PayloadRequest, brand: Id, self: Id | undefined, where: Where): Promise<Data[]> {
  const and: Where[] = [{ brand: { equals: brand } }, where]
  if (self !== undefined) and.push({ id: { not_equals: self } })
  const { docs } = await req.payload.find({ collection: 'redirects', where: { and }, depth: 0, pagination: false, overrideAccess: true, req })
  return docs as unknown as Data[]
}

/** A custom address on the brand's own domain is a path of its site: stored as the path, so chains are seen. */
async function onOwnDomain(req: PayloadRequest, brand: Id, url: string): Promise<string> {
  if (!/^https?:\/\//i.test(url)) return url
  const doc = await req.payload.findByID({ collection: 'brands', id: brand, depth: 0, overrideAccess: true, disableErrors: true, req })
  const domain = typeof doc?.domain === 'string' ? doc.domain : null
  try {
    const parsed = new URL(url)
    return domain !== null && parsed.host === domain ? `${parsed.pathname}${parsed.search}${parsed.hash}` : url
  } catch {
    return url
  }
}

/**
 * Normalises a redirect and refuses one the brand's site could not publish as a working
 * redirect, naming the field and what to do:
 * - `from` in its normal form (a pasted address of the old site becomes its path), never the
 *   brand's home page, one of its fixed pages (`/team/` while it has a published provider) or the
 *   page of a published document of the brand, and redirected once per brand;
 * - `to` a page (article, comparison, therapy, condition, clinic or provider) of the same brand, or a
 *   site path or http(s) address; a path that is itself redirected (a chain) or the old path
 *   itself (a loop) is refused, and so is an old path that another redirect already leads to,
 *   except for the redirects the CMS adds when a slug changes (the snapshot resolves those).
 *
 * Brands the user does not work for are refused first, with the brand field's own message, so
 * nothing here tells them what another brand has.
 */
export const checkRedirect: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  const fail = (errors: FieldError[]): never => {
    throw new ValidationError({ collection: collection.slug, errors, req })
  }
  const brandValue: unknown = data.brand ?? originalDoc?.brand
  const foreign = foreignBrandsProblem(req, brandValue)
  if (foreign !== null) fail([{ path: 'brand', message: foreign }])
  const brand = refId(brandValue as Id | { id: Id } | null | undefined)

  const errors: FieldError[] = []
  if (typeof data.from === 'string') {
    const normal = normaliseSitePath(data.from)
    if (normal.problem !== undefined) errors.push({ path: 'from', message: `The old address cannot be redirected: ${normal.problem}` })
    else data.from = normal.path
  }
  const toData = { ...(originalDoc?.to as Data | undefined), ...(data.to as Data | undefined) }
  if (toData.type === 'custom' && typeof toData.url === 'string' && brand !== null) {
    const normal = normaliseRedirectTarget(await onOwnDomain(req, brand, toData.url))
    if (normal.problem !== undefined) errors.push({ path: 'to.url', message: normal.problem })
    else data.to = { ...toData, url: normal.target }
  }
  if (errors.length > 0) fail(errors)

  const from: unknown = data.from ?? originalDoc?.from
  // Without a brand or an old path the fields' own validation says what is missing.
  if (brand === null || typeof from !== 'string') return data
  const self = originalDoc?.id as Id | undefined

  const live = await livePageAt(req, brand, from)
  if (live?.kind === 'fixed') fail([{ path: 'from', message: `${from} is ${live.what}; it cannot be redirected.` }])
  if (live?.kind === 'document') {
    fail([{ path: 'from', message: `${from} is the live page of "${live.title}" (${live.collection} ${String(live.id)}); a published page is never redirected. Change that page's slug or unpublish it first.` }])
  }
  const same = await otherRedirects(req, brand, self, { from: { equals: from } })
  if (same[0] !== undefined) fail([{ path: 'from', message: `${from} is already redirected for this brand (redirect ${String(same[0].id)}); change that redirect instead.` }])

  const target = readTarget(data.to ?? originalDoc?.to)
  if (target?.type === 'reference') {
    const { relationTo, value } = target.reference
    const { docs } = await req.payload.find({
      collection: relationTo,
      where: { and: [{ id: { equals: value } }, ofBrand(relationTo, brand)] },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) fail([{ path: 'to.reference', message: `Choose a page of the redirect's own brand: ${relationTo} ${String(value)} is not one of its documents.` }])
  }
  if (target?.type === 'custom') {
    const path = targetPath(target.url)
    if (path === from) fail([{ path: 'to.url', message: `${from} would lead to itself.` }])
    if (path !== null) {
      const next = await otherRedirects(req, brand, self, { from: { equals: path } })
      if (next[0] !== undefined) fail([{ path: 'to.url', message: `${path} is itself redirected (redirect ${String(next[0].id)}); lead straight to where that one goes.` }])
    }
  }
  // Asked only when the old path is new, so an existing chain does not block unrelated edits. The
  // CMS's own redirect after a slug change keeps the old address working even when a custom
  // redirect leads to it; the snapshot follows such a chain to its end.
  if (data.origin !== 'slug-change' && from !== originalDoc?.from) {
    const leadingHere = (await otherRedirects(req, brand, self, { 'to.type': { equals: 'custom' } })).filter((other) => {
      const otherTarget = readTarget(other.to)
      return otherTarget?.type === 'custom' && targetPath(otherTarget.url) === from
    })
    if (leadingHere[0] !== undefined) {
      fail([{ path: 'from', message: `Redirect ${String(leadingHere[0].from)} already leads to ${from}; redirecting ${from} too would make a chain. Point that redirect at the final address first.` }])
    }
  }
  return data
}
