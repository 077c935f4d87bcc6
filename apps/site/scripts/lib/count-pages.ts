import { readdir } from 'node:fs/promises'

/** How many `.html` pages a build wrote under `dir` (0 when `dir` does not exist). */
export async function countPages(dir: string): Promise<number> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true })
    return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
}
