import { spawn } from 'node:child_process'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SITE_ROOT } from './helpers/runBuild'
import { makeTempDir, makeValidSnapshot } from './helpers/snapshots'
import { childEnv } from './helpers/testEnv'

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/** Runs scripts/render-preview.ts as the CMS does (SITE_PREVIEW_DOCUMENT + --snapshot/--out); a bare id is an article's. */
function renderPreview(document: string, snapshotFile: string, outFile: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, 'scripts/render-preview.ts', '--snapshot', snapshotFile, '--out', outFile], {
      cwd: SITE_ROOT,
      env: childEnv({ SITE_PREVIEW_DOCUMENT: document.includes(':') ? document : `articles:${document}`, ASTRO_TELEMETRY_DISABLED: '1' }),
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stderr }))
  })
}

describe('render-preview', () => {
  it('renders the one article page with the site’s layout and styles, linking the CMS’s images as they are', async () => {
    const dir = await makeTempDir('preview')
    const snapshot = makeValidSnapshot()
    const article = snapshot.articles[0]
    if (!article) throw new Error('the fixture has no article')
    article.title = 'A draft title nobody has published'
    const snapshotFile = path.join(dir, 'snapshot.json')
    await writeFile(snapshotFile, JSON.stringify(snapshot))
    const outFile = path.join(dir, 'page.html')

    const result = await renderPreview(article.id, snapshotFile, outFile)
    expect(result.code, result.stderr).toBe(0)
    const html = await readFile(outFile, 'utf8')
    expect(html).toMatch(/<h1[^>]*>A draft title nobody has published<\/h1>/)
    expect(html).toMatch(/<style>[^<]+<\/style>/)
    // Images are not optimised for a preview: the page links the CMS's renditions.
    expect(html).not.toContain('/_astro/')
    // Nothing but the output file is left behind.
    expect(await readdir(dir)).toEqual(['page.html', 'snapshot.json'])
  }, 60_000)

  it.each([
    ['therapies', 'A draft therapy nobody has published'],
    ['comparisons', 'A draft comparison nobody has published'],
    ['conditions', 'A draft condition nobody has published'],
  ] as const)('renders the one %s page the document is, from the route map', async (collection, words) => {
    const dir = await makeTempDir(`preview-${collection}`)
    const snapshot = makeValidSnapshot()
    const doc = snapshot[collection][0]
    if (!doc) throw new Error(`the fixture has no ${collection}`)
    if ('title' in doc) doc.title = words
    else doc.name = words
    const snapshotFile = path.join(dir, 'snapshot.json')
    await writeFile(snapshotFile, JSON.stringify(snapshot))
    const outFile = path.join(dir, 'page.html')

    const result = await renderPreview(`${collection}:${doc.id}`, snapshotFile, outFile)
    expect(result.code, result.stderr).toBe(0)
    expect(await readFile(outFile, 'utf8')).toMatch(new RegExp(`<h1[^>]*>${words}</h1>`))
  }, 60_000)

  it('fails with the reason when the article is not in the snapshot', async () => {
    const dir = await makeTempDir('preview-missing')
    const snapshotFile = path.join(dir, 'snapshot.json')
    await writeFile(snapshotFile, JSON.stringify(makeValidSnapshot()))
    const result = await renderPreview('no-such-article', snapshotFile, path.join(dir, 'page.html'))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Article no-such-article is not in the snapshot of')
  }, 60_000)
})
