import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import { moveComparisonRowsToGridMongo } from '../collections/Comparisons/migrateGrid'

/** Comparisons (and their versions) move from attribute rows of values to the grid of cells. */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const report = await moveComparisonRowsToGridMongo({ payload, session })
  payload.logger.info(`Comparison grid: ${report.documents} comparisons and ${report.versions} versions moved to the grid.`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Cells hold rich text (bold, links) that the old rows of plain values cannot keep.
  throw new Error('The comparison grid migration cannot be undone: cells may hold rich text the old rows cannot. Restore a backup taken before it to go back.')
}
