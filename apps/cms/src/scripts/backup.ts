/**
 * Backs up the CMS while it runs:
 *   pnpm --filter cms backup --out <new folder>
 * SQLite: a consistent copy of the database, the media folder (or a note that media live in
 * object storage) and manifest.json. MongoDB: prints how to back it up with mongodump and exits 1.
 * See apps/cms/docs/operations.md.
 */
import { env } from '../env'
import { folderArgument } from './lib/folderArgument'
import { backupSqlite } from '../ops/backup'
import { mongoBackupAdvice } from '../ops/mongoBackupAdvice'

const usage = 'usage: backup --out <new folder>'
const outDir = folderArgument('out', usage, env.callerDir)
if (env.databaseKind === 'mongodb') {
  console.error(mongoBackupAdvice(env))
  process.exit(1)
}

try {
  const manifest = await backupSqlite(env, outDir, (line) => console.error(line))
  console.error(`› Backup written to ${outDir} (taken ${manifest.createdAt}). Restore it with: pnpm --filter cms restore --from ${outDir}`)
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
