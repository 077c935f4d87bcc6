import fs from 'node:fs'
import path from 'node:path'

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** `value` rounded to `digits` decimals, as a number. */
export const round = (value: number, digits = 2): number => Number(value.toFixed(digits))

/** Bytes as `12.3 MB`. */
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Seconds as `1.23 s`. */
export const secs = (seconds: number): string => `${seconds.toFixed(2)} s`

/** Pages (index.html files), files, apparent bytes and bytes on disk below a folder. */
export interface TreeSize {
  pages: number
  files: number
  bytes: number
  diskBytes: number
}

/** Every file under `dir` but dot-folders (build caches and builds in progress, not published files). */
export function measureTree(dir: string): TreeSize {
  const size: TreeSize = { pages: 0, files: 0, bytes: 0, diskBytes: 0 }
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.name.startsWith('.')) continue
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        const stat = fs.statSync(full)
        size.files += 1
        size.bytes += stat.size
        size.diskBytes += stat.blocks * 512
        if (entry.name === 'index.html') size.pages += 1
      }
    }
  }
  walk(dir)
  return size
}
