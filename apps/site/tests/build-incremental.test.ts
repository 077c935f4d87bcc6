import { readFile, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { BrandSnapshotInput } from '@clinic/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MediaServer, startMediaServer, withMediaAt } from './helpers/mediaServer'
import { runBuild } from './helpers/runBuild'
import { makeTempDir, makeValidSnapshot, writeSnapshots } from './helpers/snapshots'

const HARBOR = 'harbor-lane-physio'

/** Every file below `dir`, relative, sorted. */
async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/**
 * The fixture with three articles: `related` shares a therapy with the fixture's article,
 * `unrelated` shares nothing with either (so its page shows neither).
 */
function threeArticles(media: MediaServer, relatedTitle = 'Getting back to running after plantar fasciitis'): BrandSnapshotInput {
  const snapshot = withMediaAt(makeValidSnapshot(), media.origin)
  const [first] = snapshot.articles
  if (first === undefined) throw new Error('the fixture has an article')
  snapshot.articles.push(
    { ...first, id: '602', slug: 'back-to-running', title: relatedTitle, categories: ['Sports'], relatedConditions: [], faqs: [], seo: { title: null, description: null, image: null } },
    { ...first, id: '603', slug: 'clinic-news', title: 'Our Tempe clinic opens on Saturdays', categories: ['Clinic news'], relatedTherapies: [], relatedConditions: [], faqs: [], seo: { title: null, description: null, image: null } },
  )
  return snapshot
}

/*
 * The build cache must never change what is published: a build that re-renders only what
 * changed must write exactly what a build from scratch writes.
 */
describe('incremental brand builds', () => {
  let tmp: string
  let media: MediaServer
  const out = () => path.join(tmp, 'dist')
  const cachedCopy = (page: string) => path.join(out(), '.cache', HARBOR, 'astro', 'dist', page)
  const build = (snapshots: string, extra: string[] = [], outDir = out()) =>
    runBuild(['--snapshot-dir', path.join(tmp, snapshots), '--brand', HARBOR, ...extra], { SITE_OUT_DIR: outDir })

  beforeAll(async () => {
    media = await startMediaServer()
    tmp = await makeTempDir('incremental')
    await writeSnapshots(path.join(tmp, 'before'), [threeArticles(media)])
    await writeSnapshots(path.join(tmp, 'after'), [threeArticles(media, 'Running again after heel pain: a six-week plan')])
  })

  afterAll(async () => {
    await media?.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('renders only the pages an edit changes, and publishes what a full build publishes', async () => {
    const first = await build('before')
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/\[1\/1\] harbor-lane-physio: built \d+ pages/)
    const unrelatedPage = path.join('articles', 'clinic-news', 'index.html')
    const relatedPage = path.join('articles', 'dry-needling-or-manual-therapy-for-neck-pain', 'index.html')
    const otherCategoryPage = path.join('articles', 'category', 'clinic-news', 'index.html')
    const mtime = async (page: string) => (await stat(cachedCopy(page))).mtimeMs
    const before = { unrelated: await mtime(unrelatedPage), related: await mtime(relatedPage), otherCategory: await mtime(otherCategoryPage) }
    expect(await readFile(path.join(out(), HARBOR, relatedPage), 'utf8')).toContain('Getting back to running after plantar fasciitis')

    // Same snapshot, same code: nothing to do.
    const again = await build('before')
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toMatch(/\[1\/1\] harbor-lane-physio: unchanged since its last build \(same snapshot and site code\); kept its \d+ pages/)

    // One article renamed: its page, the page listing it as related reading and the lists change.
    const edited = await build('after')
    expect(edited.code, edited.stderr).toBe(0)
    expect(edited.stdout).toMatch(/\[1\/1\] harbor-lane-physio: built \d+ pages/)
    expect(await readFile(path.join(out(), HARBOR, relatedPage), 'utf8')).toContain('Running again after heel pain: a six-week plan')
    expect(await mtime(relatedPage)).toBeGreaterThan(before.related)
    // The unrelated article's page and the list of a category without the renamed article were
    // copied from the cache, not rendered again.
    expect(await mtime(unrelatedPage)).toBe(before.unrelated)
    expect(await mtime(otherCategoryPage)).toBe(before.otherCategory)

    const full = await build('after', ['--full'], path.join(tmp, 'full'))
    expect(full.code, full.stderr).toBe(0)
    const incrementalFiles = await filesIn(path.join(out(), HARBOR))
    expect(incrementalFiles).toEqual(await filesIn(path.join(tmp, 'full', HARBOR)))
    for (const file of incrementalFiles) {
      expect(await readFile(path.join(out(), HARBOR, file)), file).toEqual(await readFile(path.join(tmp, 'full', HARBOR, file)))
    }
  })
})
