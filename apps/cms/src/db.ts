import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { CMS_ROOT, type Env } from './env'
import { withSlugClashErrors } from './hooks/slugClashErrors'
import { withAtomicJobClaims } from './jobs/atomicClaims'
import { migrations } from './migrations'
import { migrations as mongodbMigrations } from './migrations-mongodb'
import { withBusyTimeout } from './ops/busyTimeout'
import { declareAppointmentRequestIndexes } from './collections/AppointmentRequests/indexes'
import { declareSlugIndexes } from './ops/mongoSlugIndexes'

/**
 * The one place that picks the database: SQLite (WAL) by default, MongoDB when DATABASE_URI
 * is a mongodb:// or mongodb+srv:// URI. Nothing else may depend on which one runs, and ids
 * are numbers on SQLite but ObjectId strings on MongoDB.
 */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  // Several CMS processes may run jobs from one database: each job is claimed by one of them.
  // A slug that a unique index refuses gets the same message as the slug check's.
  return withAtomicJobClaims(withSlugClashErrors(env.databaseKind === 'mongodb' ? mongodbAdapter(env) : sqliteAdapterFor(env)))
}

function mongodbAdapter(env: Env): DatabaseAdapterObj {
  return mongooseAdapter({
    url: env.DATABASE_URI,
    connectOptions: {
      // Fail fast with a clear error instead of the driver's 30 s default when no server answers.
      serverSelectionTimeoutMS: 5_000,
      // Mongoose would build indexes in the background, unawaited, as soon as the connection
      // opens; `ensureIndexes` below builds them all instead, once they are all declared.
      autoIndex: false,
    },
    // The partial unique indexes Payload's field config cannot declare (slug per brand,
    // appointment requests' idempotency keys), added to the models before the index build.
    afterOpenConnection: (adapter) => {
      declareSlugIndexes(adapter)
      declareAppointmentRequestIndexes(adapter)
    },
    // Every start builds the declared indexes and waits for them, so no save can slip past a
    // unique index that is still being built. A build that fails (e.g. two documents of one
    // brand already share a slug) stops the start with MongoDB's message naming the index and key.
    ensureIndexes: true,
    // MongoDB's own migrations (`payload migrate` would otherwise find SQLite's in src/migrations),
    // applied when a production server starts, after the index build.
    migrationDir: path.join(CMS_ROOT, 'src', 'migrations-mongodb'),
    prodMigrations: mongodbMigrations,
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
