import fs from 'node:fs/promises'
import path from 'node:path'

/** Files and bytes below `dir` (0 and 0 when it does not exist). */
export async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let entries: string[]
  try {
    entries = await fs.readdir(dir, { recursive: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: 0, bytes: 0 }
    throw error
  }
  let files = 0
  let bytes = 0
  for (const entry of entries) {
    const stat = await fs.stat(path.join(dir, entry))
    if (!stat.isFile()) continue
    files += 1
    bytes += stat.size
  }
  return { files, bytes }
}

/** Whether `dir` is missing or holds nothing. */
export async function isEmptyFolder(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length === 0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }
}

/** A size for people to read. */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Copies what is in the folder `source` into the folder `target` (created when missing), never
 * replacing a file that is already there. Resolves with false when `source` does not exist.
 */
export async function copyFolderInto(source: string, target: string): Promise<boolean> {
  let entries: string[]
  try {
    entries = await fs.readdir(source)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
  await fs.mkdir(target, { recursive: true })
  // Entry by entry: fs.cp refuses a target folder that exists, even an empty one, once it may not overwrite.
  for (const entry of entries) await fs.cp(path.join(source, entry), path.join(target, entry), { recursive: true, force: false, errorOnExist: true })
  return true
}
