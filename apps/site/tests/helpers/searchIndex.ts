import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { startSiteServer } from '../../scripts/lib/static-server'

/** One page as the index holds it (a Pagefind fragment). */
export interface IndexedPage {
  url: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  content: string
}

/** Every page of a written Pagefind index, by URL, read from its fragment files (gzipped JSON behind a signature). */
export async function indexedPages(pagefindDir: string): Promise<IndexedPage[]> {
  const dir = path.join(pagefindDir, 'fragment')
  const pages: IndexedPage[] = []
  for (const name of await readdir(dir)) {
    const bytes = gunzipSync(await readFile(path.join(dir, name)))
    const signature = bytes.subarray(0, 12).toString('utf8')
    if (signature !== 'pagefind_dcd') throw new Error(`${name} is not a Pagefind fragment (signature ${JSON.stringify(signature)})`)
    pages.push(JSON.parse(bytes.subarray(12).toString('utf8')) as IndexedPage)
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url))
}

/** A search result as the search page gets it. */
export interface Hit {
  url: string
  title: string | undefined
  type: string[] | undefined
  excerpt: string
}

/** Pagefind's browser API, as far as these tests use it. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>
  filters(): Promise<unknown>
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{
    results: { data(): Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]>; excerpt: string }> }[]
    totalFilters: Record<string, Record<string, number>>
  }>
}

let loads = 0

/**
 * Searches a built site with the `pagefind.js` its build wrote, as the search page does, over a
 * local static server (the script fetches the index over HTTP). Node runs the browser script:
 * it needs only fetch, WebAssembly and TextDecoder. Call `close` when done.
 */
export async function searchSite(siteDir: string, basePath = '/') {
  const server = await startSiteServer(siteDir, { basePath })
  // The bundle is an ES module in a `.js` file: a package.json beside it tells Node so. A
  // query string per load gives each index its own module instance.
  await writeFile(path.join(siteDir, 'pagefind', 'package.json'), '{"type":"module"}\n')
  const url = `${pathToFileURL(path.join(siteDir, 'pagefind', 'pagefind.js')).href}?load=${(loads += 1)}`
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi
  await api.options({ basePath: `${server.url}${basePath}pagefind/`, baseUrl: basePath })
  await api.filters()
  return {
    async search(query: string, type?: string): Promise<{ hits: Hit[]; counts: Record<string, number> }> {
      const found = await api.search(query, type === undefined ? {} : { filters: { type } })
      const hits = await Promise.all(
        found.results.map(async (result) => {
          const data = await result.data()
          return { url: data.url, title: data.meta.title, type: data.filters.type, excerpt: data.excerpt }
        }),
      )
      return { hits, counts: found.totalFilters.type ?? {} }
    },
    close: () => server.close(),
  }
}
