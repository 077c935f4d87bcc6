import type { ImportIssue } from '@clinic/schema'
import { Inflate } from 'fflate'
import { formatBytes } from './formatBytes'

/*
 * Zips come from users, so they are opened defensively. The central directory is read here (a
 * few fields, no more) and each wanted entry is inflated with fflate's streaming inflater, a small
 * piece at a time, so that:
 *  - an entry whose path is absolute or climbs out with `..` is refused and never read;
 *  - the sizes the directory declares must add up to at most `maxBytes` before anything is inflated;
 *  - while inflating, an entry may not produce more than it declared (a zip bomb lies about
 *    its size), which keeps the real total under the limit too;
 *  - a zip inside the zip is not opened.
 */

/** Names of the files a zip of posts is read for (pages, exports) or keeps (images saved beside pages). */
const PAGE_NAME = /\.(x?html?|xml)$/i
const IMAGE_NAME = /\.(jpe?g|png|gif|webp|avif)$/i
/** Files that operating systems add to archives, skipped without a word. */
const SYSTEM_NAME = /(^|\/)(__MACOSX\/|\.[^/]*$|Thumbs\.db$|desktop\.ini$)/i

/** How much compressed data is inflated at a time: at most ~1,000 times that comes out per step. */
const INFLATE_STEP = 4096

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50

/** The whole zip is unusable; its reason goes to the report as the file's error. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ZipError'
  }
}

/** An entry of the zip, unpacked. */
export interface UnzippedFile {
  /** The path inside the zip, with `/` separators. */
  path: string
  bytes: Uint8Array
  kind: 'page' | 'image'
}

/** What a zip held: the files worth reading, and the entries refused or left out, with why. */
export interface UnzipResult {
  files: UnzippedFile[]
  /** Entries refused (unsafe paths, encryption, unknown compression), named `<zip>/<path>`. */
  errors: ImportIssue[]
  /** Entries left out on purpose (nested zips, other kinds of files). */
  skipped: ImportIssue[]
}

interface Entry {
  path: string
  flags: number
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

/** Whether these bytes start like a zip file. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
}

/**
 * Why an entry's path is unsafe to use, or null when it is a plain relative path: absolute paths
 * (`/x`, `C:\x`, `\\server\x`) and `..` segments could name files outside where the zip is read.
 */
export function unsafeEntryPath(path: string): string | null {
  const normal = path.replace(/\\/g, '/')
  if (normal.includes('\u0000')) return 'its name holds a NUL character'
  if (normal.startsWith('/') || /^[a-z]:/i.test(normal)) return 'its path is absolute'
  if (normal.split('/').some((segment) => segment === '..')) return 'its path climbs out of the archive with ".."'
  return null
}

/**
 * Unpacks the pages, exports and images of the zip `bytes` (named `name` in messages), within
 * `maxBytes` unpacked in total. Throws {@link ZipError} when the zip is damaged, ZIP64, declares
 * more than `maxBytes`, or an entry inflates to more than it declared.
 */
export function unzipInput(name: string, bytes: Uint8Array, maxBytes: number): UnzipResult {
  const entries = readCentralDirectory(name, bytes)
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0)
  if (declared > maxBytes) {
    throw new ZipError(`${name} would unpack to ${formatBytes(declared)}, more than the limit of ${formatBytes(maxBytes)} (IMPORT_MAX_INPUT_MB); nothing of it was read. Split it into smaller zips.`)
  }

  const result: UnzipResult = { files: [], errors: [], skipped: [] }
  let otherFiles = 0
  let unpacked = 0
  for (const entry of entries) {
    const source = `${name}/${entry.path}`
    // Before anything else: a hostile name must be reported, not mistaken for a folder or system file.
    const unsafe = unsafeEntryPath(entry.path)
    if (unsafe !== null) {
      result.errors.push({ source, reason: `This entry of the zip was refused: ${unsafe}.` })
      continue
    }
    if (entry.path.endsWith('/') || SYSTEM_NAME.test(entry.path.replace(/\\/g, '/'))) continue
    if (/\.zip$/i.test(entry.path)) {
      result.skipped.push({ source, reason: 'A zip inside the zip is not opened; unzip it and import its files.' })
      continue
    }
    const kind = PAGE_NAME.test(entry.path) ? 'page' : IMAGE_NAME.test(entry.path) ? 'image' : null
    if (kind === null) {
      otherFiles += 1
      continue
    }
    if (entry.flags & 1) {
      result.errors.push({ source, reason: 'This entry of the zip is encrypted; zip the files again without a password.' })
      continue
    }
    if (entry.method !== 0 && entry.method !== 8) {
      result.errors.push({ source, reason: `This entry of the zip uses compression method ${entry.method}, which is not supported; zip the files again with ordinary (deflate) compression.` })
      continue
    }
    const data = entryData(name, bytes, entry)
    const content = entry.method === 0 ? data.slice() : inflateWithin(data, entry, name)
    if (content.length !== entry.size) throw new ZipError(`${name} is damaged: ${entry.path} unpacks to ${content.length} bytes but its directory says ${entry.size}. Create the zip again.`)
    unpacked += content.length
    if (unpacked > maxBytes) throw new ZipError(`${name} unpacks to more than the limit of ${formatBytes(maxBytes)} (IMPORT_MAX_INPUT_MB); nothing of it was read.`)
    if (kind === 'page' && isZip(content)) {
      result.skipped.push({ source, reason: 'A zip inside the zip is not opened; unzip it and import its files.' })
      continue
    }
    result.files.push({ path: entry.path.replace(/\\/g, '/'), bytes: content, kind })
  }
  if (otherFiles > 0) {
    result.skipped.push({ source: name, reason: `${otherFiles} file${otherFiles === 1 ? ' was' : 's were'} left out: neither pages (.html), WordPress exports (.xml) nor images.` })
  }
  return result
}

function readCentralDirectory(name: string, bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const damaged = (what: string) => new ZipError(`${name} is not a readable zip (${what}). Create the zip again.`)

  // The end-of-central-directory record is in the last 22 bytes plus at most a 65,535-byte comment.
  let eocd = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at
      break
    }
  }
  if (eocd < 0) throw damaged('its directory is missing; it may have been cut short')
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipError(`${name} is a ZIP64 archive, which is not supported (an import is far smaller than what needs ZIP64). Create an ordinary zip.`)
  }
  const count = view.getUint16(eocd + 10, true)
  const directorySize = view.getUint32(eocd + 12, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (directoryOffset + directorySize > eocd) throw damaged('its directory points outside the file')

  const entries: Entry[] = []
  const decoder = new TextDecoder('utf-8')
  let at = directoryOffset
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged('a directory entry is broken')
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const entry: Entry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      path: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new ZipError(`${name} is a ZIP64 archive, which is not supported. Create an ordinary zip.`)
    }
    entries.push(entry)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function entryData(name: string, bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new ZipError(`${name} is not a readable zip (the entry ${entry.path} is missing). Create the zip again.`)
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  if (start + entry.compressedSize > bytes.length) throw new ZipError(`${name} is not a readable zip (the entry ${entry.path} is cut short). Create the zip again.`)
  return bytes.subarray(start, start + entry.compressedSize)
}

/** Inflates an entry a step at a time, stopping as soon as it produces more than it declared. */
function inflateWithin(data: Uint8Array, entry: Entry, name: string): Uint8Array {
  const output = new Uint8Array(entry.size)
  let length = 0
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > entry.size) {
      throw new ZipError(`${name} was refused: ${entry.path} unpacks to more than the ${formatBytes(entry.size)} its directory declares, as zip bombs do; nothing of it was read.`)
    }
    output.set(chunk, length)
    length += chunk.length
  })
  try {
    for (let offset = 0; offset < data.length; offset += INFLATE_STEP) {
      inflater.push(data.subarray(offset, Math.min(offset + INFLATE_STEP, data.length)), offset + INFLATE_STEP >= data.length)
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true)
  } catch (error) {
    if (error instanceof ZipError) throw error
    throw new ZipError(`${name} is not a readable zip (${entry.path} could not be unpacked: ${error instanceof Error ? error.message : String(error)}). Create the zip again.`)
  }
  return output.subarray(0, length)
}
