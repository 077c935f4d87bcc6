import { readFile, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { APPOINTMENT_FORM_CSS, APPOINTMENT_FORM_SCRIPT } from '@clinic/forms'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MediaServer, startMediaServer, withMediaAt } from './helpers/mediaServer'
import { type BuildResult, runBuild } from './helpers/runBuild'
import { makeSecondBrandSnapshot, makeTempDir, makeValidSnapshot, writeSnapshots } from './helpers/snapshots'

const HARBOR = 'harbor-lane-physio'
const CEDAR = 'cedar-point-rehab'
/** The other page with a script: the site search (tests/search-build.test.ts). */
const SEARCH_PAGE = path.join('search', 'index.html')

/** Code scripts of a page (JSON-LD is data), with their attributes. */
const codeScripts = (html: string) =>
  [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((match) => !(match[1] ?? '').includes('application/ld+json')).map((match) => ({ attrs: (match[1] ?? '').trim(), code: match[2] ?? '' }))

/** The options of a select, as `value label`. */
const optionsOf = (html: string, name: string) => {
  const select = new RegExp(`<select[^>]* name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? ''
  return [...select.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((match) => `${match[1]} ${match[2]}`)
}

/*
 * Real builds of two brands: Harbor Lane takes appointment requests (the fixture has an
 * endpoint), Cedar Point has none, so its site lists phone numbers and booking links only.
 */
describe('appointment requests in a built site', () => {
  let tmp: string
  let out: string
  let media: MediaServer
  let result: BuildResult
  /** A built page without Astro's scoping attributes, so assertions read like the markup we wrote. */
  const page = async (brand: string, sitePath: string) =>
    (await readFile(path.join(out, brand, sitePath, 'index.html'), 'utf8')).replace(/ data-astro-cid-[a-z0-9]+(="true")?/g, '')

  beforeAll(async () => {
    media = await startMediaServer()
    tmp = await makeTempDir('appointments')
    out = path.join(tmp, 'dist')
    const cedar = makeSecondBrandSnapshot()
    cedar.brand.appointmentUrl = null
    await writeSnapshots(path.join(tmp, 'snapshots'), [withMediaAt(makeValidSnapshot(), media.origin), withMediaAt(cedar, media.origin)])
    result = await runBuild(['--snapshot-dir', path.join(tmp, 'snapshots')], { SITE_OUT_DIR: out })
  })

  afterAll(async () => {
    await media?.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('builds both brands', () => {
    expect(result.code, result.stderr).toBe(0)
  })

  it('shows the full form on the request page, with its CSS and script, and keeps every clinic’s phone and booking link', async () => {
    const html = await page(HARBOR, 'request-appointment')
    expect(html).toContain('<form class="af" id="appointment-form" action="https://cms.harbor-lane-physio.example/api/appointment-requests/submit" method="post"')
    expect(html).toContain(`<style>${APPOINTMENT_FORM_CSS}</style>`)
    expect(codeScripts(html)).toEqual([{ attrs: 'type="module"', code: APPOINTMENT_FORM_SCRIPT }])
    expect(optionsOf(html, 'clinic')).toEqual([' Choose a clinic', '102 Harbor Lane Physio Tempe (Tempe, AZ)', '101 Harbor Lane Physio Portland (Portland, OR)'])
    expect(html).toContain('name="preferredDays"')
    expect(html).toContain('>Prefer to call or book online?</h2>')
    expect(html).toContain('href="tel:+15035550142"')
    expect(html).toContain('href="tel:+14805550134"')
    expect(html).toContain('<a href="https://booking.example/harbor-lane-tempe" rel="noopener noreferrer">')
  })

  it('gives a clinic page the short form for that clinic, with only the treatments its state allows', async () => {
    const portland = await page(HARBOR, 'locations/portland')
    expect(portland).toContain('>Request an appointment at Harbor Lane Physio Portland</h2>')
    expect(portland).toContain('<input type="hidden" id="appointment-clinic" name="clinic" value="101">')
    expect(optionsOf(portland, 'therapy')).toEqual([' No preference, or not sure', '202 Manual therapy'])
    expect(portland).not.toContain('name="preferredDays"')
    expect(codeScripts(portland)).toEqual([{ attrs: 'type="module"', code: APPOINTMENT_FORM_SCRIPT }])
    // Tempe books online: that stays first, and the form is another way.
    const tempe = await page(HARBOR, 'locations/tempe')
    expect(tempe).toContain('Book online')
    expect(tempe.indexOf('Book online')).toBeLessThan(tempe.indexOf('>Or send us a request</h2>'))
    expect(tempe).toContain('<input type="hidden" id="appointment-clinic" name="clinic" value="102">')
    expect(optionsOf(tempe, 'therapy')).toEqual([' No preference, or not sure', '201 Dry needling', '202 Manual therapy'])
  })

  it('links therapy and article pages to the request page', async () => {
    const fixture = makeValidSnapshot()
    for (const sitePath of [`therapies/${fixture.therapies[0]?.slug}`, `articles/${fixture.articles[0]?.slug}`]) {
      const html = await page(HARBOR, sitePath)
      expect(html, sitePath).toMatch(/<section class="booking"[^>]*>[\s\S]*?<a class="button" href="\/request-appointment\/"/)
      expect(codeScripts(html), sitePath).toEqual([])
    }
  })

  it('builds the thank-you page: noindex, what happens next, every clinic’s phone; not in the sitemap', async () => {
    const html = await page(HARBOR, 'request-appointment/thank-you')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).not.toContain('rel="canonical"')
    expect(html).toContain('>Thank you: we have your request</h1>')
    expect(html).toContain('>What happens next</h2>')
    expect(html).toContain('<a href="tel:+15035550142">(503) 555-0142</a>')
    expect(html).toContain('<a href="tel:+14805550134">(480) 555-0134</a>')
    expect(codeScripts(html)).toEqual([])
    const sitemap = await readFile(path.join(out, HARBOR, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).not.toContain('thank-you')
    expect(sitemap).toContain('<loc>https://www.harbor-lane-physio.example/privacy/</loc>')
  })

  it('publishes the privacy notice as paragraphs, linked from every page’s footer', async () => {
    const html = await page(HARBOR, 'privacy')
    expect(html).toContain('>Privacy notice</h1>')
    const [first, second] = makeValidSnapshot().brand.privacyNotice.split('\n\n')
    expect(html).toContain(`<p>${first}</p>`)
    expect(html).toContain(`<p>${second}</p>`)
    expect(await page(HARBOR, '')).toContain('<a href="/privacy/">Privacy notice</a>')
  })

  it('carries a script only on the pages with the form, and only the form’s', async () => {
    const files = (await readdir(path.join(out, HARBOR), { recursive: true })).filter((file) => file.endsWith('.html'))
    const withForm: string[] = []
    for (const file of files) {
      const html = await readFile(path.join(out, HARBOR, file), 'utf8')
      const scripts = codeScripts(html)
      if (html.includes('data-appointment-form')) {
        withForm.push(file)
        expect(scripts, file).toEqual([{ attrs: 'type="module"', code: APPOINTMENT_FORM_SCRIPT }])
        // The search page carries its own script (tests/search-build.test.ts).
      } else if (file !== SEARCH_PAGE) expect(scripts, file).toEqual([])
    }
    expect(withForm.sort()).toEqual(['locations/portland/index.html', 'locations/tempe/index.html', 'request-appointment/index.html'])
  })

  it('without an endpoint: no form, no script, no thank-you page; phone numbers and booking links instead', async () => {
    const html = await page(CEDAR, 'request-appointment')
    expect(html).not.toContain('<form')
    expect(html).toContain('href="tel:+15035550142"')
    expect(html).toContain('book online')
    await expect(stat(path.join(out, CEDAR, 'request-appointment', 'thank-you'))).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await page(CEDAR, 'privacy')).toContain('>Privacy notice</h1>')
    const portland = await page(CEDAR, 'locations/portland')
    expect(portland).not.toContain('<form')
    expect(portland).toContain('<a class="button" href="/request-appointment/?clinic=portland">')
    for (const file of (await readdir(path.join(out, CEDAR), { recursive: true })).filter((name) => name.endsWith('.html') && name !== SEARCH_PAGE)) {
      expect(codeScripts(await readFile(path.join(out, CEDAR, file), 'utf8')), file).toEqual([])
    }
  })
})
