import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { LIMIT_COUNTERS_SLUG } from './collections'
import type { CounterBackend, CounterWindow } from './counterStore'

/** MongoDB's duplicate-key error (E11000). */
function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 11000
}

/**
 * Counters in the MongoDB collection of the `limit-counters` collection, through the driver
 * (no Mongoose casting or hooks). Each change is one single-document operation, atomic on the
 * server. Outside any transaction on purpose: a count must stay counted when the request that
 * made it fails.
 */
export function mongoCounters(adapter: MongooseAdapter): CounterBackend {
  const collection = () => {
    const model = adapter.collections[LIMIT_COUNTERS_SLUG]
    if (!model) throw new Error(`Shared limits: MongoDB has no model for the "${LIMIT_COUNTERS_SLUG}" collection. Is it in the config?`)
    return model.collection
  }

  return {
    async increment(key, windowMs, now): Promise<CounterWindow> {
      const at = new Date(now)
      // A new document has no resetAt: its window has ended as much as an old one's.
      const ended = { $lte: [{ $ifNull: ['$resetAt', new Date(0)] }, at] }
      // Both fields of one $set stage see the stored document as it was before this update.
      const update = [{ $set: { count: { $cond: [ended, 1, { $add: ['$count', 1] }] }, resetAt: { $cond: [ended, new Date(now + windowMs), '$resetAt'] } } }]
      const run = () => collection().findOneAndUpdate({ key }, update, { upsert: true, returnDocument: 'after', projection: { count: 1, resetAt: 1 } })
      let doc
      try {
        doc = await run()
      } catch (error) {
        // Two processes inserting the same new key at once: one insert loses to the unique index
        // on `key`. The document exists now, so the same update applies to it.
        if (!isDuplicateKey(error)) throw error
        doc = await run()
      }
      const count = Number(doc?.count)
      const resetAt = doc?.resetAt instanceof Date ? doc.resetAt.getTime() : NaN
      if (!Number.isFinite(count) || !Number.isFinite(resetAt)) throw new Error(`Shared limits: counting "${key}" returned no readable document.`)
      return { count, resetAt }
    },

    async decrement(key, now) {
      await collection().updateOne({ key, count: { $gt: 0 }, resetAt: { $gt: new Date(now) } }, { $inc: { count: -1 } })
    },

    async deleteEnded(now) {
      const { deletedCount } = await collection().deleteMany({ resetAt: { $lte: new Date(now) } })
      return deletedCount
    },
  }
}
