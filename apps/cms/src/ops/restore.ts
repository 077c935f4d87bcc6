import fs from 'node:fs/promises'
import path from 'node:path'
import type { Env } from '../env'
import { type BackupManifest, MEDIA_FOLDER, readManifest } from './backupManifest'
import { copyFolderInto, folderSize, isEmptyFolder, megabytes } from './folders'
import { databaseInUse, integrityProblem, tablesIn } from './sqliteFile'

/** A restore that would overwrite something, or hit a running CMS: nothing was changed. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefused'
  }
}

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  )

/**
 * Refuses (throws {@link RestoreRefused}) unless `target` is a new or empty database that no
 * process has open.
 */
async function checkTargetDatabase(target: string): Promise<void> {
  if (await exists(target)) {
    if (databaseInUse(target)) {
      throw new RestoreRefused(`${target} is open in another process, most likely a running CMS. Stop it, move the database aside, and restore into an empty path.`)
    }
    const tables = tablesIn(target)
    if (tables.length > 0) {
      throw new RestoreRefused(
        `${target} is not empty (${tables.length} tables, e.g. ${tables.slice(0, 3).join(', ')}). A restore never overwrites a database: move it aside (or set DATABASE_URI to a new file) and run restore again.`,
      )
    }
    return
  }
  // SQLite would apply a left-over write-ahead log to the restored file as if it were its own.
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (await exists(`${target}${suffix}`)) {
      throw new RestoreRefused(`${target}${suffix} is left from a database that is gone (perhaps deleted while a CMS had it open). Make sure no CMS runs on ${target}, delete ${target}${suffix}, and run restore again.`)
    }
  }
}

/** Copies `source` to `target` through a temporary file beside it, so that `target` appears whole or not at all. */
async function copyInto(source: string, target: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true })
  const temporary = `${target}.restoring-${process.pid}`
  await fs.copyFile(source, temporary, fs.constants.COPYFILE_EXCL)
  try {
    const handle = await fs.open(temporary, 'r+')
    await handle.sync()
    await handle.close()
    await fs.rename(temporary, target)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
}

/**
 * Restores the backup folder `fromDir` (written by `backup`) into this environment's SQLite
 * database and media folder, both of which must be new or empty; nothing is overwritten, and a
 * database another process has open (a running CMS) is refused. Checks the backup (manifest,
 * size, SQLite's integrity check) before touching anything.
 */
export async function restoreSqlite(env: Env, fromDir: string, log: (line: string) => void): Promise<BackupManifest> {
  const target = env.sqliteFile
  if (target === null) throw new Error('restoreSqlite needs a SQLite database (DATABASE_URI=file:…).')
  const manifest = await readManifest(fromDir)
  const copy = path.join(fromDir, manifest.database.file)
  const stat = await fs.stat(copy).catch(() => null)
  if (stat === null || stat.size !== manifest.database.bytes) {
    throw new Error(`${copy} is ${stat === null ? 'missing' : `${stat.size} bytes, not the ${manifest.database.bytes} the manifest records`}: the backup is incomplete.`)
  }
  const problem = integrityProblem(copy)
  if (problem !== null) throw new Error(`${copy} failed SQLite's integrity check (${problem}): the backup is damaged.`)

  const mediaSource = path.join(fromDir, MEDIA_FOLDER)
  if (manifest.media.kind === 'folder' && !(await exists(mediaSource))) throw new Error(`${mediaSource} is missing: the backup is incomplete.`)

  await checkTargetDatabase(target)
  if (manifest.media.kind === 'folder' && !(await isEmptyFolder(env.mediaDir))) {
    throw new RestoreRefused(`The media folder ${env.mediaDir} (MEDIA_DIR) is not empty. A restore never overwrites media: move it aside (or set MEDIA_DIR to a new folder) and run restore again.`)
  }

  await copyInto(copy, target)
  log(`› Database: ${copy} → ${target} (${megabytes(manifest.database.bytes)}, backed up ${manifest.createdAt} by CMS ${manifest.cmsVersion}, last migration ${manifest.database.lastMigration?.name ?? 'none'}).`)

  if (manifest.media.kind === 'folder') {
    await copyFolderInto(mediaSource, env.mediaDir)
    const size = await folderSize(env.mediaDir)
    log(`› Media: ${mediaSource} → ${env.mediaDir} (${size.files} files, ${megabytes(size.bytes)}).`)
    if (env.s3 !== null) log(`› Note: this CMS keeps media in object storage (bucket ${env.s3.bucket}); the restored files are in MEDIA_DIR, so copy them into the bucket if its objects were lost.`)
  } else {
    log(`› Media were in object storage (bucket ${manifest.media.bucket}) when the backup was taken: they are not in it, and the restored documents point there.`)
  }
  log('› Done. Start the CMS on it; in production it applies the migrations newer than the backup when it starts.')
  return manifest
}
