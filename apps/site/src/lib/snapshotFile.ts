import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type BrandSnapshot, parseBrandSnapshot } from '@clinic/schema'
import { cachedIn } from './memo'

/**
 * Parsed snapshots by file, shared by every copy of this module in the process: the build
 * script loads it through tsx and the pages through Astro's bundle, and a 2,000-article
 * snapshot takes most of a second to parse and validate.
 */
const CACHE_KEY = Symbol.for('clinic-site.snapshot-files')
const cache: Map<string, Promise<BrandSnapshot>> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as Map<string, Promise<BrandSnapshot>>

/**
 * Reads and validates one brand snapshot file, once per process.
 *
 * The build script validated the snapshot already; it is parsed again because the site must
 * never trust input it did not check itself (someone may run `astro dev` on a hand-edited
 * file), and parsing is small next to rendering.
 */
export function readSnapshotFile(file: string): Promise<BrandSnapshot> {
  return cachedIn(cache, file, load)
}

async function load(file: string): Promise<BrandSnapshot> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`Cannot read the brand snapshot file ${file}: ${(error as Error).message}`, { cause: error })
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new Error(`The brand snapshot file ${file} is not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  return parseBrandSnapshot(raw, path.basename(file, '.json'))
}
