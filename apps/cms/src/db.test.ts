import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'
import { databaseAdapter } from './db'
import { CMS_ROOT, env } from './env'
import { migrations as sqliteMigrations } from './migrations'
import { migrations as mongodbMigrations } from './migrations-mongodb'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-db-test-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** The adapter Payload would get for DATABASE_URI `uri`, before it connects (nothing is opened). */
function adapterFor(uri: string) {
  const kind = uri.startsWith('mongodb') ? ('mongodb' as const) : ('sqlite' as const)
  const sqliteFile = kind === 'sqlite' ? path.join(dir, 'cms.db') : null
  const adapter = databaseAdapter({ ...env, DATABASE_URI: uri, databaseKind: kind, sqliteFile }).init({ payload: {} as Payload })
  return adapter as typeof adapter & { ensureIndexes?: boolean; prodMigrations?: unknown }
}

describe('databaseAdapter', () => {
  it('gives MongoDB its own migrations, so that `payload migrate` on a mongodb:// URI never loads SQLite’s', () => {
    const adapter = adapterFor('mongodb://a.db.example:27017,b.db.example:27017/clinic-cms?replicaSet=rs0')
    expect(adapter.name).toBe('mongoose')
    expect(adapter.migrationDir).toBe(path.join(CMS_ROOT, 'src', 'migrations-mongodb'))
    expect(adapter.prodMigrations).toBe(mongodbMigrations)
    // Index builds (the unique slug indexes among them) are awaited when the CMS starts.
    expect(adapter.ensureIndexes).toBe(true)
  })

  it('keeps SQLite on the committed SQL migrations', () => {
    const adapter = adapterFor('file:./data/cms.db')
    expect(adapter.name).toBe('sqlite')
    expect(adapter.migrationDir).toBe(path.join(CMS_ROOT, 'src', 'migrations'))
    expect(adapter.prodMigrations).toBe(sqliteMigrations)
  })
})
