import { parseBrandSnapshot } from '@clinic/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoNetwork } from '../../src/seed/data'
import { seedNetwork } from '../../src/seed/seedNetwork'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { type TestCms, startPayload } from './helpers/startPayload'
import { testDatabase } from './helpers/testDatabase'

/*
 * Production never pushes the schema: a new server applies the committed migrations when it
 * starts. This proves the migrations build the whole schema the config needs, so a stale
 * migration (a field added without `pnpm --filter cms migrate:create`) fails here.
 * MongoDB has no SQL schema, so this suite belongs to SQLite only.
 */
describe.skipIf(testDatabase !== 'sqlite')('SQLite in production mode', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startPayload({ NODE_ENV: 'production' })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('applies the committed migrations to a new database on start', async () => {
    const applied = await cms.payload.find({ collection: 'payload-migrations', overrideAccess: true, pagination: false })
    expect(applied.docs.length).toBeGreaterThan(0)
    expect(applied.docs.every((migration) => migration.batch !== -1)).toBe(true)
  })

  it('holds the whole demo network and emits valid snapshots on the migrated schema', async () => {
    await seedNetwork(cms.payload, demoNetwork, { admin: { email: 'prod-admin@demo-network.example', password: 'prod-admin-password' } })
    for (const brand of demoNetwork.brands) {
      const snapshot = await buildBrandSnapshot(cms.payload, brand.slug, { serverUrl: 'http://cms.test' })
      expect(parseBrandSnapshot(JSON.parse(JSON.stringify(snapshot))).brand.slug).toBe(brand.slug)
    }
  })
})
