import type { PayloadRequest } from 'payload'

type Ref = number | string | { id: number | string } | null | undefined

/** The id of a relationship value, whether it arrived populated or as a bare id. */
export function refId(value: Ref): number | string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/** The ids a relationship value (one, several or none) points to. */
export function refIds(value: unknown): (number | string)[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return list.map((entry) => refId(entry as Ref)).filter((id): id is number | string => id !== null)
}

/** Ids of the brands the logged-in user works for; empty for the public. */
export function userBrandIds(req: Pick<PayloadRequest, 'user'>): (number | string)[] {
  const user = req.user as { brands?: unknown } | null | undefined
  return refIds(user?.brands)
}
