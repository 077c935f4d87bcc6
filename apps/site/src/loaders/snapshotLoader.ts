import type { BrandSnapshot } from '@clinic/schema'
import type { Loader } from 'astro/loaders'
import { env } from '../env'
import { readSnapshotFile } from './readSnapshotFile'

/** A document as the content store keeps it: an id plus plain JSON data. */
interface SnapshotDocument {
  id: string
}

/**
 * A content-layer loader that fills one collection from the brand snapshot named by
 * `SITE_SNAPSHOT_FILE`. `select` picks the collection's documents out of the snapshot.
 *
 * Why a loader and not `import snapshot.json` in a page: imported JSON is bundled by Vite as
 * one large module, which is the slow part of big builds; the content layer keeps the data in
 * its own store, gives every entry a digest (the key for incremental builds later) and
 * lets pages ask for exactly the collection they need.
 */
export function snapshotLoader(name: string, select: (snapshot: BrandSnapshot) => readonly SnapshotDocument[]): Loader {
  return {
    name: `clinic-snapshot:${name}`,
    async load({ store, generateDigest, logger }) {
      const file = env().snapshotFile
      if (file === null) {
        throw new Error(
          'SITE_SNAPSHOT_FILE is not set. Build brands with `pnpm build` (scripts/build-brands.ts), ' +
            'or set SITE_SNAPSHOT_FILE=path/to/<brand>.json to run `astro dev` on one snapshot.',
        )
      }
      const documents = select(await readSnapshotFile(file))
      // Each build reads one brand; entries from an earlier sync must not survive it.
      store.clear()
      for (const document of documents) {
        const data = { ...document }
        store.set({ id: document.id, data, digest: generateDigest(data) })
      }
      logger.info(`${documents.length} ${name} from ${file}`)
    },
  }
}
