import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { MDXInstance } from 'astro'
import { beforeAll, describe, expect, it } from 'vitest'
import { mdxComponents } from '../src/components/mdx/mdxComponents'
import { type MdxModule, landingPagesOf } from '../src/lib/landingPages'
import AccessibilityPage from '../src/pages/accessibility.astro'
import EmbedsEverything from './fixtures/mdx/embeds-everything.mdx'
import MissingComparison from './fixtures/mdx/missing-comparison.mdx'
import { render, textOf } from './helpers/render'
import { makeTempDir, makeValidSnapshot } from './helpers/snapshots'
import { setSiteEnv } from './helpers/testEnv'

/*
 * The MDX pages: the accessibility statement every brand publishes and the brands' landing
 * pages. Their components read the brand from the snapshot file, as in a build.
 */

type Content = MDXInstance<Record<string, unknown>>['default']

beforeAll(async () => {
  const file = path.join(await makeTempDir('mdx'), 'harbor-lane-physio.json')
  await writeFile(file, JSON.stringify(makeValidSnapshot()))
  // Read by src/env.ts on the first loadSite(); each test file runs in its own process.
  setSiteEnv({ SITE_SNAPSHOT_FILE: file })
})

describe('the accessibility statement', () => {
  it('names the brand, its phone and e-mail, the appointment page and a response time', async () => {
    const html = await render(AccessibilityPage, {})
    const text = textOf(html)
    expect(html).toContain('<h1>Accessibility statement</h1>')
    expect(text).toContain('Harbor Lane Physio wants everyone to be able to read about our care')
    expect(text).toContain('WCAG) 2.2 at level AA')
    expect(html).toContain('<a href="tel:+15035550100">(503) 555-0100</a>')
    expect(html).toContain('<a href="mailto:hello@harbor-lane-physio.example">hello@harbor-lane-physio.example</a>')
    expect(html).toContain('<a href="/request-appointment/">Send us a request online</a>')
    expect(text).toContain('We reply within two working days')
    expect(html).toContain('<time datetime="2026-12-03">December 3, 2026</time>')
  })

  it('keeps the headings in order: one h1, then h2 sections', async () => {
    const html = await render(AccessibilityPage, {})
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]))
    const main = levels.slice(levels.indexOf(1))
    expect(main.filter((level) => level === 1)).toHaveLength(1)
    for (const [index, level] of main.entries()) if (index > 0) expect(level - (main[index - 1] ?? 1)).toBeLessThanOrEqual(1)
  })

  it('is linked from the footer, with no script on the page but structured data', async () => {
    const html = await render(AccessibilityPage, {})
    expect(html).toContain('<li><a href="/accessibility/">Accessibility statement</a></li>')
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/)
  })
})

describe('landing page components', () => {
  it('embed the comparison table, the clinic list and the booking box from the snapshot', async () => {
    const html = await render(EmbedsEverything, { components: mdxComponents })
    expect(html).toContain('<caption>Dry needling vs manual therapy</caption>')
    expect(html).toContain('<th scope="row">Tool used</th><td>Fine filament needles</td><td>The therapist’s hands</td>')
    expect(html).toContain('<h3>Harbor Lane Physio Portland</h3>')
    expect(html).toContain('<a href="tel:+15035550142">(503) 555-0142</a>')
    expect(html).toContain('Request an appointment')
  })

  it('stop the build, naming the slug and what the brand has, when a comparison is not in the snapshot', async () => {
    await expect(render(MissingComparison, { components: mdxComponents })).rejects.toThrow(
      'embeds the comparison "cupping-vs-massage", which brand harbor-lane-physio has not published (its comparisons: dry-needling-vs-manual-therapy)',
    )
  })
})

describe('landingPagesOf', () => {
  const Content = (() => null) as unknown as Content
  const modules: Record<string, MdxModule<Content>> = {
    '../../content/landing/harbor-lane-physio/spring-check-up.mdx': { frontmatter: { title: 'Spring check-up', description: 'Book a spring check-up.' }, default: Content },
    '../../content/landing/harbor-lane-physio/about-needling.mdx': { frontmatter: { title: 'About needling', description: 'What needling is.' }, default: Content },
    '../../content/landing/cedar-point-rehab/other.mdx': { frontmatter: { title: 'Other brand', description: 'Not ours.' }, default: Content },
  }

  it('gives a brand its own files only, by slug', () => {
    expect(landingPagesOf('harbor-lane-physio', modules).map((page) => [page.slug, page.title])).toEqual([
      ['about-needling', 'About needling'],
      ['spring-check-up', 'Spring check-up'],
    ])
  })

  it('gives a brand without a folder no pages', () => {
    expect(landingPagesOf('mesquite-ridge-pt', modules)).toEqual([])
  })

  it('refuses frontmatter without a description, or a file name that is not a slug, naming the file', () => {
    const noDescription = { '../../content/landing/harbor-lane-physio/bare.mdx': { frontmatter: { title: 'Bare' }, default: Content } }
    expect(() => landingPagesOf('harbor-lane-physio', noDescription)).toThrow('src/content/landing/harbor-lane-physio/bare.mdx: the frontmatter needs a title and a description (description:')
    const badName = { '../../content/landing/harbor-lane-physio/Spring Offer.mdx': { frontmatter: { title: 'A', description: 'B' }, default: Content } }
    expect(() => landingPagesOf('harbor-lane-physio', badName)).toThrow('Spring Offer.mdx: the file name is the page\'s URL, so it must be a slug')
  })

  it('reads every landing file in src/content/landing', () => {
    const files = import.meta.glob<MdxModule<Content>>('../src/content/landing/*/*.mdx', { eager: true })
    const brands = new Set(Object.keys(files).map((key) => key.split('/').at(-2) ?? ''))
    expect(brands.size).toBeGreaterThan(0)
    for (const brand of brands) expect(landingPagesOf(brand, files).length, brand).toBeGreaterThan(0)
  })
})
