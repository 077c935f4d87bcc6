import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { SnapshotSource } from './snapshot-source'

/** Snapshots from `<dir>/<brand>.json`, one file per brand (as the CMS snapshot CLI writes them). */
export function createDirSource(dir: string): SnapshotSource {
  return {
    description: `snapshot files in ${dir}`,

    async listBrands() {
      const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null
        throw new Error(`Cannot read the snapshot directory ${dir}: ${error.message}`, { cause: error })
      })
      if (info === null || !info.isDirectory()) {
        throw new Error(`The snapshot directory ${dir} does not exist or is not a directory (check SNAPSHOT_DIR or --snapshot-dir).`)
      }
      const slugs = (await readdir(dir, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
        .map((entry) => entry.name.slice(0, -'.json'.length))
        .sort()
      if (slugs.length === 0) throw new Error(`The snapshot directory ${dir} has no <brand>.json files.`)
      return slugs
    },

    async readSnapshot(slug) {
      const file = path.join(dir, `${slug}.json`)
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`There is no snapshot file for brand "${slug}" (expected ${file}).`, { cause: error })
        throw new Error(`Cannot read the snapshot file ${file}: ${(error as Error).message}`, { cause: error })
      }
      try {
        return JSON.parse(text) as unknown
      } catch (error) {
        throw new Error(`The snapshot file ${file} is not valid JSON: ${(error as Error).message}`, { cause: error })
      }
    },
  }
}
