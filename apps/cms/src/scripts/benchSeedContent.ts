/**
 * The synthetic network of `bench:seed`: brands, clinics and articles generated with a seeded
 * PRNG (the same seed and the same calls in the same order give the same content), around the
 * demo seed's shared therapies, conditions, FAQs, comparisons and authors.
 */
import { demoNetwork } from '../seed/data'
import { b, ext, faqGroup, h2, h3, i, img, link, p, table, ul } from '../seed/data/rich'
import type { SeedBrand, SeedClinic, SeedImage, SeedRichText } from '../seed/types'

/** Draws from one seeded PRNG. */
export interface Rng {
  pick<T>(list: readonly T[]): T
  /** Up to `n` distinct items, in drawn order. */
  pickSome<T>(list: readonly T[], n: number): T[]
  /** An integer from `min` to `max`, both included. */
  between(min: number, max: number): number
  /** A number in [0, 1). */
  next(): number
}

/** mulberry32: small, fast, deterministic. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let x = state
    x = Math.imul(x ^ (x >>> 15), x | 1)
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32
  }
  return {
    next,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    pickSome: <T>(list: readonly T[], n: number): T[] => {
      const pool = [...list]
      const out: T[] = []
      while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T)
      return out
    },
    between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')
const WORDS = (
  'pain movement recovery muscle tissue joint strength posture nerve exercise mobility stretch tension therapy session ' +
  'clinic patient week morning habit load sleep stiffness balance breathing walking sitting desk shoulder knee hip back ' +
  'neck heel calf progress plan goal comfort routine gentle steady gradual common usual careful simple clear'
).split(' ')
const sentence = (rng: Rng) => {
  const text = Array.from({ length: rng.between(9, 20) }, () => rng.pick(WORDS)).join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}
const sentences = (rng: Rng, n: number) => Array.from({ length: n }, () => sentence(rng)).join(' ')
const titleWords = (rng: Rng) => Array.from({ length: rng.between(3, 6) }, () => rng.pick(WORDS)).join(' ')
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
export const heroPool: SeedImage[] = PALETTES.map((palette, index) => ({ key: `bench-hero-${index + 1}`, alt: `Abstract shapes in two colours, picture ${index + 1}`, palette, width: 1600, height: 900 }))
export const inlinePool: SeedImage[] = PALETTES.slice(0, 3).map((palette, index) => ({ key: `bench-inline-${index + 1}`, alt: `Abstract illustration ${index + 1}`, palette, width: 1200, height: 800 }))

/** `count` brands copied from the demo's, with bench names, slugs and domains. */
export function makeBrands(count: number): SeedBrand[] {
  return Array.from({ length: count }, (_, index) => {
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
export function makeClinics(rng: Rng, brands: SeedBrand[]): SeedClinic[] {
  return brands.flatMap((brand, brandIndex) =>
    Array.from({ length: 2 + (brandIndex % 3) }, (_, index) => {
      const template = rng.pick(demoNetwork.clinics)
      return { ...template, brand: brand.slug, name: `${brand.name} ${template.address.city} ${index + 1}`, slug: `${brand.slug}-clinic-${index + 1}` }
    }),
  )
}

const therapySlugs = demoNetwork.therapies.map((therapy) => therapy.slug)
const conditionSlugs = demoNetwork.conditions.map((condition) => condition.slug)
const faqSlugs = demoNetwork.faqs.map((faq) => faq.slug)
const CATEGORIES = ['Treatments', 'Conditions', 'Recovery', 'Clinic news', 'Prevention']

/** One generated article, its references by slug. */
export interface BenchArticle {
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
function makeBody(rng: Rng): SeedRichText {
  const therapy = rng.pick(therapySlugs)
  const condition = rng.pick(conditionSlugs)
  const body: SeedRichText = [p(b(sentence(rng)), ' ', sentences(rng, 2))]
  const sections = rng.between(3, 5)
  for (let section = 0; section < sections; section += 1) {
    body.push(h2(titleCase(titleWords(rng))))
    body.push(p(sentences(rng, rng.between(2, 4)), ' ', link('therapies', therapy, rng.pick(WORDS)), ' ', sentences(rng, 1)))
    body.push(h3(titleCase(titleWords(rng))))
    body.push(p(sentences(rng, rng.between(2, 3)), ' ', i(sentence(rng)), ' ', link('conditions', condition, rng.pick(WORDS)), '.'))
    if (section === 0) body.push(ul(...Array.from({ length: rng.between(3, 6) }, () => sentence(rng))))
    if (section === 1) body.push(table(['Week', 'Focus', 'Typical load'], ...Array.from({ length: 3 }, (_, row) => [`Week ${row + 1}`, titleWords(rng), `${rng.between(2, 5)} sessions`])))
    if (section === 2) body.push(img(rng.pick(inlinePool), sentence(rng)))
  }
  body.push(p(sentences(rng, 2), ' ', ext('https://medlineplus.gov/', 'MedlinePlus'), ' has more background.'))
  body.push(faqGroup('Questions patients ask', ...rng.pickSome(faqSlugs, 2)))
  return body
}

/** Article number `index`: on brand `index % brands`, about one in twenty also on the next brand. */
export function makeArticle(rng: Rng, index: number, brands: SeedBrand[]): BenchArticle {
  const own = brands[index % brands.length] as SeedBrand
  const shared = brands.length > 1 && rng.next() < 0.05 ? [(brands[(index + 1) % brands.length] as SeedBrand).slug] : []
  const title = titleCase(`${titleWords(rng)} ${index + 1}`)
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rng.next() * 700) * 86_400_000 + rng.between(7, 18) * 3_600_000)
  return {
    title,
    slug: `bench-article-${pad(index + 1, 5)}`,
    brands: [own.slug, ...shared],
    author: rng.pick(demoNetwork.authors).slug,
    publishedAt: day.toISOString(),
    categories: rng.pickSome(CATEGORIES, rng.between(1, 2)),
    excerpt: sentences(rng, 2).slice(0, 300),
    heroImage: rng.pick(heroPool),
    body: makeBody(rng),
    relatedTherapies: rng.pickSome(therapySlugs, 2),
    relatedConditions: rng.pickSome(conditionSlugs, 2),
    faqs: rng.pickSome(faqSlugs, 3),
  }
}
