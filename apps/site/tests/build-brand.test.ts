import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseBrandSnapshot } from '@clinic/schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AstroBuildJob, type AstroRunner, buildBrand } from '../scripts/lib/build-brand'
import type { SnapshotSource } from '../scripts/lib/snapshot-source'
import { swapDirectory } from '../scripts/lib/swap-directory'
import { leftoverWorkDirs, makeTempDir, makeValidSnapshot } from './helpers/snapshots'

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
    const result = await buildBrand({ ...options(), source: fakeSource({ [HARBOR]: makeValidSnapshot() }), runAstro: fakeAstro('succeed', jobs) })

    expect(result.pages).toBe(1)
    expect(await readdir(target())).toEqual(['index.html'])
    expect(await readFile(path.join(target(), 'index.html'), 'utf8')).toBe(`<h1>new build of ${HARBOR}</h1>`)
    expect(await readdir(outRoot)).toEqual([HARBOR])
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
    expect(path.dirname(path.dirname(job?.outDir ?? ''))).toBe(outRoot)
    expect(path.basename(path.dirname(job?.outDir ?? ''))).toMatch(/^\.building-harbor-lane-physio-/)
    expect(snapshotsSeen).toEqual([parseBrandSnapshot(makeValidSnapshot())])
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
