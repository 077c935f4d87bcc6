import type { CollectionSlug, Payload, Where } from 'payload'
import { refIds } from '../access/userBrands'
import { richTextToLexical, type SeedReferences } from './richTextToLexical'
import { drawSeedImage } from './images'
import { imageBrands, imageFilename } from './imageBrands'
import type { SeedImage, SeedNetwork, SeedRichText } from './types'

export type Id = number | string

/**
 * Seeding creates hundreds of documents: no brand site is rebuilt for them (see src/rebuild).
 * The demo's published health pages are the seed's own, not waiting for a clinical review
 * (src/review/workflow.ts), even in a brand that requires one.
 */
export const SEED_CONTEXT = { disableRebuild: true, skipClinicalReview: true }

/** Document counts per collection. */
export type Counts = Record<string, number>

const count = (counts: Counts, collection: string) => {
  counts[collection] = (counts[collection] ?? 0) + 1
}

/**
 * One run of the seed: what it created, found and scoped, the ids of the documents by collection
 * and slug, and the images by key. The steps (src/seed/steps) create documents through it, so
 * that references by slug resolve to the ids of this database.
 */
export class SeedRun {
  readonly created: Counts = {}
  readonly existing: Counts = {}
  readonly scoped: Counts = {}
  private readonly ids = new Map<string, Id>()
  /** `collection:id` of the documents this run created, as opposed to found. */
  private readonly fresh = new Set<string>()
  private readonly media = new Map<string, Id>()
  /** Images this run uploaded. */
  private readonly drawn = new Set<Id>()
  /** The slugs of the brands that show each image (by key). */
  private readonly usage: Map<string, Set<string>>

  constructor(
    readonly payload: Payload,
    network: SeedNetwork,
  ) {
    // Each image belongs to the brands whose documents show it (shared when there are several), so
    // every brand's editors find their images in the upload pickers. A brand's logo is drawn before
    // the brand exists and gets its brand once the brands do (see scopeImages).
    this.usage = imageBrands(network)
  }

  /** The document of `collection` that `match` finds (counted as existing), else one made by `make` (counted as created). */
  async ensure(collection: CollectionSlug, match: Where, make: () => Promise<Record<string, unknown>>, status: 'published' | 'draft' | null = 'published'): Promise<Id> {
    const found = await this.payload.find({ collection, where: match, depth: 0, limit: 1, draft: true, overrideAccess: true })
    const doc = found.docs[0]
    if (doc) {
      count(this.existing, collection)
      return doc.id
    }
    const data = await make()
    const result = await this.payload.create({
      collection,
      data: (status === null ? data : { ...data, _status: status }) as never,
      draft: status === 'draft',
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
    count(this.created, collection)
    this.fresh.add(`${collection}:${String(result.id)}`)
    return result.id
  }

  /** Whether this run created the document (a later step may complete it), rather than found it. */
  createdNow(collection: CollectionSlug, id: Id): boolean {
    return this.fresh.has(`${collection}:${String(id)}`)
  }

  /** The uploaded image of `seed`: found by file name, else drawn and uploaded with the brands known to use it. */
  async image(seed: SeedImage): Promise<Id> {
    const known = this.media.get(seed.key)
    if (known !== undefined) return known
    const filename = imageFilename(seed)
    const found = await this.payload.find({ collection: 'media', where: { filename: { equals: filename } }, depth: 0, limit: 1, overrideAccess: true })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const data = await drawSeedImage(seed)
      const doc = await this.payload.create({
        collection: 'media',
        // `brands` is not in the generated types until they are regenerated.
        data: { alt: seed.alt, brands: this.knownBrandsOf(seed) } as never,
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
        overrideAccess: true,
        context: SEED_CONTEXT,
      })
      id = doc.id
      this.drawn.add(id)
      count(this.created, 'media')
    } else {
      count(this.existing, 'media')
    }
    this.media.set(seed.key, id)
    return id
  }

  private knownBrandsOf(seed: SeedImage): Id[] {
    return [...(this.usage.get(seed.key) ?? [])].map((slug) => this.idOf('brands', slug)).filter((id): id is Id => id !== undefined)
  }

  /**
   * Gives the seed's images that have no brand the brands that use them: the logos drawn before
   * their brand existed, and images of a database seeded before images had brands. An image
   * with brands is left as it is.
   */
  async scopeImages(): Promise<void> {
    const filenames = new Map([...this.usage.keys()].map((imageKey) => [imageFilename({ key: imageKey }), imageKey]))
    const where: Where = { filename: { in: [...filenames.keys()] } }
    const { docs } = await this.payload.find({ collection: 'media', where, depth: 0, pagination: false, overrideAccess: true })
    for (const doc of docs) {
      const imageKey = filenames.get(doc.filename ?? '')
      if (imageKey === undefined || refIds((doc as { brands?: unknown }).brands).length > 0) continue
      const brands = this.refs('brands', [...(this.usage.get(imageKey) ?? [])])
      await this.payload.update({ collection: 'media', id: doc.id, data: { brands } as never, depth: 0, overrideAccess: true, context: SEED_CONTEXT })
      if (!this.drawn.has(doc.id)) count(this.scoped, 'media')
    }
  }

  /** Records the id of a seeded document, for references to it by slug. */
  remember(collection: string, slug: string, id: Id): void {
    this.ids.set(`${collection}:${slug}`, id)
  }

  /** The id of a document this run created or found, if any. */
  idOf(collection: string, slug: string): Id | undefined {
    return this.ids.get(`${collection}:${slug}`)
  }

  /** The id of a document the demo content refers to; throws when it is not in the network. */
  ref(collection: string, slug: string): Id {
    const id = this.idOf(collection, slug)
    if (id === undefined) throw new Error(`Demo content refers to ${collection} "${slug}", which is not in the demo network`)
    return id
  }

  refs(collection: string, slugs: readonly string[]): Id[] {
    return slugs.map((slug) => this.ref(collection, slug))
  }

  /** The document with this slug among those of these brands. */
  bySlugInBrands(slug: string, brands: readonly string[]): Where {
    return { and: [{ slug: { equals: slug } }, { brands: { in: this.refs('brands', brands) } }] }
  }

  /** A seed body as Lexical rich text. Uploads inside the body are drawn before it is converted. */
  async lexical(body: SeedRichText, unresolvedLink?: SeedReferences['unresolvedLink']) {
    for (const node of body) if (node.type === 'image') await this.image(node.image)
    const references: SeedReferences = {
      unresolvedLink,
      media: (seed) => {
        const id = this.media.get(seed.key)
        if (id === undefined) throw new Error(`Image "${seed.key}" was not uploaded`)
        return id
      },
      doc: (collection, slug) => this.idOf(collection, slug) ?? null,
    }
    return richTextToLexical(body, references)
  }
}
