import { rename } from 'node:fs/promises'

/**
 * Puts the finished build `next` at `target`: the current `target` (if any) is renamed to
 * `trash`, then `next` is renamed to `target`. Both renames stay on one file system (all three
 * paths live in the output folder), so each is atomic; visitors see either the old or the new
 * build, apart from the instant between the two renames when `target` is briefly missing.
 *
 * If the second rename fails the old build is put back, so a failed swap leaves `target` as it was.
 * `trash` must not exist; the caller removes it afterwards.
 */
export async function swapDirectory(next: string, target: string, trash: string): Promise<void> {
  let movedAway = false
  try {
    await rename(target, trash)
    movedAway = true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  try {
    await rename(next, target)
  } catch (error) {
    if (movedAway) await rename(trash, target)
    throw error
  }
}
