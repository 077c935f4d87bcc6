import type { Args } from '@payloadcms/db-mongodb'

/*
 * MongoDB's migrations, applied when a production server starts (src/db.ts). Empty: MongoDB has
 * no schema to migrate, and its indexes (the unique slug indexes included) are built by
 * `ensureIndexes` at every start. `pnpm --filter cms migrate:create <name>` with a mongodb://
 * DATABASE_URI writes a data migration here and regenerates this file.
 */
export const migrations: NonNullable<Args['prodMigrations']> = []
