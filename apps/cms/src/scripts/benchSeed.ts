/**
 * Fills a fresh SQLite database with a synthetic network for benchmarks (`pnpm bench` at the root):
 *   DATABASE_URI=file:<path> MEDIA_DIR=<dir> pnpm --filter cms bench:seed [--brands 5] [--articles 2000] [--seed 1]
 * (relative paths in DATABASE_URI and MEDIA_DIR are inside apps/cms, as for the CMS). It refuses a
 * database file or media folder that already holds something. Shared therapies, conditions, FAQs,
 * comparisons and authors are the demo seed's (given to every bench brand); brands, clinics (with
 * insurance plans and languages), providers, medical reviews and articles (--articles per brand)
 * are generated with a seeded PRNG, so the same arguments give the same content. Everything is
 * published; no rebuild runs.
 * The last stdout line is a JSON summary (documents, seconds, docs/s).
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { env } from '../env'
import { demoNetwork } from '../seed/data'
import { drawSeedImage } from '../seed/images'
import { richTextToLexical } from '../seed/richTextToLexical'
import type { SeedBrand, SeedNetwork, SeedProvider } from '../seed/types'
import { type BenchArticle, type Rng, heroPool, inlinePool, makeArticle, makeArticleReview, makeBrands, makeClinics, makeSharedReviews, makeTeam, seededRng } from './benchSeedContent'
import { progress } from './benchSeedProgress'

const usage = 'usage: DATABASE_URI=file:<path> MEDIA_DIR=<dir> bench:seed [--brands 5] [--articles 2000] [--seed 1]'
const { values } = parseArgs({
  options: {
    brands: { type: 'string', default: '5' },
    articles: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
  },
})
const count = (name: string, raw: string, min: number) => {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    console.error(`✖ --${name} must be an integer ≥ ${min}, got "${raw}"\n${usage}`)
    process.exit(2)
  }
  return value
}
const brandCount = count('brands', values.brands, 1)
// --articles is per brand: the network holds brands × articles articles (about one in twenty also
// appears on a second brand).
const articleCount = count('articles', values.articles, 0) * brandCount
const prngSeed = count('seed', values.seed, 0)

if (env.sqliteFile === null) {
  console.error(`✖ bench:seed fills a SQLite database: set DATABASE_URI=file:<path> (it is ${env.databaseKind})\n${usage}`)
  process.exit(2)
}
const dbFile = env.sqliteFile
const mediaDir = env.mediaDir
const nonEmptyFile = (file: string) => fs.existsSync(file) && fs.statSync(file).size > 0
if (nonEmptyFile(dbFile) || nonEmptyFile(`${dbFile}-wal`)) {
  console.error(`✖ ${dbFile} already exists and is not empty: bench:seed only fills a fresh database (DATABASE_URI).`)
  process.exit(2)
}
if (fs.existsSync(mediaDir) && fs.readdirSync(mediaDir).length > 0) {
  console.error(`✖ ${mediaDir} is not empty: bench:seed only fills a fresh media folder (MEDIA_DIR).`)
  process.exit(2)
}

type Id = number | string
const context = { disableRebuild: true }

async function idsBySlug(payload: Payload, collection: 'therapies' | 'conditions' | 'faqs' | 'comparisons' | 'authors' | 'brands' | 'providers'): Promise<Map<string, Id>> {
  const { docs } = await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true, draft: true })
  return new Map(docs.map((doc) => [String((doc as { slug: string }).slug), doc.id]))
}

/**
 * The shared documents (the demo's, given to every bench brand), the clinics and the providers,
 * with the reviews of the shared pages, through the demo seeder; returns how many documents and
 * the providers. `team` draws everything providers and reviews add, apart from `rng`, so the
 * clinics and articles a seed gives stay the same.
 */
async function seedShared(payload: Payload, rng: Rng, team: Rng, brands: SeedBrand[]): Promise<{ documents: number; providers: SeedProvider[] }> {
  const all = brands.map((brand) => brand.slug)
  const clinics = makeClinics(rng, brands, team)
  const { providers, authorProviders } = makeTeam(team, brands, clinics)
  const network: SeedNetwork = {
    brands,
    clinics,
    therapies: demoNetwork.therapies.map((doc) => ({ ...doc, brands: all, notOfferedInStates: [...doc.notOfferedInStates] })),
    conditions: demoNetwork.conditions.map((doc) => ({ ...doc, brands: all })),
    providers,
    authors: demoNetwork.authors.map((doc) => ({ ...doc, brands: all, provider: authorProviders.get(doc.slug) })),
    faqs: demoNetwork.faqs.map((doc) => ({ ...doc, brands: all })),
    comparisons: demoNetwork.comparisons.map((doc) => ({ ...doc, brands: all })),
    articles: [],
    // The generated articles are created below with their reviews; these are the shared pages'.
    reviews: makeSharedReviews(team, brands, providers),
  }
  const { seedNetwork } = await import('../seed/seedNetwork')
  const shared = await seedNetwork(payload, network, { admin: { email: 'admin@bench.example', password: 'bench-admin-2026' }, log: (line) => console.error(`› seeding ${line}`) })
  return { documents: Object.values(shared.created).reduce((sum, n) => sum + n, 0), providers }
}

/** The hero and inline image pools, on every brand; returns the media ids by image key. */
async function seedImages(payload: Payload, brandIds: Map<string, Id>): Promise<Map<string, Id>> {
  console.error('› seeding bench images')
  const media = new Map<string, Id>()
  for (const image of [...heroPool, ...inlinePool]) {
    const data = await drawSeedImage(image)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: image.alt, brands: [...brandIds.values()] } as never,
      file: { data, mimetype: 'image/jpeg', name: `${image.key}.jpg`, size: data.length },
      overrideAccess: true,
      context,
    })
    media.set(image.key, doc.id)
  }
  return media
}

/** The ids articles refer to, by collection and slug. */
interface References {
  brands: Map<string, Id>
  media: Map<string, Id>
  docs: Map<string, Map<string, Id>>
}

/** Creates one generated article, published, its slugs turned into ids, with its review when it has one. */
async function createArticle(payload: Payload, article: BenchArticle, review: { reviewedBy: string; lastReviewed: string } | null, refs: References): Promise<void> {
  const ref = (collection: string, slug: string): Id => {
    const id = refs.docs.get(collection)?.get(slug)
    if (id === undefined) throw new Error(`bench article refers to missing ${collection} "${slug}"`)
    return id
  }
  const body = richTextToLexical(article.body, {
    media: (image) => {
      const id = refs.media.get(image.key)
      if (id === undefined) throw new Error(`Image "${image.key}" was not uploaded`)
      return id
    },
    doc: (collection, slug) => refs.docs.get(collection)?.get(slug) ?? null,
  })
  await payload.create({
    collection: 'articles',
    data: {
      ...article,
      _status: 'published',
      brands: article.brands.map((slug) => refs.brands.get(slug) as Id),
      author: ref('authors', article.author),
      heroImage: refs.media.get(article.heroImage.key) as Id,
      body,
      relatedTherapies: article.relatedTherapies.map((slug) => ref('therapies', slug)),
      relatedConditions: article.relatedConditions.map((slug) => ref('conditions', slug)),
      faqs: article.faqs.map((slug) => ref('faqs', slug)),
      ...(review ? { review: { reviewedBy: ref('providers', review.reviewedBy), lastReviewed: review.lastReviewed } } : {}),
      seo: { title: null, description: null },
    } as never,
    overrideAccess: true,
    depth: 0,
    context,
  })
}

/** `articleCount` generated articles, one after another, with a progress bar; `team` draws their reviews. */
async function seedArticles(payload: Payload, rng: Rng, team: Rng, brands: SeedBrand[], providers: readonly SeedProvider[], refs: References): Promise<void> {
  const bar = progress('› articles', articleCount)
  bar.tick(0)
  for (let index = 0; index < articleCount; index += 1) {
    const article = makeArticle(rng, index, brands)
    await createArticle(payload, article, makeArticleReview(team, index, article, providers), refs)
    bar.tick(index + 1)
  }
  bar.end()
}

const secondsSince = (started: number) => (performance.now() - started) / 1000
const fixed = (value: number, digits = 3) => Number(value.toFixed(digits))

async function main() {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../payload.config')])
  const started = performance.now()
  const payload = await getPayload({ config })
  const booted = performance.now()
  try {
    const existing = await payload.count({ collection: 'brands', overrideAccess: true })
    if (existing.totalDocs > 0) throw new Error(`${dbFile} already holds brands: bench:seed only fills a fresh database.`)
    const rng = seededRng(prngSeed)
    // A second stream for what providers and reviews add, so the rest of a seed's content stays as it was.
    const team = seededRng(prngSeed + 0x7ea3)
    const brands = makeBrands(brandCount)
    const sharedStarted = performance.now()
    const { documents: sharedDocs, providers } = await seedShared(payload, rng, team, brands)
    const sharedSeconds = secondsSince(sharedStarted)

    const brandIds = await idsBySlug(payload, 'brands')
    const docs = new Map<string, Map<string, Id>>()
    for (const collection of ['therapies', 'conditions', 'faqs', 'comparisons', 'authors', 'providers'] as const) docs.set(collection, await idsBySlug(payload, collection))
    const imagesStarted = performance.now()
    const media = await seedImages(payload, brandIds)
    const imagesSeconds = secondsSince(imagesStarted)

    const articlesStarted = performance.now()
    await seedArticles(payload, rng, team, brands, providers, { brands: brandIds, media, docs })
    const articlesSeconds = secondsSince(articlesStarted)
    const documents = sharedDocs + media.size + articleCount
    const seconds = secondsSince(booted)
    const summary = {
      brands: brandCount,
      articles: articleCount,
      seed: prngSeed,
      documents,
      sharedDocuments: sharedDocs,
      bootSeconds: fixed((booted - started) / 1000),
      sharedSeconds: fixed(sharedSeconds),
      imagesSeconds: fixed(imagesSeconds),
      articlesSeconds: fixed(articlesSeconds),
      articlesPerSecond: fixed(articleCount / Math.max(articlesSeconds, 1e-9), 2),
      seconds: fixed(seconds),
      docsPerSecond: fixed(documents / Math.max(seconds, 1e-9), 2),
    }
    console.error(`› bench seed: ${documents} documents in ${seconds.toFixed(1)} s (${summary.docsPerSecond} docs/s; articles ${summary.articlesPerSecond}/s) → ${dbFile}`)
    console.log(JSON.stringify(summary))
  } finally {
    await payload.destroy()
  }
}

try {
  await main()
} catch (error) {
  console.error(`✖ bench:seed failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
process.exit()
