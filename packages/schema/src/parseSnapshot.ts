import { SnapshotValidationError, describeSnapshotProblems } from './issues'
import { type BrandSnapshot, BrandSnapshotSchema } from './snapshot'

/**
 * Validates a snapshot and returns it typed, or throws a {@link SnapshotValidationError}
 * naming brand, collection, document id and field of each problem. `brand` labels the
 * messages when the input is too broken to say which brand it is.
 */
export function parseBrandSnapshot(input: unknown, brand?: string): BrandSnapshot {
  const result = BrandSnapshotSchema.safeParse(input)
  if (result.success) return result.data
  const raw = typeof input === 'object' && input !== null ? (input as { brand?: { slug?: unknown } }) : {}
  const label = brand ?? (typeof raw.brand?.slug === 'string' ? raw.brand.slug : 'unknown')
  throw new SnapshotValidationError(label, describeSnapshotProblems(result.error, input, label))
}
