import fs from 'node:fs'
import path from 'node:path'
import type { ImportLimits, InputFile } from './types'

/** The import fixture corpus (tests/fixtures/import), for the importer's tests. */
export const IMPORT_FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/import')

/** A fixture of the corpus as an input file named by its path inside the corpus. */
export function importFixture(name: string): InputFile {
  return { name, bytes: new Uint8Array(fs.readFileSync(path.join(IMPORT_FIXTURES, name))) }
}

/** Generous limits for tests that are not about limits. */
export const TEST_LIMITS: ImportLimits = { maxInputBytes: 10 * 1024 * 1024, maxPosts: 100, maxImageBytes: 1024 * 1024, imageTimeoutMs: 1000 }
