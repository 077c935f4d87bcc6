import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { perBrandSlug } from '../../src/hooks/slugClashErrors'
import { migrations as mongodbMigrations } from '../../src/migrations-mongodb'
import { MONGODB_IDEMPOTENCY_KEY_INDEX } from '../../src/collections/AppointmentRequests/indexes'
import { SLUG_PER_BRAND_INDEX } from '../../src/ops/mongoSlugIndexes'
import { namesReplicaSet } from '../../src/ops/mongoUri'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase, testDatabase } from './helpers/testDatabase'
import { testOnlyEnv } from './helpers/testEnv'

/*
 * A new server started as in production (NODE_ENV=production): it applies its database's own
 * committed migrations and has every index built before it serves, the unique slug-per-brand
 * indexes included, so that saves racing past the slug check are refused from the first one.
 * On MongoDB: the indexes as MongoDB lists them, the migrations of src/migrations-mongodb, and
 * transactions when MONGODB_URI names a replica set. On SQLite: the unique index on clinics' and
 * providers' slug and brand in a database built by src/migrations (the dev-mode runs push the schema).
 */

const SHARED_CONTENT = ['articles', 'authors', 'comparisons', 'conditions', 'faqs', 'therapies']

describe.skipIf(skipDatabase)('a production start', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startPayload({ NODE_ENV: 'production' })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  describe.skipIf(testDatabase !== 'mongodb')('on MongoDB (the mongodb project, with MONGODB_URI)', () => {
    const mongo = () => cms.payload.db as unknown as MongooseAdapter

    it('has built a partial unique index on slug and brand(s) in every collection with per-brand slugs, and none on versions', async () => {
      const indexed: string[] = []
      for (const collection of cms.payload.config.collections) {
        const perBrand = perBrandSlug(collection)
        if (perBrand === null) continue
        const indexes = (await mongo().collections[collection.slug]?.listIndexes()) ?? []
        expect(indexes.find((index: { name?: string }) => index.name === SLUG_PER_BRAND_INDEX), collection.slug).toMatchObject({
          key: { slug: 1, [perBrand.field]: 1 },
          unique: true,
          partialFilterExpression: { slug: { $type: 'string' }, [perBrand.field]: { $type: 'objectId' } },
        })
        const versionIndexes = (await mongo().versions[collection.slug]?.listIndexes()) ?? []
        expect(versionIndexes.filter((index: { unique?: boolean }) => index.unique === true), `${collection.slug} versions`).toEqual([])
        indexed.push(collection.slug)
      }
      expect(indexed.sort()).toEqual([...SHARED_CONTENT, 'clinics', 'providers'].sort())
    })

    it('has built the partial unique index on appointment requests’ brand and idempotency key', async () => {
      const indexes = (await mongo().collections['appointment-requests']?.listIndexes()) ?? []
      expect(indexes.find((index: { name?: string }) => index.name === MONGODB_IDEMPOTENCY_KEY_INDEX)).toMatchObject({
        key: { brand: 1, idempotencyKey: 1 },
        unique: true,
        partialFilterExpression: { idempotencyKey: { $type: 'string' } },
      })
    })

    it('applies MongoDB’s own migrations, never SQLite’s', async () => {
      const applied = await cms.payload.find({ collection: 'payload-migrations', overrideAccess: true, pagination: false })
      expect(applied.docs.map((migration) => migration.name).sort()).toEqual(mongodbMigrations.map((migration) => migration.name).sort())
    })

    it.skipIf(!namesReplicaSet(testOnlyEnv.mongoUri ?? 'mongodb://none'))('writes in transactions when MONGODB_URI names a replica set', async () => {
      const transaction = await cms.payload.db.beginTransaction()
      expect(transaction, 'Payload turned transactions off: is MONGODB_URI a replica set that names itself with ?replicaSet=?').not.toBeNull()
      if (transaction !== null) await cms.payload.db.rollbackTransaction(transaction)
    })
  })

  describe.skipIf(testDatabase !== 'sqlite')('on SQLite', () => {
    it.each(['clinics', 'providers'])('has the unique index on %s’ slug and brand in a database built by the migrations', async (table) => {
      const { client } = cms.payload.db as unknown as SQLiteAdapter
      const unique: string[] = []
      for (const index of (await client.execute(`PRAGMA index_list('${table}')`)).rows) {
        if (Number(index.unique) !== 1) continue
        const columns = (await client.execute({ sql: 'SELECT name FROM pragma_index_info(?)', args: [String(index.name)] })).rows.map((row) => String(row.name))
        unique.push(columns.join(', '))
      }
      expect(unique, `Generate the SQLite migration for the ${table} index: pnpm --filter cms migrate:create`).toContain('slug, brand_id')
    })
  })
})
