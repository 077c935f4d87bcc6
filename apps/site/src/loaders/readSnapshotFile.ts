import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type BrandSnapshot, parseBrandSnapshot } from '@clinic/schema'

const cache = new Map<string, Promise<BrandSnapshot>>()

/**
 * Reads and validates one brand snapshot file, once per process: every collection's loader
 * asks for the same file during one content sync.
 *
 * The build script validated the file already; it is parsed again because the site must never
 * trust input it did not check itself (someone may run `astro dev` on a hand-edited file), and
 * parsing is small next to rendering.
 */
export function readSnapshotFile(file: string): Promise<BrandSnapshot> {
  let pending = cache.get(file)
  if (pending === undefined) {
    pending = load(file)
    cache.set(file, pending)
  }
  return pending
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
