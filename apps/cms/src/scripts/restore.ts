/**
 * Restores a backup written by `backup` into a new or empty database (DATABASE_URI) and media
 * folder (MEDIA_DIR); refuses to overwrite anything or to touch a database a running CMS has open:
 *   pnpm --filter cms restore --from <backup folder>
 * MongoDB: prints how to restore with mongorestore and exits 1. See apps/cms/docs/operations.md.
 */
import { env } from '../env'
import { folderArgument } from './lib/folderArgument'
import { mongoRestoreAdvice } from '../ops/mongoBackupAdvice'
import { RestoreRefused, restoreSqlite } from '../ops/restore'

const usage = 'usage: restore --from <backup folder>'
const fromDir = folderArgument('from', usage, env.callerDir)
if (env.databaseKind === 'mongodb') {
  console.error(mongoRestoreAdvice(env))
  process.exit(1)
}

try {
  await restoreSqlite(env, fromDir, (line) => console.error(line))
} catch (error) {
  console.error(`✖ ${error instanceof RestoreRefused ? 'Refused: ' : ''}${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
