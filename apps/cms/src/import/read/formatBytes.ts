const MEGABYTE = 1024 * 1024

/** A byte count as people read it in a message: "100 MB", "512 KB", "37 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= MEGABYTE) return `${Number((bytes / MEGABYTE).toFixed(1))} MB`
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`
  return `${bytes} bytes`
}
