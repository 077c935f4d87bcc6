import type { CollectionSlug, Payload, Where } from 'payload'
import { richTextToLexical, type SeedReferences } from '../richText/richTextToLexical'
import { drawSeedImage } from './images'
import type { SeedImage, SeedNetwork, SeedRichText } from './types'

type Id = number | string

/** Seeding creates hundreds of documents: no brand site is rebuilt for them (see src/rebuild). */
const context = { disableRebuild: true }

export interface SeedOptions {
  admin: { email: string; password: string }
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void
}

export interface SeedResult {
  /** Documents created by this run, per collection (0 everywhere on a second run). */
  created: Record<string, number>
  /** Documents that already existed and were left as they were. */
  existing: Record<string, number>
}

/**
 * Creates the demo network through the Local API: whatever is missing is created, whatever
 * exists (matched by slug, file name or email) is left alone, so running it again changes
 * nothing and never overwrites an editor's work.
 */
export async function seedNetwork(payload: Payload, network: SeedNetwork, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {})
  const created: Record<string, number> = {}
  const existing: Record<string, number> = {}
  const ids = new Map<string, Id>()
  const key = (collection: string, slug: string) => `${collection}:${slug}`

  async function ensure(collection: CollectionSlug, match: Where, make: () => Promise<Record<string, unknown>>, status: 'published' | 'draft' | null = 'published'): Promise<Id> {
    const found = await payload.find({ collection, where: match, depth: 0, limit: 1, draft: true, overrideAccess: true })
    const doc = found.docs[0]
    if (doc) {
      existing[collection] = (existing[collection] ?? 0) + 1
      return doc.id
    }
    const data = await make()
    const isDraft = status === 'draft'
    const result = await payload.create({
      collection,
      data: (status === null ? data : { ...data, _status: status }) as never,
      draft: isDraft,
      overrideAccess: true,
      context,
    })
    created[collection] = (created[collection] ?? 0) + 1
    return result.id
  }

  const media = new Map<string, Id>()
  async function image(seed: SeedImage): Promise<Id> {
    const known = media.get(seed.key)
    if (known !== undefined) return known
    const filename = `${seed.key}.jpg`
    const found = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, depth: 0, limit: 1, overrideAccess: true })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const data = await drawSeedImage(seed)
      const doc = await payload.create({
        collection: 'media',
        data: { alt: seed.alt },
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
        overrideAccess: true,
        context,
      })
      id = doc.id
      created.media = (created.media ?? 0) + 1
    } else {
      existing.media = (existing.media ?? 0) + 1
    }
    media.set(seed.key, id)
    return id
  }

  const ref = (collection: string, slug: string): Id => {
    const id = ids.get(key(collection, slug))
    if (id === undefined) throw new Error(`Demo content refers to ${collection} "${slug}", which is not in the demo network`)
    return id
  }
  const refs = (collection: string, slugs: readonly string[]) => slugs.map((slug) => ref(collection, slug))
  // Uploads inside bodies are drawn before the body is converted.
  async function lexical(body: SeedRichText, unresolvedLink?: SeedReferences['unresolvedLink']) {
    for (const node of body) if (node.type === 'image') await image(node.image)
    const references: SeedReferences = {
      unresolvedLink,
      media: (seed) => {
        const id = media.get(seed.key)
        if (id === undefined) throw new Error(`Image "${seed.key}" was not uploaded`)
        return id
      },
      doc: (collection, slug) => ids.get(key(collection, slug)) ?? null,
    }
    return richTextToLexical(body, references)
  }
  const bySlugInBrands = (slug: string, brands: readonly string[]): Where => ({
    and: [{ slug: { equals: slug } }, { brands: { in: refs('brands', brands) } }],
  })
  const remember = (collection: string, slug: string, id: Id) => ids.set(key(collection, slug), id)

  log('brands')
  for (const brand of network.brands) {
    const { logo, ...rest } = brand
    remember('brands', brand.slug, await ensure('brands', { slug: { equals: brand.slug } }, async () => ({ ...rest, logo: await image(logo) })))
  }
  log('therapies')
  for (const therapy of network.therapies) {
    const id = await ensure('therapies', bySlugInBrands(therapy.slug, therapy.brands), async () => ({
      ...therapy,
      brands: refs('brands', therapy.brands),
      howItWorks: await lexical(therapy.howItWorks),
    }))
    remember('therapies', therapy.slug, id)
  }
  log('conditions')
  for (const condition of network.conditions) {
    const id = await ensure('conditions', bySlugInBrands(condition.slug, condition.brands), async () => ({
      ...condition,
      brands: refs('brands', condition.brands),
      body: await lexical(condition.body),
      therapies: refs('therapies', condition.therapies),
    }))
    remember('conditions', condition.slug, id)
  }
  log('authors')
  for (const author of network.authors) {
    const id = await ensure(
      'authors',
      bySlugInBrands(author.slug, author.brands),
      async () => ({ ...author, brands: refs('brands', author.brands), photo: author.photo ? await image(author.photo) : null }),
      null,
    )
    remember('authors', author.slug, id)
  }
  log('faqs')
  for (const faq of network.faqs) {
    const id = await ensure('faqs', bySlugInBrands(faq.slug, faq.brands), async () => ({
      ...faq,
      brands: refs('brands', faq.brands),
      answer: await lexical(faq.answer),
      therapies: refs('therapies', faq.therapies),
      conditions: refs('conditions', faq.conditions),
    }))
    remember('faqs', faq.slug, id)
  }
  log('comparisons')
  for (const comparison of network.comparisons) {
    const id = await ensure('comparisons', bySlugInBrands(comparison.slug, comparison.brands), async () => ({
      ...comparison,
      brands: refs('brands', comparison.brands),
      therapies: refs('therapies', comparison.therapies),
      whenToChoose: comparison.whenToChoose.map((entry) => ({ therapy: ref('therapies', entry.therapy), text: entry.text })),
      conditionGuidance: comparison.conditionGuidance.map((entry) => ({ condition: ref('conditions', entry.condition), guidance: entry.guidance })),
    }))
    remember('comparisons', comparison.slug, id)
  }
  log('clinics')
  for (const clinic of network.clinics) {
    const brand = ref('brands', clinic.brand)
    const id = await ensure('clinics', { and: [{ slug: { equals: clinic.slug } }, { brand: { equals: brand } }] }, async () => ({
      ...clinic,
      brand,
      therapies: refs('therapies', clinic.therapies),
    }))
    remember('clinics', clinic.slug, id)
  }
  log('articles')
  // Articles may link to each other in any order: links to articles not created yet are
  // written as text first and put back once every article exists.
  const relink: { id: Id; body: SeedRichText; status: 'published' | 'draft' }[] = []
  for (const article of network.articles) {
    const { status, ...fields } = article
    let pending = false
    const id = await ensure(
      'articles',
      bySlugInBrands(article.slug, article.brands),
      async () => ({
        ...fields,
        brands: refs('brands', article.brands),
        author: article.author ? ref('authors', article.author) : null,
        body: await lexical(article.body, () => {
          pending = true
        }),
        heroImage: article.heroImage ? await image(article.heroImage) : null,
        relatedTherapies: refs('therapies', article.relatedTherapies),
        relatedConditions: refs('conditions', article.relatedConditions),
        faqs: refs('faqs', article.faqs),
        seo: { title: article.seo?.title ?? null, description: article.seo?.description ?? null },
      }),
      status,
    )
    remember('articles', article.slug, id)
    if (pending) relink.push({ id, body: article.body, status })
  }
  for (const { id, body, status } of relink) {
    await payload.update({ collection: 'articles', id, data: { body: await lexical(body), _status: status } as never, draft: status === 'draft', overrideAccess: true, context })
  }

  log('admin user')
  await ensure(
    'users',
    { email: { equals: options.admin.email } },
    async () => ({ email: options.admin.email, password: options.admin.password, name: 'Demo network admin', role: 'admin' }),
    null,
  )
  return { created, existing }
}
