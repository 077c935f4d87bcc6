import type { z } from 'zod'
import { SNAPSHOT_COLLECTIONS, type SnapshotCollection } from './snapshot'

/** One problem found in a snapshot, located as precisely as the input allows. */
export interface SnapshotProblem {
  brand: string
  /** `brand`, a collection name, or `snapshot` for top-level fields. */
  collection: SnapshotCollection | 'brand' | 'snapshot'
  /** The document's id when the problem is inside a document. */
  documentId: string | null
  /** Dotted path inside the document, e.g. `openingHours.2.closes`. */
  field: string
  message: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function idOf(value: unknown): string | null {
  if (!isRecord(value)) return null
  const id = value.id
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

/**
 * Turns zod issues on a snapshot into problems that name brand, collection, document id and
 * field path, reading the ids from the raw input so it works even when the input was malformed.
 */
export function describeSnapshotProblems(error: z.ZodError, input: unknown, brand: string): SnapshotProblem[] {
  const raw = isRecord(input) ? input : {}
  return error.issues.map((issue) => {
    const [head, index, ...rest] = issue.path
    if (typeof head === 'string' && (SNAPSHOT_COLLECTIONS as readonly string[]).includes(head) && typeof index === 'number') {
      const list = raw[head]
      const doc = Array.isArray(list) ? list[index] : undefined
      return {
        brand,
        collection: head as SnapshotCollection,
        documentId: idOf(doc) ?? `#${index}`,
        field: rest.map(String).join('.') || '(document)',
        message: issue.message,
      }
    }
    if (head === 'brand') {
      return {
        brand,
        collection: 'brand',
        documentId: idOf(raw.brand),
        field: [index, ...rest].filter((part) => part !== undefined).map(String).join('.') || '(document)',
        message: issue.message,
      }
    }
    return { brand, collection: 'snapshot', documentId: null, field: issue.path.map(String).join('.') || '(root)', message: issue.message }
  })
}

/** One line per problem: `brand cedar-bend: articles 12 field body.3: refers to …`. */
export function formatSnapshotProblems(problems: readonly SnapshotProblem[]): string {
  return problems
    .map((problem) => {
      const where = problem.documentId === null ? problem.collection : `${problem.collection} ${problem.documentId}`
      return `brand ${problem.brand}: ${where} field ${problem.field}: ${problem.message}`
    })
    .join('\n')
}

/** Raised when a snapshot does not fit the contract; `problems` holds each finding. */
export class SnapshotValidationError extends Error {
  readonly problems: SnapshotProblem[]
  constructor(brand: string, problems: SnapshotProblem[]) {
    super(`The snapshot of brand "${brand}" does not fit the contract (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatSnapshotProblems(problems)}`)
    this.name = 'SnapshotValidationError'
    this.problems = problems
  }
}
