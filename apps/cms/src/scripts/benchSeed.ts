/**
 * Fills a fresh SQLite database with a synthetic network for benchmarks (`pnpm bench` at the root):
 *   pnpm --filter cms bench:seed --db <file> [--media-dir <dir>] [--brands 5] [--articles 2000] [--seed 1]
 * (or DATABASE_URI=file:<path> instead of --db). It refuses a database file or media folder that
 * already holds something. Shared therapies, conditions, FAQs, comparisons and authors are the demo
 * seed's (given to every bench brand); brands, clinics and articles (--articles per brand) are generated with a seeded
 * PRNG, so the same arguments give the same content. Everything is published; no rebuild runs.
 * The last stdout line is a JSON summary (documents, seconds, docs/s).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { richTextToLexical } from '../seed/richTextToLexical'
import { demoNetwork } from '../seed/data'
import { b, ext, faqGroup, h2, h3, i, img, link, p, table, ul } from '../seed/data/rich'
import { drawSeedImage } from '../seed/images'
import type { SeedBrand, SeedClinic, SeedImage, SeedNetwork, SeedRichText } from '../seed/types'

const usage = 'usage: bench:seed --db <file> [--media-dir <dir>] [--brands 5] [--articles 2000] [--seed 1]'
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    'media-dir': { type: 'string' },
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

// Paths are given relative to where the command was typed, not to apps/cms.
const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
const uri = values.db !== undefined ? `file:${fromCaller(values.db)}` : process.env.DATABASE_URI
if (uri === undefined || !uri.startsWith('file:')) {
  console.error(`✖ Give the SQLite file with --db <file> or DATABASE_URI=file:<path>\n${usage}`)
  process.exit(2)
}
const dbFile = path.isAbsolute(uri.slice(5)) ? uri.slice(5) : path.resolve(process.cwd(), uri.slice(5))
const mediaDir = values['media-dir'] !== undefined ? fromCaller(values['media-dir']) : path.join(path.dirname(dbFile), 'media')
const nonEmptyFile = (file: string) => fs.existsSync(file) && fs.statSync(file).size > 0
if (nonEmptyFile(dbFile) || nonEmptyFile(`${dbFile}-wal`)) {
  console.error(`✖ ${dbFile} already exists and is not empty: bench:seed only fills a fresh database.`)
  process.exit(2)
}
if (fs.existsSync(mediaDir) && fs.readdirSync(mediaDir).length > 0) {
  console.error(`✖ ${mediaDir} is not empty: bench:seed only fills a fresh media folder.`)
  process.exit(2)
}
// env.ts reads these when the config is imported, so they are set first.
process.env.DATABASE_URI = `file:${dbFile}`
process.env.MEDIA_DIR = mediaDir

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let x = state
    x = Math.imul(x ^ (x >>> 15), x | 1)
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32
  }
}
const random = prng(prngSeed)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const pickSome = <T>(list: readonly T[], n: number): T[] => {
  const pool = [...list]
  const out: T[] = []
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T)
  return out
}
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))

const pad = (n: number, width: number) => String(n).padStart(width, '0')
const WORDS = (
  'pain movement recovery muscle tissue joint strength posture nerve exercise mobility stretch tension therapy session ' +
  'clinic patient week morning habit load sleep stiffness balance breathing walking sitting desk shoulder knee hip back ' +
  'neck heel calf progress plan goal comfort routine gentle steady gradual common usual careful simple clear'
).split(' ')
const sentence = () => {
  const words = Array.from({ length: between(9, 20) }, () => pick(WORDS))
  const text = words.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}
const sentences = (n: number) => Array.from({ length: n }, sentence).join(' ')
const titleWords = () => Array.from({ length: between(3, 6) }, () => pick(WORDS)).join(' ')
const titleCase = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

// A handful of images, shared by every bench brand: logos are per brand, heroes and inline images from a pool.
const PALETTES: [string, string][] = [
  ['#1d5c63', '#e0a458'],
  ['#2f4b7c', '#7fb77e'],
  ['#6b3e26', '#c9d6df'],
  ['#3a5a40', '#dad7cd'],
  ['#5f0f40', '#fb8b24'],
  ['#22577a', '#80ed99'],
]
const heroPool: SeedImage[] = PALETTES.map((palette, index) => ({ key: `bench-hero-${index + 1}`, alt: `Abstract shapes in two colours, picture ${index + 1}`, palette, width: 1600, height: 900 }))
const inlinePool: SeedImage[] = PALETTES.slice(0, 3).map((palette, index) => ({ key: `bench-inline-${index + 1}`, alt: `Abstract illustration ${index + 1}`, palette, width: 1200, height: 800 }))

function makeBrands(): SeedBrand[] {
  return Array.from({ length: brandCount }, (_, index) => {
    const template = demoNetwork.brands[index % demoNetwork.brands.length] as SeedBrand
    const slug = `bench-brand-${pad(index + 1, 2)}`
    return {
      ...template,
      slug,
      name: `Bench Brand ${index + 1} Physical Therapy`,
      domain: `www.${slug}.example`,
      logo: { ...template.logo, key: `logo-${slug}`, alt: `Bench Brand ${index + 1} logo` },
      contact: { phone: template.contact.phone, email: `hello@${slug}.example` },
    }
  })
}

/** A few clinics per brand, copied from the demo's with new names and slugs. */
function makeClinics(brands: SeedBrand[]): SeedClinic[] {
  return brands.flatMap((brand, brandIndex) =>
    Array.from({ length: 2 + (brandIndex % 3) }, (_, index) => {
      const template = pick(demoNetwork.clinics)
      return { ...template, brand: brand.slug, name: `${brand.name} ${template.address.city} ${index + 1}`, slug: `${brand.slug}-clinic-${index + 1}` }
    }),
  )
}

const therapySlugs = demoNetwork.therapies.map((therapy) => therapy.slug)
const conditionSlugs = demoNetwork.conditions.map((condition) => condition.slug)
const faqSlugs = demoNetwork.faqs.map((faq) => faq.slug)
const CATEGORIES = ['Treatments', 'Conditions', 'Recovery', 'Clinic news', 'Prevention']

interface BenchArticle {
  title: string
  slug: string
  brands: string[]
  author: string
  publishedAt: string
  categories: string[]
  excerpt: string
  heroImage: SeedImage
  body: SeedRichText
  relatedTherapies: string[]
  relatedConditions: string[]
  faqs: string[]
}

/** A lead, h2/h3 sections with paragraphs and links, a bullet list, a table, an image and an FAQ group. */
function makeBody(): SeedRichText {
  const therapy = pick(therapySlugs)
  const condition = pick(conditionSlugs)
  const body: SeedRichText = [p(b(sentence()), ' ', sentences(2))]
  const sections = between(3, 5)
  for (let section = 0; section < sections; section += 1) {
    body.push(h2(titleCase(titleWords())))
    body.push(p(sentences(between(2, 4)), ' ', link('therapies', therapy, pick(WORDS)), ' ', sentences(1)))
    body.push(h3(titleCase(titleWords())))
    body.push(p(sentences(between(2, 3)), ' ', i(sentence()), ' ', link('conditions', condition, pick(WORDS)), '.'))
    if (section === 0) body.push(ul(...Array.from({ length: between(3, 6) }, sentence)))
    if (section === 1) body.push(table(['Week', 'Focus', 'Typical load'], ...Array.from({ length: 3 }, (_, row) => [`Week ${row + 1}`, titleWords(), `${between(2, 5)} sessions`])))
    if (section === 2) body.push(img(pick(inlinePool), sentence()))
  }
  body.push(p(sentences(2), ' ', ext('https://medlineplus.gov/', 'MedlinePlus'), ' has more background.'))
  body.push(faqGroup('Questions patients ask', ...pickSome(faqSlugs, 2)))
  return body
}

function makeArticle(index: number, brands: SeedBrand[]): BenchArticle {
  const own = brands[index % brands.length] as SeedBrand
  // About one article in twenty is shared with a second brand.
  const shared = brands.length > 1 && random() < 0.05 ? [(brands[(index + 1) % brands.length] as SeedBrand).slug] : []
  const title = titleCase(`${titleWords()} ${index + 1}`)
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 700) * 86_400_000 + between(7, 18) * 3_600_000)
  return {
    title,
    slug: `bench-article-${pad(index + 1, 5)}`,
    brands: [own.slug, ...shared],
    author: pick(demoNetwork.authors).slug,
    publishedAt: day.toISOString(),
    categories: pickSome(CATEGORIES, between(1, 2)),
    excerpt: sentences(2).slice(0, 300),
    heroImage: pick(heroPool),
    body: makeBody(),
    relatedTherapies: pickSome(therapySlugs, 2),
    relatedConditions: pickSome(conditionSlugs, 2),
    faqs: pickSome(faqSlugs, 3),
  }
}

/** One stderr line rewritten in place on a terminal; a plain line every few seconds otherwise. */
function progress(label: string, total: number) {
  const tty = process.stderr.isTTY === true
  const started = performance.now()
  let lastPrint = 0
  const render = (done: number) => {
    const seconds = (performance.now() - started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const share = total === 0 ? 1 : done / total
    const width = 30
    const bar = `${'#'.repeat(Math.round(share * width))}${'.'.repeat(width - Math.round(share * width))}`
    return `${label} [${bar}] ${done}/${total} ${(share * 100).toFixed(0)}% ${rate.toFixed(1)} docs/s`
  }
  return {
    tick(done: number) {
      const now = performance.now()
      if (done < total && now - lastPrint < (tty ? 100 : 5000)) return
      lastPrint = now
      if (tty) process.stderr.write(`\r${render(done)}\x1b[K`)
      else process.stderr.write(`${render(done)}\n`)
    },
    end() {
      if (tty) process.stderr.write('\n')
    },
  }
}

type Id = number | string
const context = { disableRebuild: true }

async function idsBySlug(payload: Payload, collection: 'therapies' | 'conditions' | 'faqs' | 'comparisons' | 'authors' | 'brands'): Promise<Map<string, Id>> {
  const { docs } = await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true, draft: true })
  return new Map(docs.map((doc) => [String((doc as { slug: string }).slug), doc.id]))
}

async function main() {
  const [{ getPayload }, { default: config }, { seedNetwork }] = await Promise.all([import('payload'), import('../payload.config'), import('../seed/seedNetwork')])
  const started = performance.now()
  const payload = await getPayload({ config })
  const booted = performance.now()
  let documents = 0
  try {
    const existing = await payload.count({ collection: 'brands', overrideAccess: true })
    if (existing.totalDocs > 0) throw new Error(`${dbFile} already holds brands: bench:seed only fills a fresh database.`)
    const brands = makeBrands()
    const all = brands.map((brand) => brand.slug)
    const network: SeedNetwork = {
      brands,
      clinics: makeClinics(brands),
      therapies: demoNetwork.therapies.map((doc) => ({ ...doc, brands: all, notOfferedInStates: [...doc.notOfferedInStates] })),
      conditions: demoNetwork.conditions.map((doc) => ({ ...doc, brands: all })),
      authors: demoNetwork.authors.map((doc) => ({ ...doc, brands: all })),
      faqs: demoNetwork.faqs.map((doc) => ({ ...doc, brands: all })),
      comparisons: demoNetwork.comparisons.map((doc) => ({ ...doc, brands: all })),
      articles: [],
    }
    // The shared part goes through the demo seeder (same shapes, same images code).
    const sharedStarted = performance.now()
    const shared = await seedNetwork(payload, network, { admin: { email: 'admin@bench.example', password: 'bench-admin-2026' }, log: (line) => console.error(`› seeding ${line}`) })
    const sharedDocs = Object.values(shared.created).reduce((sum, n) => sum + n, 0)
    documents += sharedDocs
    const sharedSeconds = (performance.now() - sharedStarted) / 1000

    const brandIds = await idsBySlug(payload, 'brands')
    const refs = new Map<string, Map<string, Id>>()
    for (const collection of ['therapies', 'conditions', 'faqs', 'comparisons', 'authors'] as const) refs.set(collection, await idsBySlug(payload, collection))
    const ref = (collection: string, slug: string): Id => {
      const id = refs.get(collection)?.get(slug)
      if (id === undefined) throw new Error(`bench article refers to missing ${collection} "${slug}"`)
      return id
    }

    console.error('› seeding bench images')
    const imagesStarted = performance.now()
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
      documents += 1
    }
    const imagesSeconds = (performance.now() - imagesStarted) / 1000

    const articlesStarted = performance.now()
    const bar = progress('› articles', articleCount)
    bar.tick(0)
    for (let index = 0; index < articleCount; index += 1) {
      const article = makeArticle(index, brands)
      const body = richTextToLexical(article.body, {
        media: (image) => {
          const id = media.get(image.key)
          if (id === undefined) throw new Error(`Image "${image.key}" was not uploaded`)
          return id
        },
        doc: (collection, slug) => refs.get(collection)?.get(slug) ?? null,
      })
      await payload.create({
        collection: 'articles',
        data: {
          ...article,
          _status: 'published',
          brands: article.brands.map((slug) => brandIds.get(slug) as Id),
          author: ref('authors', article.author),
          heroImage: media.get(article.heroImage.key) as Id,
          body,
          relatedTherapies: article.relatedTherapies.map((slug) => ref('therapies', slug)),
          relatedConditions: article.relatedConditions.map((slug) => ref('conditions', slug)),
          faqs: article.faqs.map((slug) => ref('faqs', slug)),
          seo: { title: null, description: null },
        } as never,
        overrideAccess: true,
        depth: 0,
        context,
      })
      documents += 1
      bar.tick(index + 1)
    }
    bar.end()
    const articlesSeconds = (performance.now() - articlesStarted) / 1000
    const seconds = (performance.now() - booted) / 1000
    const summary = {
      brands: brandCount,
      articles: articleCount,
      seed: prngSeed,
      documents,
      sharedDocuments: sharedDocs,
      bootSeconds: Number(((booted - started) / 1000).toFixed(3)),
      sharedSeconds: Number(sharedSeconds.toFixed(3)),
      imagesSeconds: Number(imagesSeconds.toFixed(3)),
      articlesSeconds: Number(articlesSeconds.toFixed(3)),
      articlesPerSecond: Number((articleCount / Math.max(articlesSeconds, 1e-9)).toFixed(2)),
      seconds: Number(seconds.toFixed(3)),
      docsPerSecond: Number((documents / Math.max(seconds, 1e-9)).toFixed(2)),
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
