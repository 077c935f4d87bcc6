import type { Payload } from 'payload'
import { gridFromColumns } from '../../../src/collections/Comparisons/grid'
import type { Brand } from '../../../src/payload-types'
import type { SeedBrand } from '../../../src/seed/types'
import { paragraphState } from './lexical'

type Id = number | string

/** The brand-scoped content collections. */
export type ContentCollection = 'articles' | 'comparisons' | 'faqs' | 'therapies' | 'conditions' | 'clinics' | 'authors'

export const CONTENT_COLLECTIONS: ContentCollection[] = ['articles', 'comparisons', 'faqs', 'therapies', 'conditions', 'clinics', 'authors']

/** The field each collection is titled by (and derives its slug from). */
export const TITLE_FIELD: Record<ContentCollection, string> = {
  articles: 'title',
  comparisons: 'title',
  faqs: 'question',
  therapies: 'name',
  conditions: 'name',
  clinics: 'name',
  authors: 'name',
}

/** Authors keep versions without drafts; every other content collection has drafts. */
export const hasDrafts = (collection: ContentCollection) => collection !== 'authors'

/** The slug Payload derives from a title made of words, digits and single spaces. */
export const slugOf = (title: string) => title.toLowerCase().replaceAll(' ', '-')

/**
 * The smallest valid document of a collection. Clinics take the first of `brands`; comparisons
 * need the ids of two therapies to compare.
 */
export function minimalDocument(collection: ContentCollection, title: string, brands: Id[], comparedTherapies: Id[] = []): Record<string, unknown> {
  switch (collection) {
    case 'articles':
      return { title, brands, excerpt: 'Lead.', body: paragraphState('Body.') }
    case 'comparisons':
      return { title, brands, intro: 'Intro.', therapies: comparedTherapies, grid: gridFromColumns(comparedTherapies, [{ label: 'Tool', values: ['Hands', 'Needles'] }]), combination: { how: paragraphState('Together.') } }
    case 'faqs':
      return { question: title, brands, answer: paragraphState('Answer.'), topic: 'Basics' }
    case 'therapies':
      return { name: title, brands, summary: 'Summary.', sessionLength: { minMinutes: 30, maxMinutes: 45 }, cost: { minCents: 5000, maxCents: 9000 }, practitioners: ['PT'] }
    case 'conditions':
      return { name: title, brands, summary: 'Summary.' }
    case 'clinics':
      return {
        name: title,
        brand: brands[0],
        address: { street: '1 Main St', city: 'Mesa', state: 'AZ', postalCode: '85201' },
        geo: { lat: 33.4, lng: -111.8 },
        phone: '(480) 555-0100',
        booking: { method: 'form' },
      }
    case 'authors':
      return { name: title, brands }
  }
}

/** A published brand named `name`, with the slug and domain derived from it. */
export const brandData = (name: string) => ({
  name,
  slug: slugOf(name),
  domain: `www.${slugOf(name)}.example`,
  kind: 'clinic' as const,
  tagline: 'Physical therapy close to home',
  theme: { primary: '#0f5f5a', accent: '#b45309', background: '#ffffff', text: '#1f2933' },
  medicalDisclaimer: 'General information, not medical advice.',
  privacyNotice: 'We use what you send through the appointment form only to contact you, and delete it after 180 days.',
  _status: 'published' as const,
})

/** A demo brand as a document: the logo is an image the seed draws, left out here. */
export function withoutLogo(brand: SeedBrand): Omit<SeedBrand, 'logo'> {
  const copy: Partial<SeedBrand> = { ...brand }
  delete copy.logo
  return copy as Omit<SeedBrand, 'logo'>
}

/**
 * The demo brands, published, each with its build hook on `hookUrl(slug)`, written without
 * scheduling rebuilds; the seed finds them and adds their content. Keyed by slug.
 */
export async function createDemoBrandsWithHooks(payload: Payload, brands: readonly SeedBrand[], hookUrl: (slug: string) => string): Promise<Record<string, Brand>> {
  const created: Record<string, Brand> = {}
  for (const seed of brands) {
    const brand = withoutLogo(seed)
    created[brand.slug] = await payload.create({
      collection: 'brands',
      data: { ...brand, buildHookUrl: hookUrl(brand.slug), _status: 'published' },
      overrideAccess: true,
      context: { disableRebuild: true },
    })
  }
  return created
}
