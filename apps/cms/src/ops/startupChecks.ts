import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'
import type { Env } from '../env'
import { parseMongoUri } from './mongoUri'

/**
 * Why MongoDB runs without transactions, or null when it has them. Payload's adapter decides
 * after connecting: transactions are on only when the driver knows a replica set name (from
 * `replicaSet=` in the URI, or from the DNS TXT record of a `mongodb+srv://` host, as Atlas
 * publishes it); otherwise every write stands on its own. `replicaSet` is the name the driver
 * ended up with.
 */
export function mongoTransactionsWarning(uri: string, replicaSet: string | undefined): string | null {
  if (replicaSet) return null
  const consequence =
    'so Payload writes without transactions: a save, a brand delete or a post import that fails half-way keeps the writes it made before the failure'
  if (parseMongoUri(uri).scheme === 'mongodb+srv') {
    return `MongoDB transactions are off: the DNS record of the mongodb+srv:// host names no replica set (a sharded cluster?), ${consequence}. Connect to a replica set, or add replicaSet=<name> to DATABASE_URI; see "MongoDB" in the README.`
  }
  return `MongoDB transactions are off: DATABASE_URI names no replica set, ${consequence}. Run MongoDB as a replica set and name it in the URI, e.g. mongodb://db1.example:27017,db2.example:27017/clinic-cms?replicaSet=rs0 (for development a single-node replica set: mongod --replSet rs0, then rs.initiate() once, and ?replicaSet=rs0); see "MongoDB" in the README.`
}

/** Logs what an operator must know about the database at start (e.g. MongoDB without transactions). */
export async function checkDatabaseAtStart(payload: Payload, env: Env): Promise<void> {
  if (env.databaseKind !== 'mongodb' || payload.db.name !== 'mongoose') return
  const replicaSet = (payload.db as unknown as MongooseAdapter).connection.getClient().options.replicaSet
  const warning = mongoTransactionsWarning(env.DATABASE_URI, replicaSet)
  if (warning === null) payload.logger.info(`MongoDB transactions are on (replica set ${replicaSet}).`)
  else payload.logger.warn(warning)
}
