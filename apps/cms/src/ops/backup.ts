import fs from 'node:fs/promises'
import path from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import type { Env } from '../env'
import { type BackupManifest, MEDIA_FOLDER, writeManifest } from './backupManifest'
import { copyFolderInto, folderSize, isEmptyFolder, megabytes } from './folders'
import { copyLiveDatabase, integrityProblem, lastMigration } from './sqliteFile'

/**
 * Backs up the SQLite database and the media into the new folder `outDir`, while the CMS runs:
 * a consistent copy of the database (`VACUUM INTO`, see copyLiveDatabase), then the media folder
 * (or, with object storage, a note that the media are in the bucket), then `manifest.json`.
 * Media uploaded while the copy runs may be in the backup without a database entry (harmless);
 * a file deleted in those seconds may be missing from it.
 */
export async function backupSqlite(env: Env, outDir: string, log: (line: string) => void): Promise<BackupManifest> {
  const source = env.sqliteFile
  if (source === null) throw new Error('backupSqlite needs a SQLite database (DATABASE_URI=file:…).')
  if (!(await isEmptyFolder(outDir))) throw new Error(`${outDir} is not empty. Give a new folder for each backup, so that no older backup is overwritten.`)
  try {
    await fs.access(source)
  } catch {
    throw new Error(`There is no database at ${source} (DATABASE_URI): nothing to back up.`)
  }
  await fs.mkdir(outDir, { recursive: true })

  const file = path.basename(source)
  const copy = path.join(outDir, file)
  const createdAt = new Date().toISOString()
  copyLiveDatabase(source, copy, env.SQLITE_BUSY_TIMEOUT_MS)
  const problem = integrityProblem(copy)
  if (problem !== null) {
    await fs.rm(copy, { force: true })
    throw new Error(`The copy of ${source} failed SQLite's integrity check (${problem}): the database itself may be damaged. The copy was deleted.`)
  }
  const { size: bytes } = await fs.stat(copy)
  const migration = lastMigration(copy)
  log(`› Database: ${source} → ${copy} (${megabytes(bytes)}, last migration ${migration ? migration.name : 'none'}).`)

  let media: BackupManifest['media']
  if (env.s3 !== null) {
    media = { kind: 'objectStorage', bucket: env.s3.bucket, publicUrl: env.s3.publicUrl }
    log(`› Media live in object storage (bucket ${env.s3.bucket}): not in this backup. Keep them with the bucket's versioning or replication.`)
  } else {
    const target = path.join(outDir, MEDIA_FOLDER)
    // No media folder yet (nothing was ever uploaded): the backup's is empty.
    if (!(await copyFolderInto(env.mediaDir, target))) await fs.mkdir(target, { recursive: true })
    const size = await folderSize(target)
    media = { kind: 'folder', source: env.mediaDir, ...size }
    log(`› Media: ${env.mediaDir} → ${target} (${size.files} files, ${megabytes(size.bytes)}).`)
  }

  const manifest: BackupManifest = {
    format: 1,
    createdAt,
    cmsVersion: packageJson.version,
    database: { kind: 'sqlite', file, bytes, source, lastMigration: migration },
    media,
  }
  await writeManifest(outDir, manifest)
  return manifest
}
