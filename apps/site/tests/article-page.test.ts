import { spawn } from 'node:child_process'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrandSnapshotInput } from '@clinic/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_ROOT } from './helpers/runBuild'
import { makeTempDir, makeValidSnapshot } from './helpers/snapshots'
import { childEnv } from './helpers/testEnv'

/*
 * The article page as a visitor gets it: subtitle, state notices for the therapies it
 * discusses, the closing FAQ list, links to the site's own pages and the embedded comparison's
 * advice. Each page is rendered by scripts/render-preview.ts, the one-article Astro build the
 * CMS's preview uses (the same page, layout and components as a site build, in seconds).
 */

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

async function renderArticle(dir: string, name: string, snapshot: BrandSnapshotInput): Promise<string> {
  const snapshotFile = path.join(dir, `${name}.json`)
  const outFile = path.join(dir, `${name}.html`)
  await writeFile(snapshotFile, JSON.stringify(snapshot))
  const articleId = snapshot.articles[0]?.id ?? ''
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, 'scripts/render-preview.ts', '--snapshot', snapshotFile, '--out', outFile], {
      cwd: SITE_ROOT,
      env: childEnv({ SITE_PREVIEW_ARTICLE: articleId, ASTRO_TELEMETRY_DISABLED: '1' }),
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.once('error', reject)
    child.once('close', (exitCode) => resolve({ code: exitCode, stderr: err }))
  })
  if (code !== 0) throw new Error(`render-preview failed for ${name}: ${stderr}`)
  return readFile(outFile, 'utf8')
}

/** The JSON-LD Article node of a page: the main entity of its MedicalWebPage. */
function articleLdOf(html: string): Record<string, unknown> | undefined {
  const nodes = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((match) => {
    const parsed: unknown = JSON.parse(match[1] ?? 'null')
    return (Array.isArray(parsed) ? parsed : [parsed]).map((node: unknown) => (node as { mainEntity?: unknown } | null)?.mainEntity ?? node)
  })
  return nodes.find((node): node is Record<string, unknown> => typeof node === 'object' && node !== null && (node as { '@type'?: unknown })['@type'] === 'Article')
}

describe('the article page', () => {
  let dir: string
  /** The fixture: subtitle, FAQ 502 both in the body's FAQ block and in the closing list, dry needling not offered in Oregon where the brand has a clinic. */
  let fixturePage: string
  /** Changed: no subtitle, the body's FAQ block holds 501 only, the brand takes no requests, and its clinics' states allow every therapy. */
  let otherPage: string

  beforeAll(async () => {
    dir = await makeTempDir('article-page')
    fixturePage = await renderArticle(dir, 'fixture', makeValidSnapshot())
    const other = makeValidSnapshot()
    const article = other.articles[0]!
    article.subtitle = null
    article.faqs = ['502', '501']
    for (const node of article.body) if (node.type === 'faqGroup') node.faqs = ['501']
    other.brand.acceptsAppointments = false
    other.brand.appointmentUrl = null
    other.therapies[0]!.notOfferedInStates = ['NY', 'CA']
    otherPage = await renderArticle(dir, 'other', other)
  }, 120_000)

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('shows the subtitle under the title, in the heading group, and gives it as the alternative headline', () => {
    expect(fixturePage).toMatch(/<hgroup[^>]*><h1[^>]*>Dry needling or manual therapy for neck pain\?<\/h1><p class="subtitle"[^>]*>What each one does, and how to choose<\/p><\/hgroup>/)
    expect(articleLdOf(fixturePage)?.alternativeHeadline).toBe('What each one does, and how to choose')
    expect(otherPage).not.toContain('<hgroup')
    expect(otherPage).toMatch(/<h1[^>]*>Dry needling or manual therapy for neck pain\?<\/h1>/)
    expect(articleLdOf(otherPage)).not.toHaveProperty('alternativeHeadline')
  })

  it('says where a therapy it discusses is not offered at the brand’s clinics, and nothing when all of them may offer it', () => {
    expect(fixturePage).toMatch(/<p class="notice"[^>]*><a href="[^"]*\/therapies\/dry-needling\/"[^>]*>Dry needling<\/a> is not offered at our clinic in Oregon\.<\/p>/)
    expect(otherPage).not.toContain('is not offered')
  })

  it('does not repeat in the closing list a question the body’s FAQ block already shows', () => {
    // The fixture's only closing FAQ (502) is in the body's block: no closing list at all.
    expect(fixturePage).toContain('id="faq--how-many-sessions-will-i-need"')
    expect(fixturePage).not.toContain('id="faq-how-many-sessions-will-i-need"')
    expect(fixturePage).not.toContain('>Frequently asked questions</h2>')
    // With 502 only in the closing list and 501 in both, the list holds 502 alone.
    expect(otherPage).toContain('>Frequently asked questions</h2>')
    expect(otherPage).toContain('id="faq-how-many-sessions-will-i-need"')
    expect(otherPage).toContain('id="faq--does-dry-needling-hurt"')
    expect(otherPage).not.toContain('id="faq-does-dry-needling-hurt"')
    // The structured data still names each question once.
    expect(fixturePage.match(/"name":"Does dry needling hurt\?"/g)).toHaveLength(1)
  })

  it('links a "book" link to the request page, or to the locations where the brand takes no requests', () => {
    expect(fixturePage).toMatch(/<a href="[^"]*\/request-appointment\/"[^>]*>Book a visit<\/a> if the pain lasts longer than two weeks\./)
    expect(otherPage).toMatch(/<a href="[^"]*\/locations\/"[^>]*>Book a visit<\/a> if the pain lasts longer than two weeks\./)
    expect(otherPage).not.toContain('request-appointment/"')
  })

  it('shows the embedded comparison’s advice under its table', () => {
    expect(fixturePage).toMatch(/<dt[^>]*>When to choose Dry needling<\/dt><dd[^>]*><p[^>]*>A knot that keeps coming back despite stretching\.<\/p><\/dd>/)
    expect(fixturePage).toMatch(/<dt[^>]*>Can they be combined\?<\/dt><dd[^>]*><p[^>]*><strong>Yes\.<\/strong> Needling first/)
  })
})
