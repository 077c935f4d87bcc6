import type { Args } from '@payloadcms/db-mongodb'
import * as migration_20261203_170000_comparison_grid from './20261203_170000_comparison_grid'

/*
 * MongoDB's migrations, applied when a production server starts (src/db.ts). Data moves only:
 * MongoDB has no schema to migrate, and its indexes (the unique slug indexes included) are built
 * by `ensureIndexes` at every start. `pnpm --filter cms migrate:create <name>` with a mongodb://
 * DATABASE_URI writes a data migration here and regenerates this file.
 */
export const migrations: NonNullable<Args['prodMigrations']> = [
  {
    up: migration_20261203_170000_comparison_grid.up,
    down: migration_20261203_170000_comparison_grid.down,
    name: '20261203_170000_comparison_grid',
  },
]
