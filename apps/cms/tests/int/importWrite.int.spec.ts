import type { ImportBlockNode, ImportComparison, ImportFaq, ImportImage, ImportTherapyFact } from '@clinic/schema'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type GridCell, cellText } from '../../src/collections/Comparisons/grid'
import type { BrandRef } from '../../src/import/plan/context'
import type { PlanInput, PlannedPost } from '../../src/import/plan/planPost'
import type { ImportLimits, SourcePost } from '../../src/import/types'
import { uploadRefsOf } from '../../src/richText/uploadRefs'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type ImageServer, startImageServer } from './helpers/imageServer'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Writing planned posts (src/import/write/) through the Local API: drafts with their relations,
 * images from a local server standing in for the old site, re-imports, published documents left
 * alone, and posts that fail without leaving anything behind. The posts are made by hand here
 * (reading and converting have their own tests); tests/int/importRun.int.spec.ts runs the whole
 * pipeline on the fixture files.
 */

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

const OLD = 'https://old-clinic.example'
const LIMITS: ImportLimits = { maxInputBytes: 5 * 1024 * 1024, maxPosts: 100, maxImageBytes: 2 * 1024 * 1024, imageTimeoutMs: 1_000 }
const WRITTEN_COLLECTIONS = ['articles', 'faqs', 'comparisons', 'authors', 'media', 'redirects', 'imported-posts'] as const

const text = (value: string) => ({ type: 'text' as const, text: value })
const words = (value: string): ImportBlockNode => ({ type: 'paragraph', children: [text(value)] })
const heading = (value: string): ImportBlockNode => ({ type: 'heading', level: 2, children: [text(value)] })
const link = (href: string, label: string) => ({ type: 'link' as const, target: { kind: 'external' as const, href, newTab: false }, children: [text(label)] })

interface PostSpec {
  slug: string
  title?: string
  author?: string | null
  images?: ImportImage[]
  hero?: ImportImage | null
  body?: ImportBlockNode[]
  faqs?: ImportFaq[]
  comparisons?: Omit<ImportComparison, 'existing'>[]
  therapyFacts?: ImportTherapyFact[]
}

/** A post as reading, converting and the structure finders would hand it over. */
function post(spec: PostSpec): PlanInput {
  const body = spec.body ?? [words(`The lead of ${spec.slug}.`), heading('More'), words('Section text.')]
  const source: SourcePost = {
    source: `export.xml#${spec.slug}`,
    key: `${OLD}/?p=${spec.slug}`,
    sourceUrl: `${OLD}/blog/${spec.slug}/`,
    title: spec.title ?? `About ${spec.slug}`,
    subtitle: null,
    publishedAt: '2024-05-06T07:08:09.000Z',
    author: spec.author === undefined ? 'Noor Castell' : spec.author,
    categories: ['Treatments'],
    excerpt: null,
    html: '',
    heroImage: spec.hero ?? null,
    jsonLd: [],
    warnings: [],
  }
  return {
    source,
    converted: { body, images: spec.images ?? [], oldSiteLinks: [], warnings: [] },
    structure: { body, faqs: spec.faqs ?? [], comparisons: spec.comparisons ?? [], therapyFacts: spec.therapyFacts ?? [], warnings: [] },
  }
}

const image = (path: string, alt = 'A therapist treating a runner\'s calf', role: ImportImage['role'] = 'body'): ImportImage => ({ src: `${OLD}${path}`, alt, caption: '', role })

/**
 * The importer's modules, loaded after `startPayload`: some of them read the environment
 * (src/env.ts) when first loaded, and must read the test database's, not the default one.
 */
const importer = async () => ({
  ...(await import('../../src/import/plan/context')),
  ...(await import('../../src/import/plan/planPost')),
  ...(await import('../../src/import/write/fetchImage')),
  ...(await import('../../src/import/write/writeImport')),
})

describe.skipIf(skipDatabase)('post import: writing drafts', () => {
  let cms: TestCms
  let loadPlanContext: Awaited<ReturnType<typeof importer>>['loadPlanContext']
  let newPlanState: Awaited<ReturnType<typeof importer>>['newPlanState']
  let planPost: Awaited<ReturnType<typeof importer>>['planPost']
  let createImageFetcher: Awaited<ReturnType<typeof importer>>['createImageFetcher']
  let writeImport: Awaited<ReturnType<typeof importer>>['writeImport']
  let payload: Payload
  let images: ImageServer
  let brand: BrandRef
  let otherBrand: BrandRef
  let therapyIds: { needling: Id; massage: Id }
  let existingAuthor: Id
  let brandAdmin: TypedUser

  const find = async (collection: (typeof WRITTEN_COLLECTIONS)[number] | 'therapies', where: Record<string, unknown> = {}, draft = true): Promise<Doc[]> =>
    (await payload.find({ collection, where: where as never, draft, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as Doc[]
  const counts = async (): Promise<Record<string, number>> => Object.fromEntries(await Promise.all(WRITTEN_COLLECTIONS.map(async (collection) => [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs])))
  const articleBySlug = async (slug: string): Promise<Doc> => {
    const [doc] = await find('articles', { slug: { equals: slug } })
    if (!doc) throw new Error(`no article ${slug}`)
    return doc
  }

  /** Plans `inputs` against the database and writes them, as the import does. */
  async function importPosts(inputs: PlanInput[], { user = null, overwritePublished = false, into = brand }: { user?: TypedUser | null; overwritePublished?: boolean; into?: BrandRef } = {}) {
    const context = await loadPlanContext(payload, into)
    const state = newPlanState(context)
    const posts: PlannedPost[] = []
    for (const input of inputs) {
      const outcome = planPost(input, context, state, { overwritePublished })
      if (!('post' in outcome)) throw new Error(`planning failed: ${JSON.stringify(outcome)}`)
      posts.push(outcome.post)
    }
    const imageFetcher = createImageFetcher({ limits: LIMITS, imagesFrom: { kind: 'url', url: new URL(images.url) }, oldOrigins: [OLD], files: [], trusted: true })
    return writeImport(payload, { posts, earlier: context.earlier.values() }, { brand: into, user, overwritePublished, limits: LIMITS, imageFetcher })
  }

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    payload.logger.level = 'silent'
    ;({ loadPlanContext, newPlanState, planPost, createImageFetcher, writeImport } = await importer())
    images = await startImageServer()
    const created = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Harbor Lane Physio') })
    brand = { id: created.id, slug: created.slug, name: created.name }
    const other = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Quarry Hill Physio') })
    otherBrand = { id: other.id, slug: other.slug, name: other.name }
    const therapy = async (name: string) =>
      (await payload.create({ collection: 'therapies', overrideAccess: true, data: { ...minimalDocument('therapies', name, [brand.id, otherBrand.id]), _status: 'published' } as never })).id
    therapyIds = { needling: await therapy('Dry needling'), massage: await therapy('Massage therapy') }
    existingAuthor = (await payload.create({ collection: 'authors', overrideAccess: true, data: { name: 'Noor Castell', brands: [brand.id] } as never })).id
    brandAdmin = (await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'admin@harbor-lane.example', password: 'harbor-lane-admin-pw', name: 'Harbor admin', role: 'brand-admin', brands: [brand.id as number] },
    })) as unknown as TypedUser
    brandAdmin = { ...brandAdmin, collection: 'users' } as TypedUser
  })
  afterAll(async () => {
    await images?.close()
    await cms?.stop()
  })

  describe('a post with images, FAQs, a comparison and a link', () => {
    let before: Record<string, number>
    let result: Awaited<ReturnType<typeof importPosts>>
    const therapyBefore: Doc[] = []

    beforeAll(async () => {
      therapyBefore.push(...(await find('therapies', {}, false)))
      before = await counts()
      const comparison: Omit<ImportComparison, 'existing'> = {
        therapies: ['Dry needling', 'Massage'],
        rows: [{ label: 'Tool used', values: ['Thin needles', 'Hands'] }],
        whenToChoose: [{ therapy: 'Dry needling', text: 'Choose needling for one stubborn knot.' }],
        combination: 'They work well in one visit.',
        conditionGuidance: [],
      }
      result = await importPosts([
        post({
          slug: 'needles-or-hands',
          title: 'Needles or hands?',
          images: [image('/wp-content/uploads/2024/03/calf.jpg')],
          hero: image('/wp-content/uploads/2024/03/hero.jpg', 'People stretching in a park', 'hero'),
          body: [
            words('Both ease tight muscles.'),
            heading('Side by side'),
            { type: 'comparison', comparison: 0 },
            { type: 'image', image: 0 },
            { type: 'paragraph', children: [text('See also '), link(`${OLD}/blog/heat-or-ice/`, 'heat or ice'), text(' and '), link('https://elsewhere.example/', 'a guide')] },
            { type: 'faqGroup', title: 'Questions about needling', faqs: [0, 1] },
          ],
          faqs: [
            { question: 'Does dry needling hurt?', answer: 'A brief ache, then relief.' },
            { question: 'How often should I come?', answer: 'Weekly, for a few weeks.' },
          ],
          comparisons: [comparison],
          therapyFacts: [{ therapy: 'Dry needling', field: 'cost', value: { minCents: 4500, maxCents: 12000 }, quote: 'Sessions cost $45-$120.' }],
        }),
        post({ slug: 'heat-or-ice', images: [image('/wp-content/uploads/2024/03/calf.jpg', 'The same calf again')], body: [words('Lead.'), { type: 'image', image: 0 }] }),
      ])
    })

    it('reports both posts as new drafts, with what was written', () => {
      expect(result.errors).toEqual([])
      expect(result.documents.map((doc) => doc.status)).toEqual(['new', 'new'])
      const written = result.documents[0]?.written.map((entry) => entry.collection).sort()
      expect(written).toEqual(['articles', 'comparisons', 'faqs', 'faqs', 'media', 'media', 'redirects'])
    })

    it('creates drafts only, of the brand, crediting the existing author', async () => {
      const article = await articleBySlug('needles-or-hands')
      expect(article._status).toBe('draft')
      expect(article.brands).toEqual([brand.id])
      expect(article.author).toBe(existingAuthor)
      expect(article.excerpt).toBe('Both ease tight muscles.')
      expect(article.categories).toEqual(['Treatments'])
      expect(article.publishedAt).toBe('2024-05-06T07:08:09.000Z')
      expect((await find('articles', { _status: { equals: 'published' } }, false)).length).toBe(0)
      expect((await find('faqs', { _status: { equals: 'published' } }, false)).length).toBe(0)
      expect((await find('authors')).length).toBe(1)
    })

    it('puts the FAQ documents in the FAQ block and embeds the comparison', async () => {
      const article = await articleBySlug('needles-or-hands')
      const blocks = JSON.stringify(article.body)
      const faqs = await find('faqs', { brands: { in: [brand.id] } })
      expect(faqs.map((faq) => faq.question).sort()).toEqual(['Does dry needling hurt?', 'How often should I come?'])
      expect(faqs.every((faq) => faq._status === 'draft' && faq.topic === 'Questions about needling')).toBe(true)
      const root = (article.body as { root: { children: { type: string; fields?: Record<string, unknown> }[] } }).root
      const faqBlock = root.children.find((node) => node.fields?.blockType === 'faqGroup')
      expect(faqBlock?.fields?.faqs).toEqual(faqs.map((faq) => faq.id).sort((a, b) => (String(a) < String(b) ? -1 : 1)))
      const [comparison] = await find('comparisons')
      expect(comparison?._status).toBe('draft')
      expect(comparison?.therapies).toEqual([therapyIds.needling, therapyIds.massage])
      expect(comparison?.title).toBe('Dry needling vs Massage therapy')
      const embed = root.children.find((node) => node.fields?.blockType === 'comparisonEmbed')
      expect(embed?.fields).toMatchObject({ comparison: comparison?.id, showAdvice: false })
      expect(comparison?.whenToChoose).toEqual([expect.objectContaining({ therapy: therapyIds.needling })])
      expect(JSON.stringify(comparison?.whenToChoose)).toContain('Choose needling for one stubborn knot.')
      // The table's values land in the cells of their therapy columns.
      const grid = comparison?.grid as { rows: { label: string; cells: Record<string, GridCell> }[] }
      expect(grid.rows.map((row) => ({ label: row.label, needling: cellText(row.cells[String(therapyIds.needling)]), massage: cellText(row.cells[String(therapyIds.massage)]) }))).toEqual([
        { label: 'Tool used', needling: 'Thin needles', massage: 'Hands' },
      ])
      expect(blocks).not.toContain('old-clinic.example/blog/heat-or-ice')
    })

    it('uploads each image once with its alt text, and sets the hero image', async () => {
      const media = await find('media')
      expect(media).toHaveLength(2)
      expect(media.every((doc) => JSON.stringify(doc.brands) === JSON.stringify([brand.id]))).toBe(true)
      const article = await articleBySlug('needles-or-hands')
      const hero = media.find((doc) => doc.id === article.heroImage)
      expect(hero?.alt).toBe('People stretching in a park')
      const [bodyImage] = uploadRefsOf(article.body)
      expect(media.find((doc) => doc.id === bodyImage)?.alt).toBe('A therapist treating a runner\'s calf')
      // The second post shows the same picture: the upload of the first, not a copy.
      expect(uploadRefsOf((await articleBySlug('heat-or-ice')).body)).toEqual([bodyImage])
    })

    it('links to another imported post internally, even one written after the linking post', async () => {
      const target = await articleBySlug('heat-or-ice')
      const body = JSON.stringify((await articleBySlug('needles-or-hands')).body)
      expect(body).toContain(`"doc":{"relationTo":"articles","value":${JSON.stringify(target.id)}}`)
      expect(body).toContain('https://elsewhere.example/')
    })

    it('redirects the old address to the article', async () => {
      const article = await articleBySlug('needles-or-hands')
      const [redirect] = await find('redirects', { from: { equals: '/blog/needles-or-hands/' } })
      expect(redirect).toMatchObject({ brand: brand.id, origin: 'import', to: { type: 'reference', reference: { relationTo: 'articles', value: article.id } } })
    })

    it('never changes a therapy, whatever facts the post states', async () => {
      expect(result.documents[0]?.therapyFacts).toHaveLength(1)
      expect(await find('therapies', {}, false)).toEqual(therapyBefore)
    })

    it('updates the same drafts when the post is imported again', async () => {
      const afterFirst = await counts()
      expect((afterFirst.articles ?? 0) - (before.articles ?? 0)).toBe(2)
      const again = await importPosts([
        post({
          slug: 'needles-or-hands',
          title: 'Needles or hands: a second look',
          images: [image('/wp-content/uploads/2024/03/calf.jpg')],
          body: [words('Both ease tight muscles.'), { type: 'faqGroup', faqs: [0] }, { type: 'image', image: 0 }],
          faqs: [{ question: 'Does dry needling hurt?', answer: 'Briefly, less than most expect.' }],
        }),
      ])
      expect(again.errors).toEqual([])
      expect(again.documents[0]?.status).toBe('update')
      expect(await counts()).toEqual(afterFirst)
      const article = await articleBySlug('needles-or-hands')
      expect(article.title).toBe('Needles or hands: a second look')
      const [faq] = await find('faqs', { question: { equals: 'Does dry needling hurt?' } })
      expect(JSON.stringify(faq?.answer)).toContain('less than most expect')
      expect(again.documents[0]?.warnings.join(' ')).toMatch(/1 FAQ of the earlier import/)
    })
  })

  describe('documents an editor has published since', () => {
    beforeAll(async () => {
      await importPosts([post({ slug: 'posture-at-work', title: 'Posture at work' })])
      const article = await articleBySlug('posture-at-work')
      await payload.update({ collection: 'articles', id: article.id, data: { title: 'Posture at work (edited)', _status: 'published' }, overrideAccess: true, context: { disableRebuild: true } })
    })

    it('are left alone by a re-import, with a warning', async () => {
      const result = await importPosts([post({ slug: 'posture-at-work', title: 'Posture at work, imported again' })])
      expect(result.documents[0]?.status).toBe('skipped')
      expect(result.documents[0]?.warnings.join(' ')).toMatch(/published the article/)
      expect(result.documents[0]?.written).toEqual([])
      expect((await articleBySlug('posture-at-work')).title).toBe('Posture at work (edited)')
    })

    it('get a new draft with overwritePublished, and the live version stays', async () => {
      const result = await importPosts([post({ slug: 'posture-at-work', title: 'Posture at work, imported again' })], { overwritePublished: true })
      expect(result.documents[0]?.status).toBe('update')
      const draft = await articleBySlug('posture-at-work')
      expect(draft.title).toBe('Posture at work, imported again')
      expect(draft._status).toBe('draft')
      const [live] = await find('articles', { slug: { equals: 'posture-at-work' } }, false)
      expect(live).toMatchObject({ title: 'Posture at work (edited)', _status: 'published' })
    })
  })

  describe('images that cannot be used', () => {
    it('leave a warning each, and the post imports without them', async () => {
      const result = await importPosts([
        post({
          slug: 'image-trouble',
          images: [image('/hang.jpg'), image('/page.jpg'), image('/broken.png'), image('/missing.jpg')],
          body: [words('Lead.'), { type: 'image', image: 0 }, { type: 'image', image: 1 }, { type: 'image', image: 2 }, { type: 'image', image: 3 }],
        }),
      ])
      expect(result.errors).toEqual([])
      const warnings = result.documents[0]?.warnings.join('\n') ?? ''
      expect(warnings).toMatch(/hang\.jpg did not answer within 1 s/)
      expect(warnings).toMatch(/page\.jpg is not an image \(it is text\/html\)/)
      expect(warnings).toMatch(/broken\.png is not an image the media library takes/)
      expect(warnings).toMatch(/missing\.jpg answered HTTP 404/)
      expect(uploadRefsOf((await articleBySlug('image-trouble')).body)).toEqual([])
    })
  })

  describe('a post that fails half-way', () => {
    let before: Record<string, number>
    let result: Awaited<ReturnType<typeof importPosts>>

    beforeAll(async () => {
      // Another article takes the post's slug between planning and writing: the article's
      // save is refused after its images, author, FAQs and comparison were written.
      const context = await loadPlanContext(payload, brand)
      const state = newPlanState(context)
      const plan = (input: PlanInput) => {
        const outcome = planPost(input, context, state, { overwritePublished: false })
        if (!('post' in outcome)) throw new Error('planning failed')
        return outcome.post
      }
      const doomed = plan(
        post({
          slug: 'doomed-post',
          author: 'Ines Marlow',
          images: [image('/wp-content/uploads/2024/04/doomed.jpg')],
          body: [words('Lead.'), { type: 'image', image: 0 }, { type: 'faqGroup', faqs: [0] }, { type: 'comparison', comparison: 0 }],
          faqs: [{ question: 'Will this survive?', answer: 'No.' }],
          comparisons: [{ therapies: ['Massage', 'Dry needling'], rows: [], whenToChoose: [], combination: null, conditionGuidance: [] }],
        }),
      )
      const fine = plan(post({ slug: 'fine-post' }))
      await payload.delete({ collection: 'comparisons', where: {}, overrideAccess: true })
      doomed.report.comparisons = doomed.report.comparisons.map((comparison) => ({ ...comparison, existing: null }))
      await payload.create({ collection: 'articles', overrideAccess: true, data: { ...minimalDocument('articles', 'Doomed post', [brand.id]), slug: 'doomed-post' } as never })
      before = await counts()
      const imageFetcher = createImageFetcher({ limits: LIMITS, imagesFrom: { kind: 'url', url: new URL(images.url) }, oldOrigins: [OLD], files: [], trusted: true })
      result = await writeImport(payload, { posts: [doomed, fine], earlier: context.earlier.values() }, { brand, user: null, overwritePublished: false, limits: LIMITS, imageFetcher })
    })

    it('is reported with its source and reason', () => {
      expect(result.errors).toEqual([{ source: 'export.xml#doomed-post', reason: expect.stringMatching(/^Nothing of this post was written: .*slug/) }])
    })

    it('leaves nothing behind: no media (files included), author, FAQ, comparison, redirect or record', async () => {
      const after = await counts()
      const less = (key: string) => (after[key] ?? 0) - 1
      expect({ ...after, articles: less('articles'), redirects: less('redirects'), 'imported-posts': less('imported-posts') }).toEqual(before)
      expect(await find('authors', { name: { equals: 'Ines Marlow' } })).toEqual([])
      expect(await find('faqs', { question: { equals: 'Will this survive?' } })).toEqual([])
      expect(await find('comparisons')).toEqual([])
      const { readdir } = await import('node:fs/promises')
      const files = await readdir(`${cms.dir}/media`).catch(() => [] as string[])
      expect(files.filter((file) => file.startsWith('doomed'))).toEqual([])
    })

    it('does not stop the other posts', async () => {
      expect(result.documents.map((doc) => doc.source)).toEqual(['export.xml#fine-post'])
      expect((await articleBySlug('fine-post'))._status).toBe('draft')
    })
  })

  describe('a re-import that fails half-way', () => {
    it('sets the drafts it had already updated back as they were', async () => {
      const faq = { question: 'Can I drive home afterwards?', answer: 'Yes, most people drive home.' }
      await importPosts([post({ slug: 'after-the-visit', body: [words('Lead.'), { type: 'faqGroup', faqs: [0] }], faqs: [faq] })])
      const [before] = await find('faqs', { question: { equals: faq.question } })
      // The article is deleted while the re-import runs: its FAQ is updated first, then the
      // article's update fails, and the FAQ must be as it was.
      const context = await loadPlanContext(payload, brand)
      const outcome = planPost(
        post({ slug: 'after-the-visit', body: [words('Lead.'), { type: 'faqGroup', faqs: [0] }], faqs: [{ ...faq, answer: 'A changed answer that must not stay.' }] }),
        context,
        newPlanState(context),
        { overwritePublished: false },
      )
      if (!('post' in outcome)) throw new Error('planning failed')
      await payload.delete({ collection: 'articles', where: { slug: { equals: 'after-the-visit' } }, overrideAccess: true })
      const imageFetcher = createImageFetcher({ limits: LIMITS, imagesFrom: null, oldOrigins: [OLD], files: [], trusted: true })
      const result = await writeImport(payload, { posts: [outcome.post], earlier: context.earlier.values() }, { brand, user: null, overwritePublished: false, limits: LIMITS, imageFetcher })
      expect(result.errors).toEqual([{ source: 'export.xml#after-the-visit', reason: expect.stringMatching(/^Nothing of this post was written/) }])
      const [after] = await find('faqs', { question: { equals: faq.question } })
      expect(JSON.stringify(after?.answer)).toContain('most people drive home')
      expect(after?.answer).toEqual(before?.answer)
    })
  })

  describe('as a brand admin', () => {
    it('writes with the brand admin\'s rights: into their brand', async () => {
      const result = await importPosts([post({ slug: 'by-brand-admin', author: 'Tove Lindqvist' })], { user: brandAdmin })
      expect(result.errors).toEqual([])
      expect((await articleBySlug('by-brand-admin')).brands).toEqual([brand.id])
    })

    it('and nothing of a brand they do not work for is written', async () => {
      const result = await importPosts([post({ slug: 'into-other-brand' })], { user: brandAdmin, into: otherBrand })
      expect(result.documents).toEqual([])
      expect(result.errors[0]?.reason).toMatch(/Nothing of this post was written/)
      expect(await find('articles', { slug: { equals: 'into-other-brand' } })).toEqual([])
    })
  })
})
