import fs from 'node:fs/promises'
import path from 'node:path'
import type { ImportLimits, InputFile } from './types'

/** Files the importer reads as posts. */
const POST_FILE = /\.(xml|html?|zip)$/i
/** Files read as images of saved pages (beside them, in their `_files` folders). */
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)$/i

/** What was found in the paths given on the command line. */
export interface CollectedInputs {
  /** Exports, pages and zips, named relative to the folder given (or by their name, for a file given). */
  files: InputFile[]
  /** Images inside the folders given, named the same way, for saved pages that refer to them. */
  images: InputFile[]
  /** Paths left out, and why. */
  problems: string[]
}

/**
 * Reads the files and folders given to the command-line importer: a file as it is, a folder
 * with every post file and image below it (hidden entries left out, symbolic links not
 * followed). Files over the input limit and images over the image limit are left out with a
 * reason; the importer reports the rest.
 */
export async function collectInputs(paths: readonly string[], limits: Pick<ImportLimits, 'maxInputBytes' | 'maxImageBytes'>): Promise<CollectedInputs> {
  const out: CollectedInputs = { files: [], images: [], problems: [] }
  const names = new Set<string>()
  const add = async (file: string, name: string, kind: 'files' | 'images', size: number) => {
    const limit = kind === 'files' ? limits.maxInputBytes : limits.maxImageBytes
    if (size > limit) {
      out.problems.push(`${file} is left out: ${Math.ceil(size / 1024 / 1024)} MB is more than the ${Math.round(limit / 1024 / 1024)} MB limit (IMPORT_MAX_${kind === 'files' ? 'INPUT' : 'IMAGE'}_MB).`)
      return
    }
    // Two folders may hold files of the same name; keep both, told apart.
    let unique = name
    for (let n = 2; names.has(unique); n += 1) unique = `${name} (${n})`
    names.add(unique)
    out[kind].push({ name: unique, bytes: new Uint8Array(await fs.readFile(file)) })
  }

  for (const given of paths) {
    const stat = await fs.lstat(given).catch(() => null)
    if (stat === null) {
      out.problems.push(`${given} does not exist.`)
    } else if (stat.isFile()) {
      if (POST_FILE.test(given)) await add(given, path.basename(given), 'files', stat.size)
      else out.problems.push(`${given} is not a .xml, .html or .zip file.`)
    } else if (stat.isDirectory()) {
      for (const entry of await fs.readdir(given, { recursive: true, withFileTypes: true })) {
        const file = path.join(entry.parentPath, entry.name)
        const relative = path.relative(given, file).split(path.sep).join('/')
        if (!entry.isFile() || relative.split('/').some((part) => part.startsWith('.'))) continue
        const kind = POST_FILE.test(entry.name) ? 'files' : IMAGE_FILE.test(entry.name) ? 'images' : null
        if (kind === null) continue
        const size = (await fs.stat(file)).size
        await add(file, relative, kind, size)
      }
    } else {
      out.problems.push(`${given} is neither a file nor a folder.`)
    }
  }
  out.files.sort((a, b) => a.name.localeCompare(b.name))
  return out
}
