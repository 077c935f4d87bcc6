import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { gunzipSync } from 'node:zlib'
import { parseBrandSnapshot } from '@clinic/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ComparisonGrid, cellText } from '../../src/collections/Comparisons/grid'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { type TestCms, startPayload } from './helpers/startPayload'
import { testDatabase } from './helpers/testDatabase'

/*
 * The comparison-grid migration on a copy of the demo database as it was before the grid
 * (fixtures/demo-before-comparison-grid.db.gz): a production start applies the committed
 * migrations, and every comparison, and every saved version of one, then has a grid whose cells
 * hold the old values column by column (value i under therapies[i]); the brands' snapshots
 * still parse. SQLite only: the fixture is a SQLite file (MongoDB's move has its own migration,
 * src/migrations-mongodb, over the same function's logic).
 */

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/demo-before-comparison-grid.db.gz')

interface OldTable {
  therapies: string[]
  rows: { label: string; values: string[] }[]
}

/** Each comparison's (or version's) old rows and therapies, read with node:sqlite before Payload opens the file. */
function readOldTables(file: string, prefix: '' | 'version.', tables: { main: string; rows: string; texts: string; rels: string }): Map<string, OldTable> {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const out = new Map<string, OldTable>()
    for (const { id } of db.prepare(`SELECT id FROM ${tables.main}`).all() as { id: number }[]) {
      const therapies = (db.prepare(`SELECT therapies_id AS therapy FROM ${tables.rels} WHERE parent_id = ? AND path = ? ORDER BY "order"`).all(id, `${prefix}therapies`) as { therapy: number }[]).map((row) => String(row.therapy))
      const labels = db.prepare(`SELECT label FROM ${tables.rows} WHERE _parent_id = ? ORDER BY _order`).all(id) as { label: string }[]
      const rows = labels.map((row, index) => ({
        label: row.label,
        values: (db.prepare(`SELECT text FROM ${tables.texts} WHERE parent_id = ? AND path = ? ORDER BY "order"`).all(id, `${prefix}rows.${index}.values`) as { text: string }[]).map((value) => value.text),
      }))
      out.set(String(id), { therapies, rows })
    }
    return out
  } finally {
    db.close()
  }
}

const inColumns = (grid: unknown, therapies: readonly string[]) =>
  (grid as ComparisonGrid).rows.map((row) => ({ label: row.label, values: therapies.map((therapy) => cellText(row.cells[therapy])) }))

describe.skipIf(testDatabase !== 'sqlite')('the comparison grid migration on the demo database from before it', () => {
  let dir: string
  let cms: TestCms
  let documents: Map<string, OldTable>
  let versions: Map<string, OldTable>

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-grid-migration-'))
    const file = path.join(dir, 'demo.db')
    fs.writeFileSync(file, gunzipSync(fs.readFileSync(FIXTURE)))
    documents = readOldTables(file, '', { main: 'comparisons', rows: 'comparisons_rows', texts: 'comparisons_texts', rels: 'comparisons_rels' })
    versions = readOldTables(file, 'version.', { main: '_comparisons_v', rows: '_comparisons_v_version_rows', texts: '_comparisons_v_texts', rels: '_comparisons_v_rels' })
    cms = await startPayload({ NODE_ENV: 'production', DATABASE_URI: `file:${file}` })
  })
  afterAll(async () => {
    await cms?.stop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('gives every comparison a grid with each old value in its therapy’s column', async () => {
    const found = await cms.payload.find({ collection: 'comparisons', overrideAccess: true, draft: false, depth: 0, pagination: false })
    expect(found.docs.map((doc) => String(doc.id)).sort()).toEqual([...documents.keys()].sort())
    for (const doc of found.docs) {
      const old = documents.get(String(doc.id))
      if (old === undefined) throw new Error(`comparison ${doc.id} was not in the fixture`)
      expect(old.rows.length, `comparison ${doc.id} had rows`).toBeGreaterThan(0)
      expect(inColumns(doc.grid, old.therapies), `comparison ${doc.id}`).toEqual(old.rows)
    }
  })

  it('moves every saved version too', async () => {
    const found = await cms.payload.findVersions({ collection: 'comparisons', overrideAccess: true, depth: 0, pagination: false })
    expect(found.docs.map((version) => String(version.id)).sort()).toEqual([...versions.keys()].sort())
    for (const version of found.docs) {
      const old = versions.get(String(version.id))
      if (old === undefined) throw new Error(`version ${version.id} was not in the fixture`)
      expect(inColumns(version.version.grid, old.therapies), `version ${version.id}`).toEqual(old.rows)
    }
  })

  it('builds snapshots of every brand that parse, with the same tables as before', async () => {
    const brands = await cms.payload.find({ collection: 'brands', overrideAccess: true, depth: 0, pagination: false })
    expect(brands.docs.length).toBeGreaterThan(0)
    for (const brand of brands.docs) {
      const snapshot = parseBrandSnapshot(JSON.parse(JSON.stringify(await buildBrandSnapshot(cms.payload, brand.slug, { serverUrl: 'http://cms.test' }))))
      for (const comparison of snapshot.comparisons) {
        const old = documents.get(comparison.id)
        expect(comparison.rows.map((row) => ({ label: row.label, values: row.values.map((cell) => cell.map((node) => (node.type === 'text' ? node.text : '')).join('')) })), `${brand.slug}: ${comparison.slug}`).toEqual(old?.rows)
      }
    }
  })
})
