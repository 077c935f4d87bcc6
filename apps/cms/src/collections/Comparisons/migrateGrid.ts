import type { MigrateUpArgs as MongoMigrateUpArgs } from '@payloadcms/db-mongodb'
import { type MigrateUpArgs as SqliteMigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { type ComparisonGrid, gridFromColumns, newRowId } from './grid'

/*
 * Moves comparisons (and every saved version of them) from the attribute rows of old, a label
 * plus a list of values "in the order of the therapies above", to the grid (./grid.ts): value i
 * becomes the cell of therapies[i]. Row ids are kept, so a row is the same row in every version.
 * A value beyond the last therapy had no column on the site either: it is dropped and logged.
 * Empty values leave their cell empty, as an editor would see them.
 */

/** An attribute row as stored before the grid. */
export interface OldRow {
  id: string | null
  label: string
  values: string[]
}

/** What a move did: documents and versions written, and the values that had no therapy column. */
export interface GridMoveReport {
  documents: number
  versions: number
  dropped: string[]
}

/** The grid of one comparison (or version) from its old rows and its therapy ids in column order. */
export function gridFromOldRows(therapyIds: readonly (number | string)[], rows: readonly OldRow[], where: string, dropped: string[]): ComparisonGrid {
  rows.forEach((row) => {
    row.values.slice(therapyIds.length).forEach((value, extra) => {
      dropped.push(`${where}, attribute "${row.label}": value ${therapyIds.length + extra + 1} "${value}" has no therapy column (${therapyIds.length} therapies)`)
    })
  })
  const ids = new Set<string>()
  return gridFromColumns(therapyIds, rows, (index) => {
    // A row id the grid cannot take (or a repeated one) gets a new id.
    const id = rows[index]?.id ?? ''
    const usable = /^[A-Za-z0-9_-]{1,64}$/.test(id) && !ids.has(id) ? id : newRowId()
    ids.add(usable)
    return usable
  })
}

type Db = SqliteMigrateUpArgs['db']

interface TableNames {
  /** The table holding the grid column (`comparisons` or `_comparisons_v`). */
  main: string
  gridColumn: string
  rows: string
  /** The id a row keeps in the grid: the document's own row id, or a version row's `_uuid`. */
  rowId: string
  texts: string
  rels: string
  /** `rows.` for documents, `version.rows.` for versions. */
  prefix: string
}

const DOCUMENTS: TableNames = { main: 'comparisons', gridColumn: 'grid', rows: 'comparisons_rows', rowId: 'id', texts: 'comparisons_texts', rels: 'comparisons_rels', prefix: '' }
const VERSIONS: TableNames = { main: '_comparisons_v', gridColumn: 'version_grid', rows: '_comparisons_v_version_rows', rowId: '_uuid', texts: '_comparisons_v_texts', rels: '_comparisons_v_rels', prefix: 'version.' }

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`)

async function columnsOf(db: Db, table: string): Promise<Set<string>> {
  const columns = await db.all<{ name: string }>(sql`SELECT name FROM pragma_table_info(${table})`)
  return new Set(columns.map((column) => column.name))
}

async function moveTable(db: Db, names: TableNames, dropped: string[]): Promise<number> {
  const mainColumns = await columnsOf(db, names.main)
  if (!mainColumns.has(names.gridColumn)) {
    throw new Error(`${names.main}.${names.gridColumn} does not exist: create the grid column before moving the comparison rows into it (and drop the old row tables only afterwards).`)
  }
  if ((await columnsOf(db, names.rows)).size === 0) throw new Error(`${names.rows} does not exist: the comparison rows were dropped before they were moved into ${names.main}.${names.gridColumn}.`)

  const parents = await db.all<{ id: number }>(sql`SELECT id FROM ${ident(names.main)} ORDER BY id`)
  const rows = await db.all<{ parent: number; id: string | number | null; label: string | null }>(
    sql`SELECT _parent_id AS parent, ${ident(names.rowId)} AS id, label FROM ${ident(names.rows)} ORDER BY _parent_id, _order`,
  )
  // Payload names a hasMany text inside an array row by the row's position: rows.<index>.values.
  const texts = await db.all<{ parent: number; path: string; text: string | null }>(
    sql`SELECT parent_id AS parent, path, text FROM ${ident(names.texts)} WHERE path LIKE ${`${names.prefix}rows.%.values`} ORDER BY parent_id, "order"`,
  )
  const therapies = await db.all<{ parent: number; therapy: number | null }>(
    sql`SELECT parent_id AS parent, therapies_id AS therapy FROM ${ident(names.rels)} WHERE path = ${`${names.prefix}therapies`} ORDER BY parent_id, "order"`,
  )

  const rowsOf = new Map<number, OldRow[]>()
  for (const row of rows) {
    const list = rowsOf.get(row.parent) ?? []
    list.push({ id: row.id === null ? null : String(row.id), label: row.label ?? '', values: [] })
    rowsOf.set(row.parent, list)
  }
  const pathPattern = new RegExp(`^${names.prefix.replace('.', '\\.')}rows\\.(\\d+)\\.values$`)
  for (const text of texts) {
    const index = Number(pathPattern.exec(text.path)?.[1])
    const row = rowsOf.get(text.parent)?.[index]
    if (row === undefined) throw new Error(`${names.texts}: value "${text.text ?? ''}" of ${names.main} ${text.parent} belongs to a row (${text.path}) that does not exist.`)
    row.values.push(text.text ?? '')
  }
  const therapiesOf = new Map<number, number[]>()
  for (const { parent, therapy } of therapies) {
    if (therapy === null) continue
    therapiesOf.set(parent, [...(therapiesOf.get(parent) ?? []), therapy])
  }

  for (const { id } of parents) {
    const grid = gridFromOldRows(therapiesOf.get(id) ?? [], rowsOf.get(id) ?? [], `${names.main} ${id}`, dropped)
    await db.run(sql`UPDATE ${ident(names.main)} SET ${ident(names.gridColumn)} = ${JSON.stringify(grid)} WHERE id = ${id}`)
  }
  return parents.length
}

/**
 * The SQLite move, for the migration that replaces the rows with the grid: call it after the
 * migration has added `comparisons.grid` and `_comparisons_v.version_grid` (text) and before it
 * drops `comparisons_rows`, `_comparisons_v_version_rows` and the rows' values in
 * `comparisons_texts` / `_comparisons_v_texts`. Fills the grid of every comparison and version.
 */
export async function moveComparisonRowsToGridSqlite({ db, payload }: Pick<SqliteMigrateUpArgs, 'db'> & { payload?: SqliteMigrateUpArgs['payload'] }): Promise<GridMoveReport> {
  const dropped: string[] = []
  const documents = await moveTable(db, DOCUMENTS, dropped)
  const versions = await moveTable(db, VERSIONS, dropped)
  for (const line of dropped) payload?.logger.warn(`Comparison grid migration: ${line}; it is not kept.`)
  return { documents, versions, dropped }
}

interface MongoRowLike {
  id?: unknown
  label?: unknown
  values?: unknown
}

const idString = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  // An ObjectId, or a populated document.
  if (typeof value === 'object' && value !== null) {
    if ('toHexString' in value && typeof value.toHexString === 'function') return String(value.toHexString())
    if ('id' in value) return idString(value.id)
  }
  return null
}

const oldRowsOf = (value: unknown): OldRow[] =>
  (Array.isArray(value) ? (value as MongoRowLike[]) : []).map((row) => ({
    id: idString(row.id ?? (row as { _id?: unknown })._id),
    label: typeof row.label === 'string' ? row.label : '',
    values: Array.isArray(row.values) ? row.values.map((text) => (typeof text === 'string' ? text : '')) : [],
  }))

const therapyIdsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(idString).filter((id): id is string => id !== null) : [])

/**
 * The MongoDB move (src/migrations-mongodb): every comparison and version that still has `rows`
 * gets its `grid`, and loses `rows`, in the migration's session (a transaction on a replica set).
 */
export async function moveComparisonRowsToGridMongo({ payload, session }: Pick<MongoMigrateUpArgs, 'payload' | 'session'>): Promise<GridMoveReport> {
  const adapter = payload.db as unknown as { collections: Record<string, { collection: NativeCollection }>; versions: Record<string, { collection: NativeCollection }> }
  const documentsCollection = adapter.collections.comparisons?.collection
  const versionsCollection = adapter.versions.comparisons?.collection
  if (!documentsCollection || !versionsCollection) throw new Error('The comparisons collection (or its versions) is not configured: the comparison grid migration needs both.')
  const dropped: string[] = []

  let documents = 0
  for (const doc of await documentsCollection.find({ rows: { $exists: true } }, { session }).toArray()) {
    const grid = gridFromOldRows(therapyIdsOf(doc.therapies), oldRowsOf(doc.rows), `comparison ${idString(doc._id)}`, dropped)
    await documentsCollection.updateOne({ _id: doc._id }, { $set: { grid }, $unset: { rows: '' } }, { session })
    documents += 1
  }
  let versions = 0
  for (const doc of await versionsCollection.find({ 'version.rows': { $exists: true } }, { session }).toArray()) {
    const version = (doc.version ?? {}) as Record<string, unknown>
    const grid = gridFromOldRows(therapyIdsOf(version.therapies), oldRowsOf(version.rows), `comparison version ${idString(doc._id)}`, dropped)
    await versionsCollection.updateOne({ _id: doc._id }, { $set: { 'version.grid': grid }, $unset: { 'version.rows': '' } }, { session })
    versions += 1
  }
  for (const line of dropped) payload.logger.warn(`Comparison grid migration: ${line}; it is not kept.`)
  return { documents, versions, dropped }
}

/** The part of MongoDB's native collection the move uses. */
interface NativeCollection {
  find(filter: Record<string, unknown>, options: { session?: unknown }): { toArray(): Promise<Record<string, unknown>[]> }
  updateOne(filter: Record<string, unknown>, update: Record<string, unknown>, options: { session?: unknown }): Promise<unknown>
}
