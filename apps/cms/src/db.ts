import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { CMS_ROOT, type Env } from './env'
import { withAtomicJobClaims } from './jobs/atomicClaims'
import { migrations } from './migrations'
import { withBusyTimeout } from './ops/busyTimeout'

/**
 * The one place that picks the database: SQLite (WAL) by default, MongoDB when DATABASE_URI
 * is a mongodb:// or mongodb+srv:// URI. Nothing else may depend on which one runs, and ids
 * are numbers on SQLite but ObjectId strings on MongoDB.
 */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  // Several CMS processes may run jobs from one database: each job is claimed by one of them.
  return withAtomicJobClaims(env.databaseKind === 'mongodb' ? mongodbAdapter(env) : sqliteAdapterFor(env))
}

function mongodbAdapter(env: Env): DatabaseAdapterObj {
  return mongooseAdapter({
    url: env.DATABASE_URI,
    // Fail fast with a clear error instead of the driver's 30 s default when no server answers.
    connectOptions: { serverSelectionTimeoutMS: 5_000 },
  })
}

function sqliteAdapterFor(env: Env): DatabaseAdapterObj {
  const file = env.sqliteFile as string
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const adapter = sqliteAdapter({
    client: { url: `file:${file}` },
    wal: true,
    // Development pushes the schema as it changes; production (NODE_ENV=production) applies
    // the committed migrations when it starts, so a new server needs no separate step.
    migrationDir: path.join(CMS_ROOT, 'src', 'migrations'),
    prodMigrations: migrations,
  })
  return withBusyTimeout(adapter, env.SQLITE_BUSY_TIMEOUT_MS)
}
