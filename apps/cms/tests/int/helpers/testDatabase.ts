import { randomBytes } from 'node:crypto'
import { withMongoDatabase } from '../../../src/ops/mongoUri'
import { testOnlyEnv } from './testEnv'

/** The adapter this vitest project tests: `sqlite` or `mongodb`. */
export const testDatabase = testOnlyEnv.database

const { mongoUri } = testOnlyEnv

/** True when this run cannot test its adapter (MongoDB without MONGODB_URI). */
export const skipDatabase = testDatabase === 'mongodb' && !mongoUri

if (skipDatabase) {
  console.warn('MongoDB integration run skipped: set MONGODB_URI=mongodb://host:27017/?replicaSet=rs0 (a replica set, so that transactions are on) to run this suite against MongoDB.')
}

/**
 * A DATABASE_URI for a fresh, empty database of this project's adapter. On MongoDB, MONGODB_URI
 * with its database name replaced; hosts (several for a replica set), credentials and options stay.
 */
export function freshDatabaseUri(dir: string): string {
  if (testDatabase === 'sqlite') return `file:${dir}/test.db`
  return withMongoDatabase(mongoUri as string, `clinic_test_${randomBytes(6).toString('hex')}`)
}
