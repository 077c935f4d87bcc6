import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const LANDING_DIR = fileURLToPath(new URL('../../src/content/landing/', import.meta.url))

/**
 * The site paths of a brand's landing pages (`/landing/<slug>/`), one per
 * `src/content/landing/<brand>/<slug>.mdx`: campaign pages no menu links to, so the end-to-end
 * crawl visits them directly. None for a brand without a folder.
 */
export function landingPagePaths(brandSlug: string): string[] {
  let names: string[]
  try {
    names = readdirSync(`${LANDING_DIR}${brandSlug}`)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `/landing/${name.slice(0, -'.mdx'.length)}/`)
    .sort()
}
