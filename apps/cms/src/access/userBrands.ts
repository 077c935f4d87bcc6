import type { PayloadRequest } from 'payload'

type Ref = number | string | { id: number | string } | null | undefined

/** The id of a relationship value, whether it arrived populated or as a bare id. */
export function refId(value: Ref): number | string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/** The role of the logged-in user, or null for the public. */
export function roleOf(req: Pick<PayloadRequest, 'user'>): 'admin' | 'editor' | null {
  const user = req.user as { collection?: string; role?: unknown } | null | undefined
  if (!user || user.collection !== 'users') return null
  return user.role === 'admin' ? 'admin' : 'editor'
}

/** Ids of the brands the logged-in user works for; empty for the public. */
export function userBrandIds(req: Pick<PayloadRequest, 'user'>): (number | string)[] {
  const user = req.user as { brands?: Ref[] | null } | null | undefined
  return (user?.brands ?? []).map(refId).filter((id): id is number | string => id !== null)
}
