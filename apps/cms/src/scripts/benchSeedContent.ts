/**
 * The synthetic network of `bench:seed`: brands, clinics, providers, reviews and articles
 * generated with a seeded PRNG (the same seed and the same calls in the same order give the same
 * content), around the demo seed's shared therapies, conditions, FAQs, comparisons and authors.
 */
import { isValidNpi, toSlug } from '@clinic/schema'
import { demoNetwork } from '../seed/data'
import { b, ext, faqGroup, h2, h3, i, img, link, p, table, ul } from '../seed/data/rich'
import type { SeedAuthor, SeedBrand, SeedClinic, SeedImage, SeedProvider, SeedReview, SeedRichText } from '../seed/types'

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

const therapySlugs = demoNetwork.therapies.map((therapy) => therapy.slug)
const conditionSlugs = demoNetwork.conditions.map((condition) => condition.slug)

// Fictional plan names (and the two public programmes), as a clinic lists them.
const INSURANCE_PLANS = [
  'Medicare', 'Medicaid', 'Harborline Health PPO', 'Summit Mutual Choice', 'Prairie Shield HMO', 'Tidewater Workers\' Comp Network',
  'Cedar Hollow Health Plan', 'Northgate Employee Benefits', 'Bluebell Family PPO', 'Silver Creek Medicare Advantage',
]
// Codes of the CMS's language list (src/fields/languages.ts) besides English.
const OTHER_LANGUAGES = ['es', 'vi', 'zh', 'ko', 'tl', 'ru', 'fr', 'ase']

/** English first, then up to `most` other languages. */
const languagesOf = (rng: Rng, most: number) => ['en', ...rng.pickSome(OTHER_LANGUAGES, rng.between(0, most))]

/**
 * A few clinics per brand, copied from the demo's with new names and slugs. `details` draws the
 * insurance plans and languages (a stream of its own, so the clinics, articles and images drawn
 * from `rng` stay what they were before clinics had them); every third clinic lists no plan, so
 * its page says "call us to check your plan".
 */
export function makeClinics(rng: Rng, brands: SeedBrand[], details: Rng): SeedClinic[] {
  return brands.flatMap((brand, brandIndex) =>
    Array.from({ length: 2 + (brandIndex % 3) }, (_, index) => {
      const template = rng.pick(demoNetwork.clinics)
      const insurancePlans = index % 3 === 2 ? [] : details.pickSome(INSURANCE_PLANS, details.between(2, 5))
      return {
        ...template,
        brand: brand.slug,
        name: `${brand.name} ${template.address.city} ${index + 1}`,
        slug: `${brand.slug}-clinic-${index + 1}`,
        insurancePlans,
        languages: languagesOf(details, 2),
      }
    }),
  )
}

/** Square avatars for the providers, drawn like the other pool images; some providers have none. */
export const portraitPool: SeedImage[] = PALETTES.slice(0, 4).map(([first, second], index) => ({
  key: `bench-portrait-${index + 1}`,
  alt: `Illustrated avatar ${index + 1}: abstract shapes in two colours, not a photograph`,
  palette: [second, first],
  width: 400,
  height: 400,
}))

// Fictional first and last names: any pairing names nobody in particular.
const FIRST_NAMES = ['Ines', 'Tobias', 'Marguerite', 'Devika', 'Solveig', 'Kwame', 'Lucia', 'Anselm', 'Noor', 'Bram', 'Calla', 'Oren', 'Yara', 'Emeric', 'Talia', 'Rufus', 'Mireille', 'Sefton', 'Ottilie', 'Ravi']
const LAST_NAMES = ['Calloway', 'Brightwater', 'Ostrander', 'Halloran', 'Quintero', 'Lindqvist', 'Marchetti', 'Fairbairn', 'Castellanos', 'Wexley', 'Duquesne', 'Haverill', 'Tremaine', 'Okafor-Lund', 'Pennywhistle', 'Arkwright']

/** What a kind of clinician is called and performs (therapy slugs of the demo network). */
interface Role {
  credentials: string[][]
  jobTitles: string[]
  therapies: string[]
  patients: string
}
const ROLES: Record<'pt' | 'lmt' | 'lac' | 'dc' | 'md', Role> = {
  pt: {
    credentials: [['PT', 'DPT'], ['PT', 'DPT', 'OCS'], ['PT', 'DPT', 'SCS'], ['PT']],
    jobTitles: ['Physical therapist', 'Orthopedic physical therapist', 'Sports physical therapist', 'Clinical director'],
    therapies: ['dry-needling', 'massage-therapy'],
    patients: 'runners, desk workers and people back from surgery',
  },
  lmt: { credentials: [['LMT']], jobTitles: ['Licensed massage therapist'], therapies: ['massage-therapy'], patients: 'people with tight, sore muscles and long working days' },
  lac: { credentials: [['L.Ac.'], ['L.Ac.', 'MSOM']], jobTitles: ['Licensed acupuncturist'], therapies: ['acupuncture'], patients: 'people with long-standing pain and headaches' },
  dc: { credentials: [['DC']], jobTitles: ['Chiropractor'], therapies: ['massage-therapy'], patients: 'people with neck and back pain who sit for a living' },
  md: { credentials: [['MD']], jobTitles: ['Physiatrist'], therapies: ['trigger-point-injection', 'dry-needling'], patients: 'people whose pain has not settled with exercise alone' },
}
const GENERATED_ROLES = ['pt', 'pt', 'lmt', 'lac', 'md'] as const

/** An author's role by their credentials. */
const roleOfAuthor = (author: SeedAuthor): Role =>
  /LMT/.test(author.credentials) ? ROLES.lmt : /L\.Ac\./.test(author.credentials) ? ROLES.lac : /\bDC\b/.test(author.credentials) ? ROLES.dc : /\bMD\b/.test(author.credentials) ? ROLES.md : ROLES.pt

/** A 10-digit NPI that passes the check digit and starts with 9, which the NPI registry never issues. */
function makeNpi(rng: Rng): string {
  const body = `9${Array.from({ length: 8 }, () => rng.between(0, 9)).join('')}`
  for (let check = 0; check <= 9; check += 1) if (isValidNpi(`${body}${check}`)) return `${body}${check}`
  throw new Error(`no check digit makes ${body}_ a valid NPI`)
}

function makeBio(rng: Rng, firstName: string, role: Role, jobTitle: string): SeedRichText {
  return [
    p(`${firstName} has worked as a ${jobTitle.toLowerCase()} for ${rng.between(4, 22)} years and mostly sees ${role.patients}.`),
    p(rng.pick([
      `Every first visit starts with a conversation: what you want to get back to, and what has already been tried.`,
      `${firstName} explains each step of a session before it starts, and gives you a short plan for the days between visits.`,
      `Outside the clinic, ${firstName} teaches workshops for other clinicians and is usually found on a bicycle.`,
    ])),
  ]
}

/** The brand's providers and the demo authors who are one of them. */
export interface BenchTeam {
  providers: SeedProvider[]
  /** Provider slug by author slug: the author's byline links to that profile. */
  authorProviders: Map<string, string>
}

/**
 * Two to four providers per brand. Demo author k is also a provider of brand k (mod the number of
 * brands), with the same name, credentials and avatar, so bylines link to profiles; the rest are
 * generated clinicians with fictional names. Each practises at one or two of the brand's clinics
 * (a fourth generated one at none: a clinical reviewer), performs their role's therapies, focuses
 * on a few conditions, and about two in three have an NPI.
 */
export function makeTeam(rng: Rng, brands: SeedBrand[], clinics: SeedClinic[]): BenchTeam {
  const providers: SeedProvider[] = []
  const authorProviders = new Map<string, string>()
  const usedSlugs = new Set(demoNetwork.authors.map((author) => author.slug))
  const conditions = (n: number) => rng.pickSome(conditionSlugs, n)
  brands.forEach((brand, brandIndex) => {
    const own = clinics.filter((clinic) => clinic.brand === brand.slug).map((clinic) => clinic.slug)
    const atClinics = () => rng.pickSome(own, rng.next() < 0.25 ? 2 : 1)
    const personas = demoNetwork.authors.filter((_, index) => index % brands.length === brandIndex)
    for (const author of personas) {
      const role = roleOfAuthor(author)
      const firstName = author.name.split(' ')[0] ?? author.name
      providers.push({
        brand: brand.slug,
        name: author.name,
        slug: author.slug,
        credentials: author.credentials.split(',').map((credential) => credential.trim()).filter(Boolean),
        jobTitle: author.jobTitle,
        photo: author.photo,
        bio: makeBio(rng, firstName, role, author.jobTitle),
        clinics: atClinics(),
        therapies: role.therapies.filter((slug) => therapySlugs.includes(slug)),
        conditions: conditions(rng.between(2, 4)),
        languages: languagesOf(rng, 1),
        acceptingNewPatients: rng.next() < 0.8,
        npi: makeNpi(rng),
      })
      authorProviders.set(author.slug, author.slug)
    }
    const generated = Math.max(0, rng.between(2, 4) - personas.length)
    for (let index = 0; index < generated; index += 1) {
      const firstName = rng.pick(FIRST_NAMES)
      const name = `${firstName} ${rng.pick(LAST_NAMES)}`
      // Slugs are unique across the seed (reviews and authors name providers by slug).
      const slug = usedSlugs.has(toSlug(name)) ? `${toSlug(name)}-${providers.length + 1}` : toSlug(name)
      usedSlugs.add(slug)
      const role = ROLES[rng.pick(GENERATED_ROLES)]
      const jobTitle = rng.pick(role.jobTitles)
      providers.push({
        brand: brand.slug,
        name,
        slug,
        credentials: rng.pick(role.credentials),
        jobTitle,
        photo: rng.next() < 0.75 ? rng.pick(portraitPool) : null,
        bio: makeBio(rng, firstName, role, jobTitle),
        clinics: index === 3 ? [] : atClinics(),
        therapies: role.therapies.filter((slug) => therapySlugs.includes(slug)),
        conditions: conditions(rng.between(2, 4)),
        languages: languagesOf(rng, 2),
        acceptingNewPatients: rng.next() < 0.8,
        npi: rng.next() < 0.67 ? makeNpi(rng) : null,
      })
    }
  })
  return { providers, authorProviders }
}

// Reviews are dated in the year up to this day: a fixed day (not today) so the same seed gives the
// same content, in the past so the CMS accepts it, and after the newest generated article.
const REVIEWED_UNTIL = Date.UTC(2026, 10, 1)

/** A review day in the year up to REVIEWED_UNTIL, `YYYY-MM-DD`. */
const reviewDay = (rng: Rng) => new Date(REVIEWED_UNTIL - rng.between(0, 333) * 86_400_000).toISOString().slice(0, 10)

/** Who reviewed a page and when: one of `brand`'s providers, or null for a brand without any. */
function reviewBy(rng: Rng, providers: readonly SeedProvider[], brand: string): { reviewedBy: string; lastReviewed: string } | null {
  const candidates = providers.filter((provider) => provider.brand === brand)
  return candidates.length === 0 ? null : { reviewedBy: rng.pick(candidates).slug, lastReviewed: reviewDay(rng) }
}

/**
 * Reviews of the shared therapies, conditions and comparisons: in slug order, page k is reviewed
 * by a provider of brand k (mod the number of brands), so a brand's first page of each type (the
 * one the bench measures) carries one; every fifth page carries none. A shared page shows its
 * review on the reviewer's brand only.
 */
export function makeSharedReviews(rng: Rng, brands: SeedBrand[], providers: readonly SeedProvider[]): SeedReview[] {
  const collections = [
    ['therapies', therapySlugs],
    ['conditions', conditionSlugs],
    ['comparisons', demoNetwork.comparisons.map((comparison) => comparison.slug)],
  ] as const
  return collections.flatMap(([collection, slugs]) =>
    [...slugs].sort().flatMap((slug, index) => {
      const brand = brands[index % brands.length] as SeedBrand
      const review = index % 5 === 4 ? null : reviewBy(rng, providers, brand.slug)
      return review ? [{ collection, slug, ...review }] : []
    }),
  )
}

/** The review of article number `index` (on its own brand), or null for about one in seven. */
export function makeArticleReview(rng: Rng, index: number, article: BenchArticle, providers: readonly SeedProvider[]) {
  return index % 7 === 6 ? null : reviewBy(rng, providers, article.brands[0] as string)
}

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
