import { readFile, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import * as pagefind from 'pagefind'

/** The folder of the index inside a brand's output; the search page loads `<root>pagefind/pagefind.js`. */
export const SEARCH_INDEX_DIR = 'pagefind'

/**
 * What Pagefind writes for its ready-made search interfaces. The search page has its own
 * (src/components/search/SearchBox.astro), so these ~0.5 MB are removed: nothing links them.
 */
const UNUSED_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/

/** What indexing one brand wrote and what it took. */
export interface SearchIndexStats {
  /** Pages in the index (those whose `<main>` carries `data-pagefind-body`). */
  pages: number
  /** Files and bytes of `<site>/pagefind/`. */
  files: number
  bytes: number
  /** Wall time of the indexing, in milliseconds. */
  ms: number
}

/** Indexes a finished build; injected into the brand build so tests with a stand-in Astro can leave it out. */
export type SearchIndexer = (siteDir: string) => Promise<SearchIndexStats>

async function sizeOf(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile())
  const sizes = await Promise.all(files.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size))
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) }
}

function failure(siteDir: string, step: string, errors: readonly string[]): Error {
  return new Error(`The search index of ${siteDir} could not be built (Pagefind, ${step}): ${errors.join('; ')}. Fix the pages or run the build again.`)
}

/**
 * Builds the Pagefind index of one built brand into `<siteDir>/pagefind/`, replacing any index
 * there: every HTML page below `siteDir` is read, so after an incremental build (pages copied
 * from the cache, others rendered anew) the index holds exactly the pages now in the folder.
 * Only pages whose `<main>` carries `data-pagefind-body` are indexed (BaseLayout sets it; not
 * on noindex, list or search pages), with their `type` filter; the title is the page's `h1`,
 * which Pagefind weighs above body text.
 *
 * Called by the brand build on the fresh output before it is swapped in, so a failure here
 * fails the build and the site in place keeps its index. One Pagefind process serves the
 * whole build (brands built side by side each get their own index in it);
 * call {@link closeSearchIndexer} when the build is done.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexStats> {
  const started = performance.now()
  const outputPath = path.join(siteDir, SEARCH_INDEX_DIR)
  // Pagefind adds to what the folder holds; a stale fragment would keep a removed page findable.
  await rm(outputPath, { recursive: true, force: true })
  // The sites are in English (`<html lang="en">`): one language, one index. The root selector
  // makes a page without the marked `<main>` contribute nothing: without it Pagefind indexes
  // whole pages (menus, footers, the 404 page) as soon as no page is marked. Navigation inside
  // `<main>` (breadcrumbs, category menus, pagination) is not content, nor are the `.meta` lines
  // (byline, dates, reading time, reviewed-by): they would fill every excerpt.
  const created = await pagefind.createIndex({ forceLanguage: 'en', rootSelector: 'main[data-pagefind-body]', excludeSelectors: ['nav', '.meta'] })
  const { index } = created
  if (index === undefined || created.errors.length > 0) throw failure(siteDir, 'start', created.errors)
  try {
    const added = await index.addDirectory({ path: siteDir })
    if (added.errors.length > 0) throw failure(siteDir, 'reading the pages', added.errors)
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw failure(siteDir, 'writing the index', written.errors)
  } finally {
    await index.deleteIndex()
  }
  for (const name of await readdir(outputPath)) if (UNUSED_FILES.test(name)) await rm(path.join(outputPath, name))
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> }
  const pages = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0)
  // Every brand has indexed pages (privacy, accessibility at least): none means the pages were
  // not what the layout writes, and a search that finds nothing must not go live unnoticed.
  if (pages === 0) throw failure(siteDir, 'checking the index', ['no page was indexed; pages to index carry data-pagefind-body on <main>'])
  return { pages, ...(await sizeOf(outputPath)), ms: performance.now() - started }
}

/** Stops the Pagefind process (the build's Node process cannot exit while it runs). */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close()
}
