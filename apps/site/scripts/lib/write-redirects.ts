import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { BrandSnapshot } from '@clinic/schema'
import { redirectsFile, refreshPage, siteRedirects } from '../../src/lib/redirects'

/**
 * Writes the brand's redirects into a finished build in `outDir` (see src/lib/redirects.ts): a
 * page at each old path and, when there is any, the `_redirects` file. An old path where the
 * build has a page keeps the page and is left out of both, with a warning: a page is never
 * redirected (the CMS and the snapshot refuse it; this catches the site's own routes too).
 * Returns how many redirects were written.
 */
export async function writeRedirects(outDir: string, snapshot: Pick<BrandSnapshot, 'brand' | 'redirects'>, base: string, warn: (message: string) => void): Promise<number> {
  const redirects = siteRedirects(snapshot.redirects, { domain: snapshot.brand.domain, base })
  const written = []
  for (const redirect of redirects) {
    const file = path.resolve(outDir, redirect.file)
    const inside = path.relative(outDir, file)
    if (inside.startsWith('..') || path.isAbsolute(inside)) throw new Error(`The redirect from ${redirect.from} would write outside the build (${file}); fix the redirect in the CMS.`)
    if (await stat(file).then(() => true, () => false)) {
      warn(`The redirect from ${redirect.from} was left out: the site has a page there (${redirect.file}). Delete the redirect in the CMS.`)
      continue
    }
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, refreshPage(redirect, snapshot.brand.name))
    written.push(redirect)
  }
  if (written.length > 0) await writeFile(path.join(outDir, '_redirects'), redirectsFile(written, snapshot.brand.name))
  return written.length
}
