import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'
import { freshDatabaseUri } from './testDatabase'
import { setCmsEnv } from './testEnv'

export interface TestCms {
  payload: Payload
  /** The temporary folder holding the database file and media. */
  dir: string
  stop(): Promise<void>
}

/**
 * Starts Payload on a fresh temporary database (SQLite file or a new MongoDB database) with
 * media in a temporary folder. The environment is set before the config is imported,
 * because the config reads it once, at import.
 */
export async function startPayload(env: Record<string, string> = {}, options: { cron?: boolean } = {}): Promise<TestCms> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cms-int-'))
  setCmsEnv({
    DATABASE_URI: freshDatabaseUri(dir),
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'integration-test-secret-0123456789abcdef',
    BUILD_TOKEN: 'integration-test-build-token-0123456789abcdef',
    SERVER_URL: 'http://cms.test',
    // Published changes must never start real site builds from a test; rebuild.int.spec.ts uses build hooks.
    LOCAL_REBUILD: 'false',
    ...env,
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../../src/payload.config')
  // `cron: true` starts the jobs runner (scheduled publishing), as the CMS server does.
  const payload = await getPayload({ config, cron: options.cron ?? false })
  return {
    payload,
    dir,
    async stop() {
      if (payload.db.name === 'mongoose') await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
      await payload.destroy()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

/**
 * `startPayload`, then the whole demo network seeded into the fresh database (the same seed
 * `pnpm seed` runs), for tests that read or change seeded content.
 */
export async function startSeededCms(env: Record<string, string> = {}, options: { cron?: boolean } = {}): Promise<TestCms> {
  const cms = await startPayload(env, options)
  // Imported once the environment is set, like the config.
  const [{ seedNetwork }, { demoNetwork }] = await Promise.all([import('../../../src/seed/seedNetwork'), import('../../../src/seed/data')])
  await seedNetwork(cms.payload, demoNetwork, { admin: { email: 'seeded-admin@demo-network.example', password: 'seeded-admin-password' } })
  return cms
}

/** A started CMS with Payload's REST and GraphQL handlers. */
export interface TestCmsWithApi extends TestCms {
  restRequest: typeof import('./rest').restRequest
  restGet: typeof import('./rest').restGet
  graphql: typeof import('./graphql').graphql
}

/**
 * `startPayload` for tests that act over the API: Payload's logger silenced (it would print
 * every request a test has refused on purpose), and its REST and GraphQL handlers, loaded once
 * the environment is set because they import the config.
 */
export async function startPayloadWithApi(env: Record<string, string> = {}, options: { cron?: boolean } = {}): Promise<TestCmsWithApi> {
  const cms = await startPayload(env, options)
  cms.payload.logger.level = 'silent'
  const [{ restRequest, restGet }, { graphql }] = await Promise.all([import('./rest'), import('./graphql')])
  return { ...cms, restRequest, restGet, graphql }
}
