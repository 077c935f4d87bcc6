import fs from 'node:fs/promises'
import path from 'node:path'
import { type ImportReport, ImportReportSchema } from '@clinic/schema'
import { strToU8, zipSync } from 'fflate'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectInputs } from '../../src/import/inputFiles'
import type { ImportLimits, InputFile } from '../../src/import/types'
import type { Brand } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { type ImageServer, startImageServer } from './helpers/imageServer'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * The whole import (src/import/runImport.ts) on the fixture corpus (tests/fixtures/import/),
 * through the Local API and through `POST /api/imports/run` in Payload's REST handler: dry runs
 * write nothing, real runs write drafts and an `imports` record, bad inputs each get a line in
 * the report while the others still import, and only network admins and brand admins (into
 * their brands) may import. Images are served by a local server standing in for the old sites.
 */

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import')
const MAX_INPUT_MB = 1
const LIMITS: ImportLimits = { maxInputBytes: MAX_INPUT_MB * 1024 * 1024, maxPosts: 50, maxImageBytes: 2 * 1024 * 1024, imageTimeoutMs: 1_000 }
const fixture = async (name: string): Promise<InputFile> => ({ name: path.basename(name), bytes: new Uint8Array(await fs.readFile(path.join(FIXTURES, name))) })

/** A saved post page of the fictional Linden Court Physio, in the shape of a classic WordPress theme. */
const page = (slug: string, title: string) => `<!doctype html><html><head><title>${title} - Linden Court Physio</title>
<link rel="canonical" href="https://lindencourt-physio.example/blog/${slug}/"></head>
<body><article><h1 class="entry-title">${title}</h1><div class="entry-content">
<p>Our therapists in Millbrook answer this question every week.</p><h2>What to expect</h2><p>Gentle work, then exercises for home.</p>
</div></article></body></html>`

/** A request body that sends 64 KiB chunks for as long as it is read (up to 20 MB), calling `onChunk` for each. */
function endlessBody(onChunk: () => void): ReadableStream<Uint8Array> {
  let chunks = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      chunks += 1
      onChunk()
      if (chunks > 320) controller.close()
      else controller.enqueue(new Uint8Array(64 * 1024))
    },
  })
}

describe.skipIf(skipDatabase)('post import: the whole pipeline', () => {
  let cms: TestCms
  let payload: Payload
  let images: ImageServer
  let brandA: Brand
  let brandB: Brand
  let people: Record<'admin' | 'brandAdminA' | 'brandAdminB' | 'editorA' | 'contributorA', Person>
  let restPost: typeof import('./helpers/restForm').restPost
  let formOf: typeof import('./helpers/restForm').formOf
  let restGet: typeof import('./helpers/rest').restGet
  // Loaded after startPayload: the importer reads the environment (the test database's) when first loaded.
  let runImport: typeof import('../../src/import/runImport').runImport

  const find = async (collection: CollectionSlug, where: Record<string, unknown> = {}, draft = true): Promise<Doc[]> =>
    (await payload.find({ collection, where: where as never, draft, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as Doc[]

  /** How many documents (and versions) every collection holds. */
  async function everything(): Promise<Record<string, number>> {
    const out: Record<string, number> = {}
    for (const collection of payload.config.collections) {
      const slug = collection.slug as CollectionSlug
      // The jobs queue is filled by Payload's scheduler on its own clock (the daily prunes), not by the request.
      if (slug === 'payload-jobs') continue
      out[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
      if (collection.versions) out[`${slug} versions`] = (await payload.countVersions({ collection: slug, overrideAccess: true })).totalDocs
    }
    return out
  }

  const run = (files: InputFile[], options: { dryRun?: boolean; brand?: string } = {}) =>
    runImport(payload, {
      brand: options.brand ?? String(brandA.slug),
      files,
      dryRun: options.dryRun ?? false,
      overwritePublished: false,
      user: null,
      limits: LIMITS,
      imagesFrom: { kind: 'url', url: new URL(images.url) },
      trustedImageSources: true,
    })

  beforeAll(async () => {
    cms = await startPayload({ IMPORT_MAX_INPUT_MB: String(MAX_INPUT_MB), IMPORT_IMAGE_TIMEOUT_MS: '1000' })
    payload = cms.payload
    payload.logger.level = 'silent'
    images = await startImageServer()
    ;({ restPost, formOf } = await import('./helpers/restForm'))
    ;({ restGet } = await import('./helpers/rest'))
    ;({ runImport } = await import('../../src/import/runImport'))
    ;({ brands: { a: brandA, b: brandB }, people } = await createBrandsAndPeople(payload, {
      domain: 'import-run.example',
      brands: { a: 'Harbor Ridge Physio', b: 'Linden Court Physio' },
      people: {
        admin: { role: 'admin', brands: [] },
        brandAdminA: { role: 'brand-admin', brands: ['a'] },
        brandAdminB: { role: 'brand-admin', brands: ['b'] },
        editorA: { role: 'editor', brands: ['a'] },
        contributorA: { role: 'contributor', brands: ['a'] },
      },
    }))
    for (const name of ['Dry needling', 'Massage therapy', 'Acupuncture']) {
      await payload.create({ collection: 'therapies', overrideAccess: true, data: { ...minimalDocument('therapies', name, [brandA.id, brandB.id]), _status: 'published' } as never })
    }
    for (const name of ['Plantar fasciitis', 'Low back pain', 'Sciatica']) {
      await payload.create({ collection: 'conditions', overrideAccess: true, data: { ...minimalDocument('conditions', name, [brandA.id, brandB.id]), _status: 'published' } as never })
    }
  })
  afterAll(async () => {
    await images?.close()
    await cms?.stop()
  })

  describe('a dry run', () => {
    it('reports every post and writes nothing, in any collection', async () => {
      const before = await everything()
      const { report, importId } = await run([await fixture('wordpress-export.xml'), await fixture('wordpress-block-theme.html')], { dryRun: true })
      expect(importId).toBeNull()
      expect(ImportReportSchema.parse(report).dryRun).toBe(true)
      expect(report.documents.map((post) => post.source)).toEqual([
        'wordpress-export.xml#101',
        'wordpress-export.xml#102',
        'wordpress-export.xml#103',
        'wordpress-export.xml#104',
        'wordpress-block-theme.html',
      ])
      expect(report.documents.every((post) => post.status === 'new' && post.written.length === 0)).toBe(true)
      expect(await everything()).toEqual(before)
      expect(images.requested).toEqual([])
    })
  })

  describe('importing the fixture corpus', () => {
    let report: ImportReport
    let importId: Id | null
    const therapiesBefore: Doc[] = []

    beforeAll(async () => {
      therapiesBefore.push(...(await find('therapies', {}, false)))
      const inputs = await collectInputs([FIXTURES], LIMITS)
      ;({ report, importId } = await run(inputs.files))
    })

    const post = (source: string) => {
      const found = report.documents.find((entry) => entry.source === source)
      if (!found) throw new Error(`${source} is not in the report: ${JSON.stringify(report.errors)}`)
      return found
    }
    const articleOf = async (source: string): Promise<Doc> => {
      const id = post(source).written.find((entry) => entry.collection === 'articles')?.id
      const [article] = await find('articles', { id: { equals: id } })
      if (!article) throw new Error(`no article for ${source}`)
      return article
    }
    const blocks = (article: Doc) => (article.body as { root: { children: { type: string; value?: unknown; fields?: Record<string, unknown> }[] } }).root.children

    it('imports every readable post as a draft, and records the import', async () => {
      expect(report.documents.map((entry) => entry.source).sort()).toEqual(
        [
          'clinic-chain-cms.html',
          'squarespace.html',
          'wix.html',
          'wordpress-block-theme.html',
          'wordpress-export.xml#101',
          'wordpress-export.xml#102',
          'wordpress-export.xml#103',
          'wordpress-export.xml#104',
          'wordpress-magazine-theme.html',
        ].sort(),
      )
      expect(report.documents.every((entry) => entry.status === 'new')).toBe(true)
      expect(await find('articles', { _status: { equals: 'published' } }, false)).toEqual([])
      const [record] = await find('imports', { id: { equals: importId } }, false)
      expect(record).toMatchObject({ status: 'partial', brand: brandA.id, importedBy: null, counts: expect.objectContaining({ created: 9, failed: 3 }) })
      expect(ImportReportSchema.parse(record?.report).documents).toHaveLength(9)
      expect(String(record?.summary)).toMatch(/9 new drafts/)
      expect((record?.articles as Id[]).length).toBe(9)
    })

    it('gives each bad input a line naming the file and the reason', () => {
      expect(report.errors).toEqual(
        expect.arrayContaining([
          { source: 'bad/truncated.xml', reason: expect.stringMatching(/cut short/) },
          { source: 'bad/not-xml.xml', reason: expect.stringMatching(/neither a web page/) },
          { source: 'bad/no-title.html', reason: expect.stringMatching(/no title/) },
        ]),
      )
    })

    it('leaves out the export\'s pages, drafts, trashed and private posts, attachments, menu items and blocks, each with a reason', () => {
      const reasons = Object.fromEntries(report.skipped.map((issue) => [issue.source, issue.reason]))
      expect(reasons['wordpress-export.xml#110']).toMatch(/page/)
      expect(reasons['wordpress-export.xml#120']).toMatch(/draft/)
      expect(reasons['wordpress-export.xml#121']).toMatch(/trash/)
      expect(reasons['wordpress-export.xml#122']).toMatch(/private/)
      expect(reasons['wordpress-export.xml#201']).toMatch(/attachment/)
      expect(reasons['wordpress-export.xml#301']).toMatch(/menu item/)
      expect(reasons['wordpress-export.xml#401']).toMatch(/block/)
    })

    it('embeds a new draft comparison where the table was', async () => {
      const article = await articleOf('wordpress-block-theme.html')
      const embed = blocks(article).find((node) => node.fields?.blockType === 'comparisonEmbed')
      const [comparison] = await find('comparisons', { id: { equals: embed?.fields?.comparison } })
      expect(comparison).toMatchObject({ _status: 'draft', brands: [brandA.id] })
      const therapies = await find('therapies', { id: { in: comparison?.therapies as Id[] } }, false)
      expect(therapies.map((therapy) => therapy.name).sort()).toEqual(['Dry needling', 'Massage therapy'])
      expect((comparison?.grid as { rows: unknown[] }).rows.length).toBeGreaterThan(2)
    })

    it('makes FAQ documents of an FAQ section, shown in the FAQ block', async () => {
      const article = await articleOf('wordpress-export.xml#102')
      const block = blocks(article).find((node) => node.fields?.blockType === 'faqGroup')
      const faqs = await find('faqs', { id: { in: block?.fields?.faqs as Id[] } })
      expect(faqs).toHaveLength(post('wordpress-export.xml#102').faqs.length)
      expect(faqs.length).toBeGreaterThan(0)
      expect(faqs.every((faq) => faq._status === 'draft')).toBe(true)
    })

    it('downloads images with their alt text, and the featured image as hero', async () => {
      const article = await articleOf('wordpress-export.xml#101')
      const [hero] = await find('media', { id: { equals: article.heroImage } }, false)
      expect(hero?.brands).toEqual([brandA.id])
      const desk = await articleOf('wordpress-export.xml#103')
      const upload = blocks(desk).find((node) => node.type === 'upload')
      const [image] = await find('media', { id: { equals: upload?.value } }, false)
      expect(image?.alt).toBe('A massage therapist working on the upper back of an office worker')
      expect(images.requested).toContain('/wp-content/uploads/2023/11/desk-massage.jpg')
    })

    it('keeps the old site\'s search title and description', async () => {
      expect((await articleOf('wordpress-export.xml#102')).seo).toMatchObject({ title: 'Soreness after dry needling: what is normal' })
      expect((await articleOf('wordpress-export.xml#101')).seo).toMatchObject({ description: 'Dry needling and acupuncture compared: origin, targets, cost and who performs them.' })
    })

    it('redirects each old address to its article', async () => {
      const article = await articleOf('wordpress-export.xml#101')
      const [redirect] = await find('redirects', { from: { equals: '/blog/dry-needling-or-acupuncture/' } }, false)
      expect(redirect).toMatchObject({ brand: brandA.id, to: { type: 'reference', reference: { relationTo: 'articles', value: article.id } } })
    })

    it('updates the same drafts when the corpus is imported again, adding nothing but the new record', async () => {
      const counted = ['articles', 'faqs', 'comparisons', 'authors', 'media', 'redirects', 'imported-posts'] as const
      const count = async () => Object.fromEntries(await Promise.all(counted.map(async (collection) => [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs])))
      const before = await count()
      const again = await run((await collectInputs([FIXTURES], LIMITS)).files)
      expect(again.report.errors).toEqual(report.errors)
      expect(again.report.documents.map((entry) => entry.status)).toEqual(report.documents.map(() => 'update'))
      expect(again.report.documents.map((entry) => entry.slug)).toEqual(report.documents.map((entry) => entry.slug))
      expect(await count()).toEqual(before)
      expect(again.importId).not.toBe(importId)
    })

    it('proposes therapy facts but never changes a therapy', async () => {
      const facts = post('wordpress-magazine-theme.html').therapyFacts
      expect(facts).toContainEqual(expect.objectContaining({ therapy: 'Dry needling', field: 'notOfferedInStates', value: expect.arrayContaining(['OR', 'CA']) }))
      expect(await find('therapies', {}, false)).toEqual(therapiesBefore)
    })
  })

  describe('bad inputs', () => {
    let report: ImportReport

    beforeAll(async () => {
      const traversal = zipSync({ '../../outside.html': strToU8(page('outside', 'Outside the folder')), 'inside.html': strToU8(page('inside-the-zip', 'Inside the zip')) })
      const bomb = zipSync({ 'huge.html': new Uint8Array(40 * 1024 * 1024) }, { level: 9 })
      const tooLarge = new Uint8Array(LIMITS.maxInputBytes + 1).fill(0x20)
      ;({ report } = await run(
        [
          { name: 'traversal.zip', bytes: traversal },
          { name: 'bomb.zip', bytes: bomb },
          { name: 'too-large.html', bytes: tooLarge },
          { name: 'fine.html', bytes: strToU8(page('still-imported', 'Still imported')) },
        ],
        { brand: String(brandB.slug) },
      ))
    })

    it('refuses a zip entry that climbs out of its folder, and still reads the rest of the zip', () => {
      expect(report.errors).toContainEqual({ source: expect.stringMatching(/traversal\.zip/), reason: expect.stringMatching(/refused/) })
      expect(report.documents.map((post) => post.title)).toContain('Inside the zip')
    })

    it('refuses a zip that unpacks to more than the limit', () => {
      expect(report.errors).toContainEqual({ source: expect.stringMatching(/bomb\.zip/), reason: expect.stringMatching(/./) })
    })

    it('refuses a file over the size limit', () => {
      expect(report.errors).toContainEqual({ source: 'too-large.html', reason: expect.stringMatching(/IMPORT_MAX_INPUT_MB/) })
    })

    it('still imports the other posts', async () => {
      expect(report.documents.map((post) => post.title).sort()).toEqual(['Inside the zip', 'Still imported'])
      expect((await find('articles', { slug: { equals: 'still-imported' } })).map((article) => article.brands)).toEqual([[brandB.id]])
    })
  })

  describe('POST /api/imports/run', () => {
    const form = (brand: string, dryRun: boolean, slug = 'from-rest') => formOf({ brand, dryRun: String(dryRun) }, [{ name: `${slug}.html`, bytes: page(slug, `From REST ${slug}`) }])

    it('refuses the public, editors and contributors, whatever the brand', async () => {
      expect((await restPost('/imports/run', { body: form(String(brandA.slug), true) })).status).toBe(401)
      for (const who of [people.editorA, people.contributorA]) {
        const response = await restPost('/imports/run', { headers: apiKeyAuth(who), body: form(String(brandA.slug), true) })
        expect(response.status).toBe(403)
        expect((await response.json()).errors[0].message).toMatch(/Only network admins and brand admins/)
      }
    })

    it('lets a brand admin preview an import into their brand, writing nothing', async () => {
      const before = await everything()
      const response = await restPost('/imports/run', { headers: apiKeyAuth(people.brandAdminA), body: form(String(brandA.slug), true) })
      expect(response.status).toBe(200)
      const body = (await response.json()) as { report: unknown; importId: unknown }
      expect(body.importId).toBeNull()
      expect(ImportReportSchema.parse(body.report).documents.map((post) => post.slug)).toEqual(['from-rest'])
      expect(await everything()).toEqual(before)
    })

    it('refuses a brand admin another brand, existing or not, with the same answer', async () => {
      const before = await everything()
      const other = await restPost('/imports/run', { headers: apiKeyAuth(people.brandAdminA), body: form(String(brandB.slug), false) })
      const missing = await restPost('/imports/run', { headers: apiKeyAuth(people.brandAdminA), body: form('no-such-brand', false) })
      expect([other.status, missing.status]).toEqual([403, 403])
      expect((await other.json()).errors[0].message.replace(String(brandB.slug), 'X')).toBe((await missing.json()).errors[0].message.replace('no-such-brand', 'X'))
      expect(await everything()).toEqual(before)
    })

    it('lets a brand admin import into their brand and a network admin into any, recording each import for that brand', async () => {
      const own = await restPost('/imports/run', { headers: apiKeyAuth(people.brandAdminA), body: form(String(brandA.slug), false, 'by-brand-admin') })
      expect(own.status).toBe(201)
      const network = await restPost('/imports/run', { headers: apiKeyAuth(people.admin), body: form(String(brandB.slug), false, 'by-network-admin') })
      expect(network.status).toBe(201)
      const { importId, report } = (await network.json()) as { importId: Id; report: ImportReport }
      expect(report.documents[0]?.status).toBe('new')
      const [article] = await find('articles', { slug: { equals: 'by-network-admin' } })
      expect(article?.brands).toEqual([brandB.id])
      // The record is the brand's: its staff read it, another brand's staff do not.
      expect((await restGet(`/imports/${importId}`, apiKeyAuth(people.brandAdminB))).status).toBe(200)
      expect([403, 404]).toContain((await restGet(`/imports/${importId}`, apiKeyAuth(people.brandAdminA))).status)
      const ownImport = ((await own.json()) as { importId: Id }).importId
      const [ownRecord] = await find('imports', { id: { equals: ownImport } }, false)
      expect(ownRecord).toMatchObject({ brand: brandA.id, status: 'succeeded' })
      expect(ownRecord?.importedBy).not.toBeNull()
    })

    it('refuses an upload over the limit by its declared size, before reading it', async () => {
      let pulled = 0
      const body = endlessBody(() => {
        pulled += 1
      })
      const response = await restPost('/imports/run', {
        headers: { ...apiKeyAuth(people.admin), 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(100 * 1024 * 1024) },
        body,
      })
      expect(response.status).toBe(413)
      expect((await response.json()).errors[0].message).toMatch(/IMPORT_MAX_INPUT_MB/)
      expect(pulled).toBeLessThan(4)
    })

    it('stops reading an upload without a declared size at the limit', async () => {
      let sent = 0
      const body = endlessBody(() => {
        sent += 64 * 1024
      })
      const response = await restPost('/imports/run', { headers: { ...apiKeyAuth(people.admin), 'Content-Type': 'multipart/form-data; boundary=x' }, body })
      expect(response.status).toBe(413)
      expect(sent).toBeLessThan(3 * 1024 * 1024)
    })

    it('answers 415 to anything but a multipart form, and 400 without files', async () => {
      const json = await restPost('/imports/run', { headers: { ...apiKeyAuth(people.admin), 'Content-Type': 'application/json' }, body: JSON.stringify({ brand: brandA.slug }) })
      expect(json.status).toBe(415)
      const empty = await restPost('/imports/run', { headers: apiKeyAuth(people.admin), body: formOf({ brand: String(brandA.slug) }) })
      expect(empty.status).toBe(400)
      expect((await empty.json()).errors[0].message).toMatch(/at least one file/)
    })
  })
})
