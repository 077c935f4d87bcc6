import type { CollectionSlug, Payload, Where } from 'payload'
import { refIds } from '../access/userBrands'
import { richTextToLexical, type SeedReferences } from '../richText/richTextToLexical'
import { drawSeedImage } from './images'
import type { SeedImage, SeedNetwork, SeedRichText } from './types'

type Id = number | string

/** Seeding creates hundreds of documents: no brand site is rebuilt for them (see src/rebuild). */
const context = { disableRebuild: true }

export interface SeedOptions {
  admin: { email: string; password: string }
  /** Also create one editor per brand, `editor@<brand slug>.example`, with this password (the demo does). */
  editors?: { password: string }
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void
}

/** The demo editor of a brand: works for that brand only. */
export const demoEditorEmail = (brandSlug: string) => `editor@${brandSlug}.example`

export interface SeedResult {
  /** Documents created by this run, per collection (0 everywhere on a second run). */
  created: Record<string, number>
  /** Documents that already existed and were left as they were. */
  existing: Record<string, number>
  /** Images from an earlier run that had no brands and were given the brands that use them (none on a second run). */
  scoped: Record<string, number>
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
  const scoped: Record<string, number> = {}
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

  // Each image belongs to the brands whose documents show it (shared when there are several), so
  // every brand's editors find their images in the upload pickers. A brand's logo is drawn before
  // the brand exists and gets its brand once the brands do (see scopeImages below).
  const usage = imageBrands(network)
  const knownBrandsOf = (seed: SeedImage) =>
    [...(usage.get(seed.key) ?? [])].map((slug) => ids.get(key('brands', slug))).filter((id): id is Id => id !== undefined)

  const media = new Map<string, Id>()
  /** Images this run uploaded. */
  const drawn = new Set<Id>()
  async function image(seed: SeedImage): Promise<Id> {
    const known = media.get(seed.key)
    if (known !== undefined) return known
    const filename = imageFilename(seed)
    const found = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, depth: 0, limit: 1, overrideAccess: true })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const data = await drawSeedImage(seed)
      const doc = await payload.create({
        collection: 'media',
        // `brands` is not in the generated types until they are regenerated.
        data: { alt: seed.alt, brands: knownBrandsOf(seed) } as never,
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
        overrideAccess: true,
        context,
      })
      id = doc.id
      drawn.add(id)
      created.media = (created.media ?? 0) + 1
    } else {
      existing.media = (existing.media ?? 0) + 1
    }
    media.set(seed.key, id)
    return id
  }

  /**
   * Gives the seed's images that have no brand the brands that use them: the logos drawn before
   * their brand existed, and images of a database seeded before images had brands. An image
   * with brands is left as it is.
   */
  async function scopeImages(): Promise<void> {
    const filenames = new Map([...usage.keys()].map((imageKey) => [imageFilename({ key: imageKey }), imageKey]))
    const where: Where = { filename: { in: [...filenames.keys()] } }
    const { docs } = await payload.find({ collection: 'media', where, depth: 0, pagination: false, overrideAccess: true })
    for (const doc of docs) {
      const imageKey = filenames.get(doc.filename ?? '')
      if (imageKey === undefined || refIds((doc as { brands?: unknown }).brands).length > 0) continue
      const brands = refs('brands', [...(usage.get(imageKey) ?? [])])
      await payload.update({ collection: 'media', id: doc.id, data: { brands } as never, depth: 0, overrideAccess: true, context })
      if (!drawn.has(doc.id)) scoped.media = (scoped.media ?? 0) + 1
    }
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
  log('image brands')
  await scopeImages()
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
      whenToChoose: await Promise.all(comparison.whenToChoose.map(async (entry) => ({ therapy: ref('therapies', entry.therapy), text: await lexical(entry.text) }))),
      combination: { canCombine: comparison.combination.canCombine, how: await lexical(comparison.combination.how) },
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

  if (options.editors) {
    log('brand editors')
    for (const brand of network.brands) {
      const brandId = ids.get(key('brands', brand.slug))
      if (brandId === undefined) continue
      const email = demoEditorEmail(brand.slug)
      await ensure(
        'users',
        { email: { equals: email } },
        async () => ({ email, password: options.editors?.password, name: `${brand.name} editor`, role: 'editor', brands: [brandId] }),
        null,
      )
    }
  }

  log('admin user')
  await ensure(
    'users',
    { email: { equals: options.admin.email } },
    async () => ({ email: options.admin.email, password: options.admin.password, name: 'Demo network admin', role: 'admin' }),
    null,
  )
  return { created, existing, scoped }
}

const imageFilename = (seed: Pick<SeedImage, 'key'>) => `${seed.key}.jpg`

/** The slugs of the brands that show each seed image (by key): the brands of every document using it. */
function imageBrands(network: SeedNetwork): Map<string, Set<string>> {
  const usage = new Map<string, Set<string>>()
  const use = (image: SeedImage | null | undefined, brands: readonly string[]) => {
    if (!image) return
    const slugs = usage.get(image.key) ?? new Set<string>()
    for (const brand of brands) slugs.add(brand)
    usage.set(image.key, slugs)
  }
  // The seed uploads images at the top level of a body only (see `lexical` above).
  const inBody = (body: SeedRichText, brands: readonly string[]) => {
    for (const node of body) if (node.type === 'image') use(node.image, brands)
  }
  for (const brand of network.brands) use(brand.logo, [brand.slug])
  for (const author of network.authors) use(author.photo, author.brands)
  for (const therapy of network.therapies) inBody(therapy.howItWorks, therapy.brands)
  for (const condition of network.conditions) inBody(condition.body, condition.brands)
  for (const faq of network.faqs) inBody(faq.answer, faq.brands)
  for (const article of network.articles) {
    use(article.heroImage, article.brands)
    inBody(article.body, article.brands)
  }
  return usage
}
