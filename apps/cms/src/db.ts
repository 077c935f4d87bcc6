import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { CMS_ROOT, type Env } from './env'
import { migrations } from './migrations'

/**
 * The one place that picks the database: SQLite (WAL) by default, MongoDB when DATABASE_URI
 * is a mongodb:// or mongodb+srv:// URI. Nothing else may depend on which one runs, and ids
 * are numbers on SQLite but ObjectId strings on MongoDB.
 */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    return mongooseAdapter({
      url: env.DATABASE_URI,
      // Fail fast with a clear error instead of the driver's 30 s default when no server answers.
      connectOptions: { serverSelectionTimeoutMS: 5_000 },
    })
  }
  const file = env.sqliteFile as string
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return sqliteAdapter({
    client: { url: `file:${file}` },
    wal: true,
    // Development pushes the schema as it changes; production (NODE_ENV=production) applies
    // the committed migrations when it starts, so a new server needs no separate step.
    migrationDir: path.join(CMS_ROOT, 'src', 'migrations'),
    prodMigrations: migrations,
  })
}
