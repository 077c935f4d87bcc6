import type { CollectionConfig } from 'payload'

/** The collection of shared counters (src/limits/counterStore.ts). */
export const LIMIT_COUNTERS_SLUG = 'limit-counters'
/** Its table (SQLite) and collection (MongoDB) name, fixed so that the raw statements of the store can name it. */
export const LIMIT_COUNTERS_DB_NAME = 'limit_counters'

const nobody = () => false

/**
 * Counters every CMS process shares: one document per key (`appointment:<client address>`,
 * `login:<client address>`, `dedupe:<brand>:<content hash>`) with the count of its current fixed
 * window and when that window ends. Written only by src/limits/ with single atomic statements;
 * nobody reads or writes it over the API, and it is not in the admin.
 */
export const LimitCounters: CollectionConfig = {
  slug: LIMIT_COUNTERS_SLUG,
  dbName: LIMIT_COUNTERS_DB_NAME,
  labels: { singular: 'Limit counter', plural: 'Limit counters' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  // Rows come and go with their windows: no timestamps, versions or document locks to keep.
  timestamps: false,
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0, min: 0 },
    // Indexed for pruning (deleting every window that has ended).
    { name: 'resetAt', type: 'date', required: true, index: true },
  ],
}

/** Collections that hold limits shared by every CMS process (rate limits, duplicate windows). */
export const limitCollections: CollectionConfig[] = [LimitCounters]
