import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

/** The fields of the unique index that allows one stored request per brand and idempotency key. */
export const IDEMPOTENCY_KEY_INDEX_FIELDS = ['brand', 'idempotencyKey'] as const

/** The name of that index on MongoDB (on SQLite, Payload names it from the collection's `indexes`). */
export const MONGODB_IDEMPOTENCY_KEY_INDEX = 'brand_idempotencyKey_unique'

/**
 * Creates, on MongoDB, the unique index over (brand, idempotencyKey) of appointment requests,
 * partial so that it covers only requests that have a key: requests without one (null) would
 * otherwise collide. Waits for the build, and does nothing when the index already exists or the
 * database is SQLite (whose index comes from the collection's `indexes`). Call it at start.
 * Throws, saying what to do, when stored requests already break the rule.
 */
export async function ensureAppointmentRequestIndexes(payload: Payload): Promise<void> {
  if (payload.db.name !== 'mongoose') return
  const model = (payload.db as unknown as MongooseAdapter).collections['appointment-requests']
  if (!model) throw new Error('MongoDB has no model for the "appointment-requests" collection; the unique index on brand + idempotency key could not be created.')
  try {
    await model.collection.createIndex(
      Object.fromEntries(IDEMPOTENCY_KEY_INDEX_FIELDS.map((field) => [field, 1])),
      { name: MONGODB_IDEMPOTENCY_KEY_INDEX, unique: true, partialFilterExpression: { idempotencyKey: { $type: 'string' } } },
    )
  } catch (error) {
    throw new Error(
      `Could not create the unique index ${MONGODB_IDEMPOTENCY_KEY_INDEX} (brand + idempotency key) on appointment requests in MongoDB: ${error instanceof Error ? error.message : String(error)}. ` +
        'If two stored requests of one brand share an idempotency key (possible while several CMS processes ran without this index), delete the later one and start the CMS again.',
      { cause: error },
    )
  }
}
