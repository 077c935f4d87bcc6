import type { ImportLimits, InputFile, ReadResult } from '../types'
import { detectInput } from './detect'
import { formatBytes } from './formatBytes'
import { readHtmlPage } from './htmlPage'
import { unzipInput, ZipError } from './unzip'
import { readWxr, WxrError } from './wxr'

/**
 * Reads the inputs of an import: WordPress exports, saved pages, and zips of them (told apart by
 * content). Each post found comes back as a {@link SourcePost}; items deliberately left out (pages,
 * drafts, attachments… of an export) are in `skipped`, and inputs that could not be read (too
 * large, damaged, not a page or export, unsafe zip entries) in `errors`, each naming the file and
 * the reason, while the other inputs are still read. Posts beyond `limits.maxPosts` are errors too.
 * Reads no database and no network.
 */
export function readSources(files: readonly InputFile[], limits: ImportLimits): ReadResult {
  const result: Required<ReadResult> = { posts: [], skipped: [], errors: [], unpacked: [] }
  for (const file of files) readInput(file, limits, result, false)

  for (const post of result.posts.slice(limits.maxPosts)) {
    result.errors.push({
      source: post.source,
      reason: `Not imported: this import already has ${limits.maxPosts} posts, the most one import takes (IMPORT_MAX_POSTS). Import the rest separately.`,
    })
  }
  result.posts = result.posts.slice(0, limits.maxPosts)
  return result
}

function readInput(file: InputFile, limits: ImportLimits, result: Required<ReadResult>, insideZip: boolean): void {
  const source = file.name
  if (file.bytes.length > limits.maxInputBytes) {
    result.errors.push({ source, reason: `The file is ${formatBytes(file.bytes.length)}, more than the limit of ${formatBytes(limits.maxInputBytes)} (IMPORT_MAX_INPUT_MB). Split it, or raise the limit.` })
    return
  }
  const detected = detectInput(file.bytes)
  try {
    switch (detected.kind) {
      case 'zip': {
        if (insideZip) {
          result.skipped.push({ source, reason: 'A zip inside the zip is not opened; unzip it and import its files.' })
          return
        }
        const unzipped = unzipInput(file.name, file.bytes, limits.maxInputBytes)
        result.errors.push(...unzipped.errors)
        result.skipped.push(...unzipped.skipped)
        for (const entry of unzipped.files) {
          const inner = { name: `${file.name}/${entry.path}`, bytes: entry.bytes }
          result.unpacked.push(inner)
          if (entry.kind === 'page') readInput(inner, limits, result, true)
        }
        return
      }
      case 'wxr': {
        const export_ = readWxr(source, detected.text)
        result.posts.push(...export_.posts)
        result.skipped.push(...export_.skipped)
        return
      }
      case 'html':
        result.posts.push(readHtmlPage(source, detected.text))
        return
      case 'unknown':
        result.errors.push({ source, reason: detected.reason })
        return
    }
  } catch (error) {
    if (error instanceof ZipError || error instanceof WxrError) {
      result.errors.push({ source, reason: error.message })
      return
    }
    // Anything else is a fault of the reader, not of the file; the other files are still read.
    result.errors.push({ source, reason: `The file could not be read (${error instanceof Error ? error.message : String(error)}). Please report this with the file.` })
  }
}
