import { type SQLiteAdapter, sql } from '@payloadcms/db-sqlite'
import { LIMIT_COUNTERS_DB_NAME, LIMIT_COUNTERS_SLUG } from './collections'
import type { CounterBackend, CounterWindow } from './counterStore'

/** The table's and its columns' names, as Payload's schema (payload.db.tables) has them. */
function namesOf(adapter: SQLiteAdapter): { table: string; key: string; count: string; resetAt: string } {
  const table = adapter.tableNameMap.get(LIMIT_COUNTERS_SLUG.replaceAll('-', '_')) ?? LIMIT_COUNTERS_DB_NAME
  const columns = adapter.tables[table] as Record<string, unknown> | undefined
  const column = (field: string): string => {
    const found = columns?.[field] as { name?: unknown } | undefined
    if (typeof found?.name !== 'string') {
      throw new Error(`Shared limits: the SQLite table "${table}" has no column for the field "${field}". Is the "${LIMIT_COUNTERS_SLUG}" collection in the config and its migration applied?`)
    }
    return found.name
  }
  return { table, key: column('key'), count: column('count'), resetAt: column('resetAt') }
}

/**
 * Counters in the SQLite table of the `limit-counters` collection. Every change is one statement
 * on the adapter's connection, so it is atomic however many processes share the database file
 * (SQLite serialises writers; the busy timeout makes a writer wait for another's lock). Values are
 * bound parameters; only the table and column names, taken from Payload's schema, are identifiers.
 * Times are stored as Payload stores dates: ISO strings, which compare in time order.
 */
export function sqliteCounters(adapter: SQLiteAdapter): CounterBackend {
  let names: ReturnType<typeof namesOf> | undefined
  const identifiers = () => {
    names ??= namesOf(adapter)
    return { table: sql.identifier(names.table), key: sql.identifier(names.key), count: sql.identifier(names.count), resetAt: sql.identifier(names.resetAt) }
  }

  return {
    async increment(key, windowMs, now): Promise<CounterWindow> {
      const { table, key: keyColumn, count, resetAt } = identifiers()
      const at = new Date(now).toISOString()
      const nextReset = new Date(now + windowMs).toISOString()
      // In DO UPDATE, the columns are the stored row's values before this update.
      const result = await adapter.drizzle.run(sql`
        INSERT INTO ${table} (${keyColumn}, ${count}, ${resetAt}) VALUES (${key}, 1, ${nextReset})
        ON CONFLICT (${keyColumn}) DO UPDATE SET
          ${count} = CASE WHEN ${resetAt} <= ${at} THEN 1 ELSE ${count} + 1 END,
          ${resetAt} = CASE WHEN ${resetAt} <= ${at} THEN ${nextReset} ELSE ${resetAt} END
        RETURNING ${count} AS "count", ${resetAt} AS "resetAt"`)
      const row = result.rows[0]
      const counted = Number(row?.count)
      const resetsAt = typeof row?.resetAt === 'string' ? Date.parse(row.resetAt) : NaN
      if (!Number.isFinite(counted) || !Number.isFinite(resetsAt)) throw new Error(`Shared limits: counting "${key}" returned no readable row (${JSON.stringify(row)}).`)
      return { count: counted, resetAt: resetsAt }
    },

    async decrement(key, now) {
      const { table, key: keyColumn, count, resetAt } = identifiers()
      await adapter.drizzle.run(sql`UPDATE ${table} SET ${count} = ${count} - 1 WHERE ${keyColumn} = ${key} AND ${count} > 0 AND ${resetAt} > ${new Date(now).toISOString()}`)
    },

    async deleteEnded(now) {
      const { table, resetAt } = identifiers()
      const result = await adapter.drizzle.run(sql`DELETE FROM ${table} WHERE ${resetAt} <= ${new Date(now).toISOString()}`)
      return result.rowsAffected
    },
  }
}
