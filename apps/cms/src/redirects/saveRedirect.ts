import { normaliseSitePath } from '@clinic/schema'
import type { PayloadRequest } from 'payload'
import type { Redirect } from '../payload-types'
import type { RedirectOrigin, RedirectTarget } from './target'

type Id = number | string

/** One old address of a brand's site and where it should lead. */
export interface RedirectInput {
  brand: Id
  /** The old address: a site path, or a full URL of the old site (reduced to its path). */
  from: string
  to: RedirectTarget
  origin: RedirectOrigin
}

/**
 * Makes `from` on the brand's site lead to `to`: changes the brand's redirect from that path
 * when there is one, else creates it, in `req`'s transaction. The redirect's checks apply
 * (see checkRedirect.ts) and refuse with a ValidationError naming the field. With
 * `overrideAccess: false` the user of `req` needs the right to change the brand's redirects.
 * Used when a published document's slug changes, and by post imports.
 */
export async function saveRedirect(req: PayloadRequest, input: RedirectInput, { overrideAccess = true }: { overrideAccess?: boolean } = {}): Promise<{ id: Id; created: boolean }> {
  const from = normaliseSitePath(input.from)
  if (from.problem !== undefined) throw new Error(`Cannot redirect "${input.from}" for brand ${String(input.brand)}: ${from.problem}`)
  // The generated types know SQLite's number ids; MongoDB's are strings, which Payload takes the same way.
  const data: Omit<Redirect, 'id' | 'createdAt' | 'updatedAt'> = {
    from: from.path,
    to: input.to as Redirect['to'],
    brand: input.brand as Redirect['brand'],
    origin: input.origin,
  }
  const existing = await brandRedirectFrom(req, input.brand, from.path)
  if (existing !== undefined) {
    await req.payload.update({ collection: 'redirects', id: existing.id, data, depth: 0, overrideAccess, req })
    return { id: existing.id, created: false }
  }
  const created = await req.payload.create({ collection: 'redirects', data, depth: 0, overrideAccess, req })
  return { id: created.id, created: true }
}

/** The brand's redirect from `path` (a normalised site path), whoever may read it, in `req`'s transaction; undefined when there is none. */
export async function brandRedirectFrom(req: PayloadRequest, brand: Id, path: string): Promise<Redirect | undefined> {
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ brand: { equals: brand } }, { from: { equals: path } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0]
}
