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
 * The head of a built page with and without the search and social fields an editor sets in the
 * CMS (the snapshot's `seo`). The article page is rendered by scripts/render-preview.ts, the
 * one-article Astro build (the same layout and head as a site build, in seconds).
 */

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

async function renderArticle(dir: string, name: string, snapshot: BrandSnapshotInput): Promise<string> {
  const snapshotFile = path.join(dir, `${name}.json`)
  const outFile = path.join(dir, `${name}.html`)
  await writeFile(snapshotFile, JSON.stringify(snapshot))
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, 'scripts/render-preview.ts', '--snapshot', snapshotFile, '--out', outFile], {
      cwd: SITE_ROOT,
      env: childEnv({ SITE_PREVIEW_ARTICLE: snapshot.articles[0]?.id ?? '', ASTRO_TELEMETRY_DISABLED: '1' }),
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

const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')

/** The head's title, meta description and Open Graph / Twitter tags. */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf('</head>'))
  const meta = (attribute: 'name' | 'property', key: string) => {
    const match = new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(head)
    return match ? decode(match[1] ?? '') : null
  }
  return {
    title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''),
    description: meta('name', 'description'),
    ogTitle: meta('property', 'og:title'),
    ogDescription: meta('property', 'og:description'),
    ogImage: meta('property', 'og:image'),
    ogImageAlt: meta('property', 'og:image:alt'),
    twitterTitle: meta('name', 'twitter:title'),
    twitterDescription: meta('name', 'twitter:description'),
    twitterCard: meta('name', 'twitter:card'),
  }
}

describe('the head of a page', () => {
  let dir: string
  let withSeo: ReturnType<typeof headOf>
  let withoutSeo: ReturnType<typeof headOf>

  beforeAll(async () => {
    dir = await makeTempDir('seo-head')
    const set = makeValidSnapshot()
    const article = set.articles[0]!
    article.seo = {
      title: 'Neck pain: needles or hands? | Harbor Lane Physio',
      description: 'A physical therapist compares dry needling and manual therapy for a stiff neck.',
      image: set.providers?.[0]?.photo ?? null,
    }
    withSeo = headOf(await renderArticle(dir, 'with-seo', set))
    const empty = makeValidSnapshot()
    empty.articles[0]!.seo = { title: null, description: null, image: null }
    withoutSeo = headOf(await renderArticle(dir, 'without-seo', empty))
  }, 120_000)

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('uses the SEO title as it is, in the title, Open Graph and Twitter tags', () => {
    expect(withSeo.title).toBe('Neck pain: needles or hands? | Harbor Lane Physio')
    expect(withSeo.ogTitle).toBe(withSeo.title)
    expect(withSeo.twitterTitle).toBe(withSeo.title)
  })

  it('uses the SEO description and share image', () => {
    expect(withSeo.description).toBe('A physical therapist compares dry needling and manual therapy for a stiff neck.')
    expect(withSeo.ogDescription).toBe(withSeo.description)
    expect(withSeo.twitterDescription).toBe(withSeo.description)
    // The share image (the preview renders images unoptimised; a build copies them onto the brand's domain under the same name).
    expect(withSeo.ogImage).toContain('maren-okafor-treatment-room')
    expect(withSeo.ogImageAlt).toBe('Maren Okafor in a treatment room, holding a spine model')
    expect(withSeo.twitterCard).toBe('summary_large_image')
  })

  it('falls back to the page’s title with the brand’s name, its lead, and no image when it has none', () => {
    expect(withoutSeo.title).toBe('Dry needling or manual therapy for neck pain? | Harbor Lane Physio')
    expect(withoutSeo.ogTitle).toBe(withoutSeo.title)
    expect(withoutSeo.description).toBe('Two hands-on treatments for a stiff, sore neck, and how to choose between them.')
    expect(withoutSeo.twitterDescription).toBe(withoutSeo.description)
    expect(withoutSeo.ogImage).toBeNull()
    expect(withoutSeo.twitterCard).toBe('summary')
  })
})
