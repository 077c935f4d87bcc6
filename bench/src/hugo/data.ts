/**
 * The Hugo project's data file (data/site.json): the snapshot's documents in the order the site
 * lists them, with the wording the templates print (state names, cost and session ranges,
 * opening hours, `tel:` links) worked out here, as the site's components do.
 */
import { type BrandSnapshot, type Clinic, type Therapy, WEEKDAYS, isTherapyOfferedInState, plainText, stateName, toTelHref } from '@clinic/schema'
import { PLATFORM_NAMES, EN_DASH, capitalise, clockTime, costRange, minutesRange } from './format'
import { type MarkdownContext, richTextToMarkdown } from './markdown'

type Media = NonNullable<BrandSnapshot['brand']['logo']>

/** The snapshot's documents, sorted as the site lists them. */
export interface SortedSnapshot {
  snapshot: BrandSnapshot
  clinics: Clinic[]
  therapies: Therapy[]
  conditions: BrandSnapshot['conditions']
  faqs: BrandSnapshot['faqs']
  comparisons: BrandSnapshot['comparisons']
  articles: BrandSnapshot['articles']
  /** Slug by id, per collection. */
  slugs: Record<'articles' | 'therapies' | 'conditions' | 'comparisons' | 'clinics' | 'faqs', Map<string, string>>
  takesRequests: boolean
}

/** An image as the templates read it. */
export const image = (media: Media | null) => (media ? { url: media.url, alt: media.alt, width: media.width, height: media.height } : null)

const notOfferedReason = (therapy: Therapy, clinic: Clinic) => `${therapy.name} is not offered in ${stateName(clinic.address.state)}`

function brandData({ snapshot: { brand }, clinics, takesRequests }: SortedSnapshot) {
  return {
    name: brand.name,
    slug: brand.slug,
    tagline: brand.tagline,
    domain: brand.domain,
    orgType: brand.kind === 'publication' ? 'Organization' : 'MedicalOrganization',
    themeStyle: `--color-primary: ${brand.theme.primary}; --color-accent: ${brand.theme.accent}; --color-background: ${brand.theme.background}; --color-text: ${brand.theme.text}`,
    primary: brand.theme.primary,
    logo: image(brand.logo),
    phone: brand.contact.phone,
    tel: brand.contact.phone ? toTelHref(brand.contact.phone) : null,
    email: brand.contact.email,
    social: brand.socialLinks.map((link) => ({ name: PLATFORM_NAMES[link.platform] ?? link.platform, url: link.url })),
    acceptsAppointments: brand.acceptsAppointments,
    takesRequests,
    appointmentUrl: brand.appointmentUrl,
    medicalDisclaimer: brand.medicalDisclaimer,
    privacy: brand.privacyNotice.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean),
    states: [...new Set(clinics.map((clinic) => clinic.address.state))].map(stateName),
  }
}

function therapyData(therapy: Therapy, { clinics, slugs }: SortedSnapshot) {
  const listing = clinics.filter((clinic) => clinic.therapies.includes(therapy.id))
  const offeredAt = (clinic: Clinic) => isTherapyOfferedInState(therapy, clinic.address.state)
  return {
    id: therapy.id,
    name: therapy.name,
    slug: therapy.slug,
    summary: therapy.summary,
    session: minutesRange(therapy.sessionLength),
    cost: costRange(therapy.cost),
    practitioners: therapy.practitioners.join('; '),
    sideEffects: therapy.sideEffects,
    contraindications: therapy.contraindications,
    conditions: therapy.conditions.filter((id) => slugs.conditions.has(id)),
    statesNotOffered: [...new Set(therapy.notOfferedInStates)].map(stateName).sort((a, b) => a.localeCompare(b)),
    offeredAt: listing.filter(offeredAt).map((clinic) => clinic.id),
    notOfferedAt: listing.filter((clinic) => !offeredAt(clinic)).map((clinic) => ({ clinic: clinic.id, reason: notOfferedReason(therapy, clinic) })),
  }
}

function openingHours(clinic: Clinic) {
  return [...clinic.openingHours]
    .sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day))
    .map((entry) => ({
      day: capitalise(entry.day),
      schemaDay: `https://schema.org/${capitalise(entry.day)}`,
      closed: entry.closed,
      opens: entry.closed ? '' : entry.opens,
      closes: entry.closed ? '' : entry.closes,
      hours: entry.closed ? 'Closed' : `${clockTime(entry.opens)} ${EN_DASH} ${clockTime(entry.closes)}`,
    }))
}

function clinicData(clinic: Clinic, { therapies }: SortedSnapshot) {
  const { address, geo } = clinic
  const listed = therapies.filter((therapy) => clinic.therapies.includes(therapy.id))
  const offered = (therapy: Therapy) => isTherapyOfferedInState(therapy, address.state)
  return {
    id: clinic.id,
    name: clinic.name,
    slug: clinic.slug,
    address,
    stateName: stateName(address.state),
    oneLine: `${address.street}${address.street2 ? `, ${address.street2}` : ''}, ${address.city}, ${address.state} ${address.postalCode}`,
    streetLine: address.street2 ? `${address.street}, ${address.street2}` : address.street,
    mapUrl: `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lng}#map=17/${geo.lat}/${geo.lng}`,
    geo,
    phone: clinic.phone,
    tel: toTelHref(clinic.phone),
    email: clinic.email,
    booking: clinic.booking,
    hours: openingHours(clinic),
    offered: listed.filter(offered).map((therapy) => therapy.id),
    notOffered: listed.filter((therapy) => !offered(therapy)).map((therapy) => ({ therapy: therapy.id, reason: notOfferedReason(therapy, clinic) })),
  }
}

function faqData(faq: BrandSnapshot['faqs'][number], ctx: MarkdownContext) {
  return {
    id: faq.id,
    slug: faq.slug,
    question: faq.question,
    topic: faq.topic,
    therapies: faq.therapies,
    conditions: faq.conditions,
    answer: richTextToMarkdown(faq.answer, ctx, { baseLevel: 3, depth: 1 }),
    text: plainText(faq.answer).join(' ').replace(/\s+/g, ' ').trim(),
  }
}

/** Everything data/site.json holds but the categories (see `categoriesOf`). */
export function siteData(sorted: SortedSnapshot, ctx: MarkdownContext) {
  const { snapshot, clinics, therapies, conditions, faqs, comparisons, slugs } = sorted
  const byId = <T extends { id: string }, U>(list: readonly T[], map: (item: T) => U) => Object.fromEntries(list.map((item) => [item.id, map(item)]))
  const states = [...new Set(clinics.map((clinic) => clinic.address.state))].sort((a, b) => stateName(a).localeCompare(stateName(b)))
  return {
    brand: brandData(sorted),
    therapyOrder: therapies.map((t) => t.id),
    therapies: byId(therapies, (therapy) => therapyData(therapy, sorted)),
    conditionOrder: conditions.map((c) => c.id),
    conditions: byId(conditions, (c) => ({ id: c.id, name: c.name, slug: c.slug, summary: c.summary, therapies: c.therapies.filter((id) => slugs.therapies.has(id)) })),
    faqOrder: faqs.map((f) => f.id),
    faqs: byId(faqs, (faq) => faqData(faq, ctx)),
    faqTopics: [...new Set(faqs.map((faq) => faq.topic))].map((topic) => ({ topic, faqs: faqs.filter((faq) => faq.topic === topic).map((faq) => faq.id) })),
    comparisonOrder: comparisons.map((c) => c.id),
    comparisons: byId(comparisons, (c) => c),
    authors: byId(snapshot.authors, (a) => ({ id: a.id, name: a.name, credentials: a.credentials, jobTitle: a.jobTitle, bio: a.bio })),
    clinicOrder: clinics.map((c) => c.id),
    clinics: byId(clinics, (clinic) => clinicData(clinic, sorted)),
    states: states.map((state) => ({ code: state, id: `state-${state.toLowerCase()}`, name: stateName(state), clinics: clinics.filter((clinic) => clinic.address.state === state).map((clinic) => clinic.id) })),
  }
}

/** An article category as the site lists it: told apart by slug, named by the most used spelling. */
export interface Category {
  slug: string
  name: string
  count: number
}

/** The articles' categories, as the site's lib/categories.ts counts them. */
export function categoriesOf(articles: BrandSnapshot['articles'], categorySlug: (name: string) => string): Category[] {
  const categories = new Map<string, { spellings: Map<string, number>; articles: Set<string> }>()
  for (const article of articles) {
    for (const name of article.categories) {
      const slug = categorySlug(name)
      const entry = categories.get(slug) ?? { spellings: new Map<string, number>(), articles: new Set<string>() }
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1)
      entry.articles.add(article.id)
      categories.set(slug, entry)
    }
  }
  return [...categories.entries()]
    .map(([slug, entry]) => ({ slug, name: [...entry.spellings.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? slug, count: entry.articles.size }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug))
}
