import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stateName, toTelHref } from '@clinic/schema'
import { type MediaServer, startMediaServer, withMediaAt } from './helpers/mediaServer'
import { type BuildResult, runBuild } from './helpers/runBuild'
import { leftoverWorkDirs, makeSecondBrandSnapshot, makeTempDir, makeValidSnapshot, writeSnapshots } from './helpers/snapshots'

const HARBOR = 'harbor-lane-physio'
const CEDAR = 'cedar-point-rehab'

/*
 * One real build of two brands in beforeAll; the failure cases then run against that output,
 * because what they must prove is that a failed build leaves an earlier good one alone.
 */
describe('build-brands.ts with a snapshot directory', () => {
  let tmp: string
  let outDir: string
  let first: BuildResult
  let media: MediaServer
  const valid = () => withMediaAt(makeValidSnapshot(), media.origin)
  const second = () => withMediaAt(makeSecondBrandSnapshot(), media.origin)

  beforeAll(async () => {
    media = await startMediaServer()
    tmp = await makeTempDir('dir')
    outDir = path.join(tmp, 'dist')
    await writeSnapshots(path.join(tmp, 'snapshots'), [valid(), second()])
    // Two brands built side by side, each in its own process.
    first = await runBuild(['--snapshot-dir', path.join(tmp, 'snapshots')], { SITE_OUT_DIR: outDir, SITE_BUILD_CONCURRENCY: '2' })
  })

  afterAll(async () => {
    await media?.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('builds every brand into <out>/<brand>/index.html and reports progress', async () => {
    // Both fixture palettes have an accent too light for its background: the build corrects it and says so.
    // Sorted: the two builds run at the same time, so their lines may come in either order.
    expect(first.stderr.split('\n').filter(Boolean).sort()).toEqual([
      '  cedar-point-rehab │ Theme colour corrected for WCAG AA contrast: accent #e9c46a → #ac914e: contrast on background 1.67 → 3.03',
      '  harbor-lane-physio │ Theme colour corrected for WCAG AA contrast: accent #f2a541 → #c28434: contrast on background 1.96 → 3.02',
    ])
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('Building 2 brands at a time (SITE_BUILD_CONCURRENCY).')
    expect(first.stdout).toMatch(/^\[1\/2\] cedar-point-rehab: built \d+ pages in \d+\.\d s \(\d+ pages in \d+\.\d s so far, \d+ pages\/s\)$/m)
    expect(first.stdout).toMatch(/^\[2\/2\] harbor-lane-physio: built \d+ pages in \d+\.\d s/m)
    // The page weights of each page type follow each brand.
    expect(first.stdout).toMatch(/^ {4}article +\d+\.\d KB \/ \d+\.\d KB +\d+\.\d KB \/ \d+\.\d KB +0\.0 KB \/ 0\.0 KB +\d+\.\d KB/m)
    // Every image a page shows is a file of the build (optimised by Astro), none missing or remote.
    expect(first.stdout).toMatch(/^ {4}page type +HTML raw \/ gzip +CSS raw \/ gzip +JS raw \/ gzip +images raw \(phone\)$/m)
    expect(first.stdout).not.toMatch(/missing\)|remote\)/)
    // Every image was downloaded from the media host to be optimised.
    expect(media.requests.length).toBeGreaterThan(0)
    expect(await leftoverWorkDirs(outDir)).toEqual([])

    const html = await readFile(path.join(outDir, HARBOR, 'index.html'), 'utf8')
    const fixture = valid()
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/i)
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    expect(html).toContain('Harbor Lane Physio</h1>')
    expect(html).toContain(fixture.brand.tagline)
    for (const article of fixture.articles) {
      expect(html).toContain(article.title)
      expect(html).toContain(article.excerpt)
      expect(html).toContain(`${article.readingTimeMinutes} min read`)
    }
    for (const therapy of fixture.therapies) expect(html).toContain(therapy.name)
    for (const clinic of fixture.clinics) {
      expect(html).toContain(clinic.name)
      // Grouped by state, then city, with the phone to call.
      expect(html).toContain(`>${stateName(clinic.address.state)}</h3>`)
      expect(html).toContain(`>${clinic.address.city}:</span>`)
      expect(html).toContain(`href="${toTelHref(clinic.phone)}"`)
    }
    expect(html).toContain('--color-primary: #1f5c7a')
    expect(html).toContain('--color-accent: #c28434')
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i)
    // The fixture's Portland clinic closes for a day within two weeks of the snapshot, and has shortened hours later.
    expect(html).toContain('Closed on Monday, March 9 (Staff training)</strong>')
    const portlandHtml = await readFile(path.join(outDir, HARBOR, 'locations', 'portland', 'index.html'), 'utf8')
    expect(portlandHtml).toContain('Holiday and special hours</h3>')
    expect(portlandHtml).toMatch(/May 22–25, 2026<\/th>\s*<td[^>]*>9:00 AM – 1:00 PM<span class="note"[^>]*>Memorial Day weekend<\/span>/)
    const article = fixture.articles[0]
    if (article === undefined) throw new Error('the fixture has an article')
    const articleHtml = await readFile(path.join(outDir, HARBOR, 'articles', article.slug, 'index.html'), 'utf8')
    expect(articleHtml).toContain(`${article.title}</h1>`)
    expect(articleHtml).toContain(fixture.brand.medicalDisclaimer)

    const other = await readFile(path.join(outDir, CEDAR, 'index.html'), 'utf8')
    expect(other).toContain('Cedar Point Rehab</h1>')
    expect(other).toContain('--color-primary: #2d6a4f')
    expect(other).not.toContain('Harbor Lane Physio')
  })

  it('fails on an invalid snapshot, names brand, collection, document and field, keeps the previous build, and still builds the others', async () => {
    const before = await readFile(path.join(outDir, HARBOR, 'index.html'))
    const broken = valid()
    const tempe = broken.clinics[1]
    if (tempe === undefined) throw new Error('the fixture has a second clinic')
    tempe.openingHours[2] = { day: 'wednesday', closed: false, opens: '17:00', closes: '09:00' }
    await writeSnapshots(path.join(tmp, 'broken-hours'), [broken, second()])

    const result = await runBuild(['--snapshot-dir', path.join(tmp, 'broken-hours')], { SITE_OUT_DIR: outDir })

    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`brand ${HARBOR}: clinics ${tempe.id} field openingHours.2.closes: closing time must be after opening time`)
    expect(result.stderr).toContain(`1 of 2 brands failed: ${HARBOR}`)
    // The valid brand was still tried; its snapshot is the one already built, so its pages were kept.
    expect(result.stdout).toMatch(/^\[1\/2\] cedar-point-rehab: unchanged since its last build \(same snapshot and site code\); kept its \d+ pages/m)
    expect(await readFile(path.join(outDir, HARBOR, 'index.html'))).toEqual(before)
    expect(await leftoverWorkDirs(outDir)).toEqual([])
  })

  it('names the article and field when an article refers to a missing author', async () => {
    const before = await readFile(path.join(outDir, HARBOR, 'index.html'))
    const broken = valid()
    const article = broken.articles[0]
    if (article === undefined) throw new Error('the fixture has an article')
    article.author = '999'
    await writeSnapshots(path.join(tmp, 'missing-author'), [broken])

    const result = await runBuild(['--snapshot-dir', path.join(tmp, 'missing-author'), '--brand', HARBOR], { SITE_OUT_DIR: outDir })

    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`brand ${HARBOR}: articles ${article.id} field author: refers to authors 999`)
    expect(await readFile(path.join(outDir, HARBOR, 'index.html'))).toEqual(before)
    expect(await leftoverWorkDirs(outDir)).toEqual([])
  })

  it('fails for a requested brand that has no snapshot, naming it', async () => {
    const result = await runBuild(['--snapshot-dir', path.join(tmp, 'snapshots'), '--brand', 'no-such-brand'], { SITE_OUT_DIR: outDir })

    expect(result.code).toBe(1)
    expect(result.stderr).toContain('has no brand "no-such-brand"')
    expect(result.stderr).toContain(`it has: ${CEDAR}, ${HARBOR}`)
  })

  it('refuses to start without a snapshot source', async () => {
    const result = await runBuild([], { SITE_OUT_DIR: outDir })

    expect(result.code).toBe(2)
    expect(result.stderr).toContain('No snapshot source: set CMS_URL and CMS_BUILD_TOKEN, or SNAPSHOT_DIR')
  })
})
