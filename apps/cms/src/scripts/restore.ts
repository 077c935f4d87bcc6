/**
 * Restores a backup written by `backup` into a new or empty database (DATABASE_URI) and media
 * folder (MEDIA_DIR); refuses to overwrite anything or to touch a database a running CMS has open:
 *   pnpm --filter cms restore --from <backup folder>
 * MongoDB: prints how to restore with mongorestore and exits 1. See "Backups" in apps/cms/README.md.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { env } from '../env'
import { mongoRestoreAdvice } from '../ops/mongoBackupAdvice'
import { RestoreRefused, restoreSqlite } from '../ops/restore'

const usage = 'usage: restore --from <backup folder>'
let values: { from?: string; help?: boolean }
try {
  ;({ values } = parseArgs({ options: { from: { type: 'string' }, help: { type: 'boolean', default: false } } }))
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}
if (values.help) {
  console.error(usage)
  process.exit(0)
}
if (values.from === undefined) {
  console.error(usage)
  process.exit(2)
}
if (env.databaseKind === 'mongodb') {
  console.error(mongoRestoreAdvice(env))
  process.exit(1)
}

// Paths are given relative to where the command was typed (pnpm sets INIT_CWD), not to apps/cms.
const fromDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.from)
try {
  await restoreSqlite(env, fromDir, (line) => console.error(line))
} catch (error) {
  console.error(`✖ ${error instanceof RestoreRefused ? 'Refused: ' : ''}${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
