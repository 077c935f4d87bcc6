import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ComparisonGrid, cellText } from './grid'
import { ComparisonGridSchema } from './gridSchema'
import { gridFromOldRows, moveComparisonRowsToGridMongo, moveComparisonRowsToGridSqlite } from './migrateGrid'

/*
 * The SQLite move on a copy of the demo database as it was before the grid
 * (tests/int/fixtures/demo-before-comparison-grid.db.gz): the test adds the grid columns the way
 * the migration does, moves the rows, and compares every comparison's and version's grid with
 * the old values, column by column. tests/int/comparisonGridMigration.int.spec.ts runs the whole
 * migration on the same fixture.
 */

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/int/fixtures/demo-before-comparison-grid.db.gz')

type Db = ReturnType<typeof drizzle>

/** The old rows of each parent (comparison or version) as label → values, and its therapy ids in column order. */
async function oldTables(db: Db, prefix: '' | 'version.', tables: { rows: string; texts: string; rels: string; main: string }) {
  const parents = await db.all<{ id: number }>(sql.raw(`SELECT id FROM ${tables.main} ORDER BY id`))
  const out = new Map<number, { therapies: string[]; rows: { label: string; values: string[] }[] }>()
  for (const { id } of parents) {
    const therapies = await db.all<{ therapy: number }>(sql.raw(`SELECT therapies_id AS therapy FROM ${tables.rels} WHERE parent_id = ${id} AND path = '${prefix}therapies' ORDER BY "order"`))
    const rows = await db.all<{ label: string }>(sql.raw(`SELECT label FROM ${tables.rows} WHERE _parent_id = ${id} ORDER BY _order`))
    const values = await Promise.all(
      rows.map((_, index) => db.all<{ text: string }>(sql.raw(`SELECT text FROM ${tables.texts} WHERE parent_id = ${id} AND path = '${prefix}rows.${index}.values' ORDER BY "order"`))),
    )
    out.set(id, { therapies: therapies.map((row) => String(row.therapy)), rows: rows.map((row, index) => ({ label: row.label, values: (values[index] ?? []).map((value) => value.text) })) })
  }
  return out
}

/** A grid read back as label → the text of each therapy's cell, in the old column order. */
const asColumns = (grid: ComparisonGrid, therapies: readonly string[]) => grid.rows.map((row) => ({ label: row.label, values: therapies.map((therapy) => cellText(row.cells[therapy])) }))

describe('moveComparisonRowsToGridSqlite on the demo database from before the grid', () => {
  let dir: string
  let db: Db
  let before: { documents: Awaited<ReturnType<typeof oldTables>>; versions: Awaited<ReturnType<typeof oldTables>> }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-grid-move-'))
    const file = path.join(dir, 'demo.db')
    fs.writeFileSync(file, gunzipSync(fs.readFileSync(FIXTURE)))
    db = drizzle({ connection: { url: `file:${file}` } })
    before = {
      documents: await oldTables(db, '', { main: 'comparisons', rows: 'comparisons_rows', texts: 'comparisons_texts', rels: 'comparisons_rels' }),
      versions: await oldTables(db, 'version.', { main: '_comparisons_v', rows: '_comparisons_v_version_rows', texts: '_comparisons_v_texts', rels: '_comparisons_v_rels' }),
    }
  })
  afterAll(() => {
    db?.$client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('refuses to run before the grid columns exist, saying what to do first', async () => {
    await expect(moveComparisonRowsToGridSqlite({ db })).rejects.toThrow('comparisons.grid does not exist: create the grid column before moving the comparison rows into it')
  })

  it('gives every comparison and every version a grid with value i in the cell of therapies[i]', async () => {
    // What the migration adds before calling the move.
    await db.run(sql`ALTER TABLE \`comparisons\` ADD \`grid\` text;`)
    await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_grid\` text;`)

    const report = await moveComparisonRowsToGridSqlite({ db })
    expect(report).toEqual({ documents: before.documents.size, versions: before.versions.size, dropped: [] })
    expect(before.documents.size).toBeGreaterThanOrEqual(2)
    expect(before.versions.size).toBeGreaterThan(before.documents.size)

    for (const [table, column, old] of [
      ['comparisons', 'grid', before.documents],
      ['_comparisons_v', 'version_grid', before.versions],
    ] as const) {
      const stored = await db.all<{ id: number; grid: string }>(sql.raw(`SELECT id, ${column} AS grid FROM ${table} ORDER BY id`))
      for (const { id, grid } of stored) {
        const expected = old.get(id)
        if (expected === undefined) throw new Error(`${table} ${id} was not read before the move`)
        const parsed = ComparisonGridSchema.parse(JSON.parse(grid)) as ComparisonGrid
        expect(asColumns(parsed, expected.therapies), `${table} ${id}`).toEqual(expected.rows)
        // Only the compared therapies have cells, every one of them filled (the demo is complete).
        for (const row of parsed.rows) expect(Object.keys(row.cells).sort()).toEqual([...expected.therapies].sort())
      }
    }
  })

  it('keeps each row’s id, so a row is the same row in the document and its versions', async () => {
    const documentRows = await db.all<{ id: string }>(sql`SELECT id FROM comparisons_rows ORDER BY _parent_id, _order`)
    const grids = await db.all<{ grid: string }>(sql`SELECT grid FROM comparisons ORDER BY id`)
    const ids = grids.flatMap(({ grid }) => (JSON.parse(grid) as ComparisonGrid).rows.map((row) => row.id))
    expect(ids).toEqual(documentRows.map((row) => row.id))
    const latest = await db.all<{ grid: string }>(sql`SELECT version_grid AS grid FROM _comparisons_v WHERE latest = 1 ORDER BY parent_id`)
    expect(latest.flatMap(({ grid }) => (JSON.parse(grid) as ComparisonGrid).rows.map((row) => row.id))).toEqual(ids)
  })
})

describe('gridFromOldRows', () => {
  it('puts value i under therapies[i], leaves empty values out and reports values without a column', () => {
    const dropped: string[] = []
    const grid = gridFromOldRows([12, 7], [{ id: 'row-a', label: 'Tool used', values: ['Needles', '', 'Cups'] }], 'comparison 3', dropped)
    expect(grid.rows).toEqual([{ id: 'row-a', label: 'Tool used', cells: { '12': { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Needles', format: 0 }] }] } } } }])
    expect(dropped).toEqual(['comparison 3, attribute "Tool used": value 3 "Cups" has no therapy column (2 therapies)'])
  })

  it('gives a row without a usable id (or a repeated one) a new id', () => {
    const grid = gridFromOldRows(['a', 'b'], [
      { id: null, label: 'One', values: ['x', 'y'] },
      { id: 'same', label: 'Two', values: ['x', 'y'] },
      { id: 'same', label: 'Three', values: ['x', 'y'] },
    ], 'comparison 1', [])
    const ids = grid.rows.map((row) => row.id)
    expect(new Set(ids).size).toBe(3)
    expect(ids[1]).toBe('same')
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
  })
})

/** An ObjectId as MongoDB's driver gives it: an object with `toHexString`. */
const objectId = (hex: string) => ({ toHexString: () => hex })

/** A native collection keeping its documents in memory and recording each update, as the move calls it. */
function memoryCollection(docs: Record<string, unknown>[]) {
  const updates: { filter: Record<string, unknown>; update: Record<string, unknown>; session: unknown }[] = []
  return {
    updates,
    collection: {
      find: (filter: Record<string, unknown>) => ({
        toArray: async () => docs.filter((doc) => (Object.hasOwn(filter, 'rows') ? doc.rows !== undefined : (doc.version as { rows?: unknown } | undefined)?.rows !== undefined)),
      }),
      updateOne: async (filter: Record<string, unknown>, update: Record<string, unknown>, options: { session?: unknown }) => {
        updates.push({ filter, update, session: options.session })
      },
    },
  }
}

describe('moveComparisonRowsToGridMongo', () => {
  it('sets the grid and unsets the rows of documents and versions, in the migration’s session, therapy ids as hex strings', async () => {
    const needling = objectId('64b000000000000000000001')
    const massage = objectId('64b000000000000000000002')
    const documents = memoryCollection([
      { _id: 'c1', therapies: [needling, massage], rows: [{ id: 'row-1', label: 'Tool used', values: ['Needles', 'Hands'] }] },
      { _id: 'c2', therapies: [needling, massage], grid: { rows: [] } },
    ])
    const versions = memoryCollection([{ _id: 'v1', version: { therapies: [massage, needling], rows: [{ id: 'row-1', label: 'Tool used', values: ['Hands', 'Needles'] }] } }])
    const warnings: string[] = []
    const payload = { db: { collections: { comparisons: { collection: documents.collection } }, versions: { comparisons: { collection: versions.collection } } }, logger: { warn: (line: string) => warnings.push(line) } }
    const session = { id: 'session' }

    const report = await moveComparisonRowsToGridMongo({ payload: payload as never, session: session as never })

    expect(report).toEqual({ documents: 1, versions: 1, dropped: [] })
    const cell = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 0 }] }] } })
    const grid = { rows: [{ id: 'row-1', label: 'Tool used', cells: { '64b000000000000000000001': cell('Needles'), '64b000000000000000000002': cell('Hands') } }] }
    expect(documents.updates).toEqual([{ filter: { _id: 'c1' }, update: { $set: { grid }, $unset: { rows: '' } }, session }])
    expect(versions.updates).toEqual([{ filter: { _id: 'v1' }, update: { $set: { 'version.grid': grid }, $unset: { 'version.rows': '' } }, session }])
    expect(warnings).toEqual([])
  })
})
