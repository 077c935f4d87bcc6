import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseBrandSnapshot } from '@clinic/schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AstroBuildJob, type AstroRunner, buildBrand } from './build-brand'
import type { SnapshotSource } from './snapshot-source'
import { swapDirectory } from './swap-directory'
import { leftoverWorkDirs, makeTempDir, makeValidSnapshot } from '../../tests/helpers/snapshots'

const HARBOR = 'harbor-lane-physio'

/** A source that serves fixed snapshots by slug. */
function fakeSource(snapshots: Record<string, unknown>): SnapshotSource {
  return {
    description: 'test snapshots',
    listBrands: () => Promise.resolve(Object.keys(snapshots)),
    readSnapshot: (slug) => (slug in snapshots ? Promise.resolve(snapshots[slug]) : Promise.reject(new Error(`no ${slug}`))),
  }
}

/** Stands in for Astro: writes one page, or fails half-way through like a real build can. */
function fakeAstro(outcome: 'succeed' | 'fail', jobs: AstroBuildJob[] = []): AstroRunner {
  return async (job) => {
    jobs.push(job)
    await mkdir(job.outDir, { recursive: true })
    await writeFile(path.join(job.outDir, 'index.html'), `<h1>new build of ${job.brand}</h1>`)
    if (outcome === 'fail') throw new Error('[content] render failed')
  }
}

describe('buildBrand', () => {
  let outRoot: string
  const target = () => path.join(outRoot, HARBOR)
  const warnings: string[] = []
  const options = () => ({ slug: HARBOR, outRoot, basePathPerBrand: false, warn: (message: string) => warnings.push(message) })

  beforeEach(async () => {
    outRoot = await makeTempDir('unit')
    warnings.length = 0
    await mkdir(target(), { recursive: true })
    await writeFile(path.join(target(), 'index.html'), '<h1>old build</h1>')
    await writeFile(path.join(target(), 'removed-page.html'), '<h1>a page the new build no longer has</h1>')
  })

  afterEach(async () => {
    await rm(outRoot, { recursive: true, force: true })
  })

  it('replaces the previous build as a whole and removes its work folder', async () => {
    const jobs: AstroBuildJob[] = []
    // Without redirects, the build is exactly what Astro wrote.
    const result = await buildBrand({ ...options(), source: fakeSource({ [HARBOR]: { ...makeValidSnapshot(), redirects: [] } }), runAstro: fakeAstro('succeed', jobs) })

    expect(result.pages).toBe(1)
    expect(await readdir(target())).toEqual(['index.html'])
    expect(await readFile(path.join(target(), 'index.html'), 'utf8')).toBe(`<h1>new build of ${HARBOR}</h1>`)
    expect((await readdir(outRoot)).sort()).toEqual(['.cache', HARBOR])
    expect(warnings).toEqual([])
  })

  it('hands Astro the validated snapshot, the brand domain as site, and a work folder inside the output root', async () => {
    const jobs: AstroBuildJob[] = []
    const snapshotsSeen: unknown[] = []
    const runAstro: AstroRunner = async (job, signal) => {
      snapshotsSeen.push(JSON.parse(await readFile(job.snapshotFile, 'utf8')))
      await fakeAstro('succeed', jobs)(job, signal)
    }
    await buildBrand({ ...options(), basePathPerBrand: true, source: fakeSource({ [HARBOR]: makeValidSnapshot() }), runAstro })

    const job = jobs[0]
    expect(job).toMatchObject({ brand: HARBOR, site: 'https://www.harbor-lane-physio.example', base: `/${HARBOR}/` })
    expect(path.dirname(path.dirname(job?.snapshotFile ?? ''))).toBe(outRoot)
    expect(path.basename(path.dirname(job?.snapshotFile ?? ''))).toMatch(/^\.building-harbor-lane-physio-/)
    // Astro works in the brand's build cache, at the same place every time.
    expect(job?.outDir).toBe(path.join(outRoot, '.cache', HARBOR, 'site'))
    expect(job?.cacheDir).toBe(path.join(outRoot, '.cache', HARBOR, 'astro'))
    expect(snapshotsSeen).toEqual([parseBrandSnapshot(makeValidSnapshot())])
  })

  it('adds the redirects after Astro: the _redirects file and a page at each old path, not counted as pages', async () => {
    const result = await buildBrand({ ...options(), basePathPerBrand: true, source: fakeSource({ [HARBOR]: makeValidSnapshot() }), runAstro: fakeAstro('succeed') })

    expect(result).toMatchObject({ pages: 1, redirects: 4 })
    expect((await readdir(target(), { recursive: true })).sort()).toEqual(
      ['_redirects', 'blog', 'blog/2019', 'blog/2019/desk-neck-pain', 'blog/2019/desk-neck-pain/index.html', 'book-online.html', 'careers', 'careers/index.html', 'compare', 'compare/needles-or-hands', 'compare/needles-or-hands/index.html', 'index.html'].map((name) => name.split('/').join(path.sep)),
    )
    expect(await readFile(path.join(target(), '_redirects'), 'utf8')).toContain(`/${HARBOR}/blog/2019/desk-neck-pain/  /${HARBOR}/articles/dry-needling-or-manual-therapy-for-neck-pain/  301\n`)
    expect(await readFile(path.join(target(), 'careers', 'index.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=https://jobs.harbor-lane-physio.example/openings">')
    expect(warnings).toEqual([])
  })

  it('keeps a page Astro built at an old path, leaves that redirect out and says so', async () => {
    const snapshot = makeValidSnapshot()
    snapshot.redirects = [
      { from: '/about-us/', to: '/locations/' },
      { from: '/our-people/', to: '/locations/' },
    ]
    const runAstro: AstroRunner = async (job, signal) => {
      await fakeAstro('succeed')(job, signal)
      await mkdir(path.join(job.outDir, 'about-us'), { recursive: true })
      await writeFile(path.join(job.outDir, 'about-us', 'index.html'), '<h1>About us</h1>')
    }
    const result = await buildBrand({ ...options(), source: fakeSource({ [HARBOR]: snapshot }), runAstro })

    expect(result.redirects).toBe(1)
    expect(await readFile(path.join(target(), 'about-us', 'index.html'), 'utf8')).toBe('<h1>About us</h1>')
    expect(await readFile(path.join(target(), '_redirects'), 'utf8')).not.toContain('/about-us/')
    expect(warnings).toEqual(['The redirect from /about-us/ was left out: the site has a page there (about-us/index.html). Delete the redirect in the CMS.'])
  })

  it('leaves the previous build untouched when Astro fails', async () => {
    const before = await readFile(path.join(target(), 'index.html'))

    await expect(
      buildBrand({ ...options(), source: fakeSource({ [HARBOR]: makeValidSnapshot() }), runAstro: fakeAstro('fail') }),
    ).rejects.toThrow('[content] render failed')

    expect(await readFile(path.join(target(), 'index.html'))).toEqual(before)
    expect((await readdir(target())).sort()).toEqual(['index.html', 'removed-page.html'])
    expect(await leftoverWorkDirs(outRoot)).toEqual([])
  })

  it('does not start Astro for an invalid snapshot', async () => {
    const broken = makeValidSnapshot()
    broken.brand.theme.primary = 'blue'
    const jobs: AstroBuildJob[] = []

    await expect(
      buildBrand({ ...options(), source: fakeSource({ [HARBOR]: broken }), runAstro: fakeAstro('succeed', jobs) }),
    ).rejects.toThrow(`brand ${HARBOR}: brand 1 field theme.primary: colour must be a #rrggbb hex value`)
    expect(jobs).toEqual([])
    expect(await readdir(outRoot)).toEqual([HARBOR])
  })

  it('refuses to publish one brand under another brand\'s slug', async () => {
    await expect(
      buildBrand({ ...options(), slug: 'cedar-point-rehab', source: fakeSource({ 'cedar-point-rehab': makeValidSnapshot() }), runAstro: fakeAstro('succeed') }),
    ).rejects.toThrow('The snapshot requested as brand "cedar-point-rehab" is the snapshot of brand "harbor-lane-physio"')
  })

  it('rejects a slug that could escape the output folder', async () => {
    await expect(
      buildBrand({ ...options(), slug: '../etc', source: fakeSource({}), runAstro: fakeAstro('succeed') }),
    ).rejects.toThrow('"../etc" is not a valid brand slug')
  })
})

describe('buildBrand with the brand build cache', () => {
  let outRoot: string
  const cacheDir = () => path.join(outRoot, '.cache', HARBOR)
  const warnings: string[] = []
  const build = (snapshot: unknown, runAstro: AstroRunner, extra: { full?: boolean } = {}) =>
    buildBrand({ slug: HARBOR, outRoot, basePathPerBrand: false, warn: (message) => warnings.push(message), source: fakeSource({ [HARBOR]: snapshot }), runAstro, ...extra })
  /** Like fakeAstro, and leaves a file in Astro's cache folder as a real build leaves its manifest. */
  const cachingAstro = (jobs: AstroBuildJob[], outcome: 'succeed' | 'fail' = 'succeed'): AstroRunner => async (job, signal) => {
    await mkdir(job.cacheDir, { recursive: true })
    await writeFile(path.join(job.cacheDir, 'incremental-build.json'), `{"build":${jobs.length}}`)
    await fakeAstro(outcome, jobs)(job, signal)
  }
  const edited = () => {
    const snapshot = makeValidSnapshot()
    const article = snapshot.articles[0]
    if (article === undefined) throw new Error('the fixture has an article')
    article.title = `${article.title} (revised)`
    return snapshot
  }

  beforeEach(async () => {
    outRoot = await makeTempDir('cache')
    warnings.length = 0
  })

  afterEach(async () => {
    await rm(outRoot, { recursive: true, force: true })
  })

  it('skips Astro when the snapshot and site code are those of the build in place, and keeps the output', async () => {
    const jobs: AstroBuildJob[] = []
    expect(await build(makeValidSnapshot(), cachingAstro(jobs))).toMatchObject({ pages: 1, unchanged: false })
    const again = await build(makeValidSnapshot(), cachingAstro(jobs))

    expect(again).toMatchObject({ pages: 1, unchanged: true })
    expect(jobs).toHaveLength(1)
    expect(await readFile(path.join(outRoot, HARBOR, 'index.html'), 'utf8')).toBe(`<h1>new build of ${HARBOR}</h1>`)
    expect(await readdir(path.join(cacheDir()))).not.toContain('lock')
  })

  it('builds again when the snapshot changed, with the same persistent Astro cache folder', async () => {
    const jobs: AstroBuildJob[] = []
    await build(makeValidSnapshot(), cachingAstro(jobs))
    const result = await build(edited(), cachingAstro(jobs))

    expect(result.unchanged).toBe(false)
    expect(jobs.map((job) => job.cacheDir)).toEqual([path.join(cacheDir(), 'astro'), path.join(cacheDir(), 'astro')])
    expect(await readFile(path.join(cacheDir(), 'astro', 'incremental-build.json'), 'utf8')).toBe('{"build":1}')
  })

  it('builds again when the output was removed, even with the same snapshot', async () => {
    const jobs: AstroBuildJob[] = []
    await build(makeValidSnapshot(), cachingAstro(jobs))
    await rm(path.join(outRoot, HARBOR), { recursive: true })

    expect(await build(makeValidSnapshot(), cachingAstro(jobs))).toMatchObject({ unchanged: false })
    expect(jobs).toHaveLength(2)
  })

  it('empties the cache after a failed build, so nothing it half-wrote is reused', async () => {
    const jobs: AstroBuildJob[] = []
    await build(makeValidSnapshot(), cachingAstro(jobs))
    await expect(build(edited(), cachingAstro(jobs, 'fail'))).rejects.toThrow('[content] render failed')

    expect(await readdir(cacheDir())).toEqual([])
    // The earlier output stays, and the next build with its snapshot runs Astro again (no stamp).
    expect(await readFile(path.join(outRoot, HARBOR, 'index.html'), 'utf8')).toBe(`<h1>new build of ${HARBOR}</h1>`)
    expect(await build(makeValidSnapshot(), cachingAstro(jobs))).toMatchObject({ unchanged: false })
  })

  it('starts from an empty cache with `full`', async () => {
    const jobs: AstroBuildJob[] = []
    await build(makeValidSnapshot(), cachingAstro(jobs))
    const seen: string[] = []
    const result = await build(makeValidSnapshot(), async (job, signal) => {
      seen.push(...(await readdir(job.cacheDir).catch(() => [])))
      await cachingAstro(jobs)(job, signal)
    }, { full: true })

    expect(result.unchanged).toBe(false)
    expect(seen).toEqual([])
  })

  it('builds without the cache, and says so, while another running build holds it', async () => {
    await mkdir(path.join(cacheDir(), 'lock'), { recursive: true })
    await writeFile(path.join(cacheDir(), 'lock', 'pid'), String(process.pid))
    const jobs: AstroBuildJob[] = []
    await build(makeValidSnapshot(), cachingAstro(jobs))

    expect(path.relative(outRoot, jobs[0]?.cacheDir ?? '')).toMatch(/^\.building-harbor-lane-physio-[^/]+\/cache$/)
    expect(path.relative(outRoot, jobs[0]?.outDir ?? '')).toMatch(/^\.building-harbor-lane-physio-[^/]+\/site$/)
    expect(warnings).toEqual([`another build of ${HARBOR} is using its build cache; building every page without it.`])
    expect(await readFile(path.join(cacheDir(), 'lock', 'pid'), 'utf8')).toBe(String(process.pid))
  })

  it('takes over the lock of a build that died', async () => {
    await mkdir(path.join(cacheDir(), 'lock'), { recursive: true })
    // Pids are below 2^22 on Linux; this one cannot be running.
    await writeFile(path.join(cacheDir(), 'lock', 'pid'), String(2 ** 22 + 1))
    const jobs: AstroBuildJob[] = []
    await build(makeValidSnapshot(), cachingAstro(jobs))

    expect(jobs[0]?.cacheDir).toBe(path.join(cacheDir(), 'astro'))
    expect(warnings).toEqual([])
    expect(await readdir(cacheDir())).not.toContain('lock')
  })
})

describe('swapDirectory', () => {
  let root: string

  beforeEach(async () => {
    root = await makeTempDir('swap')
  })

  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('moves a new build into place when there was none', async () => {
    await mkdir(path.join(root, 'next'))
    await writeFile(path.join(root, 'next', 'index.html'), 'new')

    await swapDirectory(path.join(root, 'next'), path.join(root, 'site'), path.join(root, 'trash'))

    expect(await readFile(path.join(root, 'site', 'index.html'), 'utf8')).toBe('new')
  })

  it('puts the old build back when the new one cannot be moved in', async () => {
    await mkdir(path.join(root, 'site'))
    await writeFile(path.join(root, 'site', 'index.html'), 'old')

    await expect(swapDirectory(path.join(root, 'missing'), path.join(root, 'site'), path.join(root, 'trash'))).rejects.toMatchObject({ code: 'ENOENT' })

    expect(await readFile(path.join(root, 'site', 'index.html'), 'utf8')).toBe('old')
    expect(await readdir(root)).toEqual(['site'])
  })
})
