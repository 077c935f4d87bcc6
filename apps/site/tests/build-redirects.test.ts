import { existsSync } from 'node:fs'
import { readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { BrandSnapshotInput } from '@clinic/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MediaServer, startMediaServer, withMediaAt } from './helpers/mediaServer'
import { type BuildResult, runBuild } from './helpers/runBuild'
import { makeTempDir, makeValidSnapshot, writeSnapshots } from './helpers/snapshots'

const HARBOR = 'harbor-lane-physio'
const ARTICLE = 'articles/dry-needling-or-manual-therapy-for-neck-pain/'

/*
 * A real build of the fixture brand with its redirects, served under /<brand>/ as the demo and
 * the e2e run serve it; then a build where only the redirects changed, which must publish the
 * new redirects without rendering any page again.
 */
describe('redirects in a built site', () => {
  let tmp: string
  let media: MediaServer
  let first: BuildResult
  const out = () => path.join(tmp, 'dist')
  const built = (file: string) => path.join(out(), HARBOR, file)
  const build = (snapshots: string) => runBuild(['--snapshot-dir', path.join(tmp, snapshots), '--brand', HARBOR], { SITE_OUT_DIR: out(), SITE_BASE_PATH_PER_BRAND: 'true' })

  beforeAll(async () => {
    media = await startMediaServer()
    tmp = await makeTempDir('redirects')
    const before = withMediaAt(makeValidSnapshot(), media.origin)
    const after: BrandSnapshotInput = { ...structuredClone(before), redirects: [...(before.redirects ?? []).filter((redirect) => redirect.from !== '/careers/'), { from: '/blog/2020/heel-pain/', to: '/conditions/plantar-fasciitis/' }] }
    await writeSnapshots(path.join(tmp, 'before'), [before])
    await writeSnapshots(path.join(tmp, 'after'), [after])
    first = await build('before')
  })

  afterAll(async () => {
    await media?.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('writes the _redirects file with the base path, and says how many redirects it wrote', async () => {
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toContain('4 old addresses redirected (_redirects, and a page at each)')
    expect((await readFile(built('_redirects'), 'utf8')).split('\n').slice(1)).toEqual([
      `/${HARBOR}/blog/2019/desk-neck-pain/  /${HARBOR}/${ARTICLE}  301`,
      `/${HARBOR}/compare/needles-or-hands/  /${HARBOR}/compare/dry-needling-vs-manual-therapy/  301`,
      `/${HARBOR}/book-online.html  /${HARBOR}/request-appointment/?clinic=tempe  301`,
      `/${HARBOR}/careers/  https://jobs.harbor-lane-physio.example/openings  301`,
      '',
    ])
  })

  it('puts a page at each old path that leads to a built page, and keeps them out of the sitemap', async () => {
    const html = await readFile(built('blog/2019/desk-neck-pain/index.html'), 'utf8')
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${HARBOR}/${ARTICLE}">`)
    expect(html).toContain(`<link rel="canonical" href="https://www.harbor-lane-physio.example/${ARTICLE}">`)
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain(`<a href="/${HARBOR}/${ARTICLE}">`)
    // Where it leads is a page of this build.
    expect(existsSync(built(`${ARTICLE}index.html`))).toBe(true)
    expect(await readFile(built('book-online.html'), 'utf8')).toContain(`url=/${HARBOR}/request-appointment/?clinic=tempe`)

    const sitemap = await readFile(built('sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain(`https://www.harbor-lane-physio.example/${ARTICLE}`)
    for (const old of ['desk-neck-pain', 'needles-or-hands', 'book-online', 'careers']) expect(sitemap).not.toContain(old)
  })

  it('publishes changed redirects without rendering pages again, and drops the removed ones', async () => {
    const cachedArticle = path.join(out(), '.cache', HARBOR, 'astro', 'dist', ARTICLE, 'index.html')
    const renderedAt = (await stat(cachedArticle)).mtimeMs

    const second = await build('after')
    expect(second.code, second.stderr).toBe(0)
    expect(second.stdout).toMatch(/built \d+ pages/)
    // The snapshot changed, so Astro ran, but no page shows redirects: every page came from the cache.
    expect((await stat(cachedArticle)).mtimeMs).toBe(renderedAt)

    const file = await readFile(built('_redirects'), 'utf8')
    expect(file).toContain(`/${HARBOR}/blog/2020/heel-pain/  /${HARBOR}/conditions/plantar-fasciitis/  301`)
    expect(file).not.toContain('/careers/')
    expect(existsSync(built('careers/index.html'))).toBe(false)
    expect(await readFile(built('blog/2020/heel-pain/index.html'), 'utf8')).toContain(`url=/${HARBOR}/conditions/plantar-fasciitis/`)
  })
})
