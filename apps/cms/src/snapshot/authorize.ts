import { timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { roleOf } from '../access/roles'
import { userBrandIds } from '../access/userBrands'

/** Who is asking for snapshots. */
export type SnapshotReader =
  | { kind: 'build' }
  | { kind: 'admin' }
  | { kind: 'brandStaff'; brandIds: string[] }
  | { kind: 'anonymous' }

function bearer(req: PayloadRequest): string | null {
  const header = req.headers.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  return match?.[1] ?? null
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Deploy-time builds present the build token as a bearer token; people and scripts may use a
 * user session or API key instead, and then see only their brands.
 */
export function snapshotReader(req: PayloadRequest, buildToken: string | undefined): SnapshotReader {
  const token = bearer(req)
  if (token !== null && buildToken !== undefined && sameSecret(token, buildToken)) return { kind: 'build' }
  const role = roleOf(req)
  if (role === 'admin') return { kind: 'admin' }
  if (role !== null) return { kind: 'brandStaff', brandIds: userBrandIds(req).map(String) }
  return { kind: 'anonymous' }
}
