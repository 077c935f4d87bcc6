import type { MongooseAdapter } from '@payloadcms/db-mongodb'

/** The fields of the unique index that allows one stored request per brand and idempotency key. */
export const IDEMPOTENCY_KEY_INDEX_FIELDS = ['brand', 'idempotencyKey'] as const

/** The name of that index on MongoDB (on SQLite, Payload names it from the collection's `indexes`). */
export const MONGODB_IDEMPOTENCY_KEY_INDEX = 'brand_idempotencyKey_unique'

/**
 * Declares, on MongoDB, the unique index over (brand, idempotencyKey) of appointment requests,
 * partial so that it covers only requests that have a key: requests without one (null) would
 * otherwise collide. SQLite's index comes from the collection's `indexes` instead, which cannot
 * say "partial".
 *
 * Runs on `afterOpenConnection`, like the slug indexes (src/ops/mongoSlugIndexes.ts), before
 * Payload's `ensureIndexes` builds every declared index and waits for them. A build that fails
 * because two stored requests of one brand share an idempotency key (possible while several CMS
 * processes ran without this index) stops the start with MongoDB's message naming this index:
 * delete the later request and start again.
 */
export function declareAppointmentRequestIndexes(adapter: MongooseAdapter): void {
  const model = adapter.collections['appointment-requests']
  if (!model) throw new Error('MongoDB has no model for the "appointment-requests" collection; the unique index on brand + idempotency key could not be declared.')
  model.schema.index(Object.fromEntries(IDEMPOTENCY_KEY_INDEX_FIELDS.map((field) => [field, 1])), {
    name: MONGODB_IDEMPOTENCY_KEY_INDEX,
    unique: true,
    partialFilterExpression: { idempotencyKey: { $type: 'string' } },
  })
}
