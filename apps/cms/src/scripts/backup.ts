/**
 * Backs up the CMS while it runs:
 *   pnpm --filter cms backup --out <new folder>
 * SQLite: a consistent copy of the database, the media folder (or a note that media live in
 * object storage) and manifest.json. MongoDB: prints how to back it up with mongodump and exits 1.
 * See "Backups" in apps/cms/README.md.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { env } from '../env'
import { backupSqlite } from '../ops/backup'
import { mongoBackupAdvice } from '../ops/mongoBackupAdvice'

const usage = 'usage: backup --out <new folder>'
let values: { out?: string; help?: boolean }
try {
  ;({ values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', default: false } } }))
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}
if (values.help) {
  console.error(usage)
  process.exit(0)
}
if (values.out === undefined) {
  console.error(usage)
  process.exit(2)
}
if (env.databaseKind === 'mongodb') {
  console.error(mongoBackupAdvice(env))
  process.exit(1)
}

// Paths are given relative to where the command was typed (pnpm sets INIT_CWD), not to apps/cms.
const outDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out)
try {
  const manifest = await backupSqlite(env, outDir, (line) => console.error(line))
  console.error(`› Backup written to ${outDir} (taken ${manifest.createdAt}). Restore it with: pnpm --filter cms restore --from ${outDir}`)
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
