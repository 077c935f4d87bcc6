/**
 * The Hugo project's data file (data/site.json): the snapshot's documents in the order the site
 * lists them, with the wording the templates print (state names, cost and session ranges,
 * opening hours, `tel:` links) worked out here, as the site's components do.
 */
import { type BrandSnapshot, type Clinic, type MedicalReview, type Provider, type Therapy, WEEKDAYS, isTherapyOfferedInState, plainText, providerDisplayName, stateName, toTelHref } from '@clinic/schema'
import { routes } from 'site/testing'
import { PLATFORM_NAMES, EN_DASH, capitalise, clockTime, costRange, languageName, minutesRange, monthYear } from './format'
import { type MarkdownContext, inlineToMarkdown, richTextToMarkdown } from './markdown'

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
  providers: Provider[]
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

/**
 * The reviewed-by line of a health page (the site's ReviewedBy.astro): the reviewer's name and
 * profile, the day and its month; null without a review or when the reviewer is not in the snapshot.
 */
export function reviewData(review: MedicalReview | null, { providers }: Pick<SortedSnapshot, 'providers'>) {
  const provider = review === null ? undefined : providers.find((candidate) => candidate.id === review.reviewedBy)
  if (review === null || provider === undefined) return null
  return { slug: provider.slug, name: providerDisplayName(provider), date: review.lastReviewed, month: monthYear(review.lastReviewed) }
}

/** Whether `clinic` offers `therapy`: listed there and allowed in its state. */
const offersTherapy = (clinic: Clinic, therapy: Therapy) => clinic.therapies.includes(therapy.id) && isTherapyOfferedInState(therapy, clinic.address.state)

/** Per clinic where `provider` practises, the therapies they perform there (the site's lib/team.ts `providerTherapiesByClinic`). */
function providerTherapiesByClinic(provider: Provider, { clinics, therapies }: Pick<SortedSnapshot, 'clinics' | 'therapies'>) {
  return clinics
    .filter((clinic) => provider.clinics.includes(clinic.id))
    .map((clinic) => ({ clinic, therapies: therapies.filter((therapy) => offersTherapy(clinic, therapy) && provider.therapies.includes(therapy.id)) }))
    .filter((entry) => entry.therapies.length > 0)
}

function therapyData(therapy: Therapy, sorted: SortedSnapshot) {
  const { clinics, slugs, providers } = sorted
  const listing = clinics.filter((clinic) => clinic.therapies.includes(therapy.id))
  const offeredAt = (clinic: Clinic) => isTherapyOfferedInState(therapy, clinic.address.state)
  // The site's lib/team.ts `therapyProviders`: who performs it, at which of the brand's clinics.
  const clinicians = providers
    .filter((provider) => provider.therapies.includes(therapy.id))
    .map((provider) => ({ slug: provider.slug, name: providerDisplayName(provider), clinics: providerTherapiesByClinic(provider, sorted).filter((entry) => entry.therapies.some((t) => t.id === therapy.id)).map((entry) => entry.clinic.name) }))
    .filter((entry) => entry.clinics.length > 0)
    .map((entry) => ({ ...entry, clinics: entry.clinics.join(', ') }))
  return {
    review: reviewData(therapy.review, sorted),
    clinicians,
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

function clinicData(clinic: Clinic, { therapies, providers }: SortedSnapshot) {
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
    insurancePlans: clinic.insurancePlans,
    languages: clinic.languages.map(languageName).join(', '),
    team: providers.filter((provider) => provider.clinics.includes(clinic.id)).map((provider) => provider.id),
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
    conditions: byId(conditions, (c) => ({ id: c.id, name: c.name, slug: c.slug, summary: c.summary, therapies: c.therapies.filter((id) => slugs.therapies.has(id)), review: reviewData(c.review, sorted) })),
    faqOrder: faqs.map((f) => f.id),
    faqs: byId(faqs, (faq) => faqData(faq, ctx)),
    faqTopics: [...new Set(faqs.map((faq) => faq.topic))].map((topic) => ({ topic, faqs: faqs.filter((faq) => faq.topic === topic).map((faq) => faq.id) })),
    comparisonOrder: comparisons.map((c) => c.id),
    comparisons: byId(comparisons, (c) => ({
      ...c,
      // Cells are inline rich text: Markdown the template renders with `markdownify`, as the site renders the nodes.
      rows: c.rows.map((row) => ({ label: row.label, values: row.values.map((cell) => inlineToMarkdown(cell, ctx)) })),
      // The advice is rich text too (paragraphs, lists, links), as Markdown.
      whenToChoose: c.whenToChoose.map((entry) => ({ therapy: entry.therapy, text: richTextToMarkdown(entry.text, ctx, { baseLevel: 3, depth: 1 }) })),
      combination: { canCombine: c.combination.canCombine, how: richTextToMarkdown(c.combination.how, ctx, { baseLevel: 3, depth: 1 }) },
      review: reviewData(c.review, sorted),
    })),
    authors: byId(snapshot.authors, (a) => ({
      id: a.id,
      name: a.name,
      credentials: a.credentials,
      jobTitle: a.jobTitle,
      bio: a.bio,
      // An author who is one of the brand's clinicians links to their team profile.
      profile: sorted.providers.find((provider) => provider.id === a.provider)?.slug ?? null,
    })),
    providerOrder: sorted.providers.map((p) => p.id),
    providers: byId(sorted.providers, (provider) => providerData(provider, sorted)),
    team: teamData(sorted),
    az: azIndex(sorted),
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

/** A provider as the team list, the profile and their JSON-LD read them (the site's pages/team/[slug].astro). */
function providerData(provider: Provider, sorted: SortedSnapshot) {
  const { clinics, conditions } = sorted
  const byClinic = providerTherapiesByClinic(provider, sorted)
  const therapies = [...new Map(byClinic.flatMap((entry) => entry.therapies).map((therapy) => [therapy.id, therapy])).values()]
  const where = clinics.filter((clinic) => provider.clinics.includes(clinic.id))
  const focus = provider.conditions.map((id) => conditions.find((condition) => condition.id === id)).filter((condition) => condition !== undefined)
  const displayName = providerDisplayName(provider)
  const at = where.length > 0 ? ` at ${where.map((clinic) => clinic.address.city).join(', ')}` : ''
  return {
    id: provider.id,
    slug: provider.slug,
    name: provider.name,
    displayName,
    credentials: provider.credentials,
    jobTitle: provider.jobTitle,
    accepting: provider.acceptingNewPatients,
    languageTags: provider.languages,
    languages: provider.languages.map(languageName).join(', '),
    npi: provider.npi,
    photo: image(provider.photo),
    bioText: plainText(provider.bio).join(' ').trim(),
    description: `${displayName}, ${provider.jobTitle.toLowerCase()}${at} (${sorted.snapshot.brand.name}): credentials, therapies, conditions and languages${where.length > 0 ? ', and how to book' : ''}.`,
    clinics: where.map((clinic) => clinic.id),
    therapiesByClinic: byClinic.map((entry) => ({ clinic: entry.clinic.id, therapies: entry.therapies.map((therapy) => therapy.id) })),
    knowsAbout: [...therapies.map((therapy) => therapy.name), ...focus.map((condition) => condition.name)],
    conditions: focus.map((condition) => condition.id),
  }
}

/** The team page's groups (the site's lib/team.ts `teamOf`): providers by clinic, then those at no clinic. */
function teamData({ clinics, providers, snapshot }: SortedSnapshot) {
  const byClinic = clinics.map((clinic) => ({ clinic: clinic.id, providers: providers.filter((provider) => provider.clinics.includes(clinic.id)).map((provider) => provider.id) })).filter((group) => group.providers.length > 0)
  const reviewers = providers.filter((provider) => !clinics.some((clinic) => provider.clinics.includes(clinic.id))).map((provider) => provider.id)
  const description =
    byClinic.length > 0
      ? `Meet the clinicians of ${snapshot.brand.name}: who treats patients at which clinic, their credentials and the languages they speak.`
      : `Meet the clinicians who review the health information of ${snapshot.brand.name}.`
  return { byClinic, reviewers, description }
}

/** The letter a name is filed under in the A–Z index: its first letter without accents, or `#` (the site's lib/azIndex.ts). */
function letterOf(name: string): string {
  const first = name.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase()
  return /^[A-Z]$/.test(first) ? first : '#'
}

/** The search page's A–Z index of every article, therapy, condition and clinic (the site's lib/azIndex.ts `azIndex`). */
function azIndex({ articles, therapies, conditions, clinics }: SortedSnapshot) {
  const r = routes('/')
  const entries = [
    ...articles.map((article) => ({ name: article.title, href: r.article(article.slug), kind: 'article' })),
    ...therapies.map((therapy) => ({ name: therapy.name, href: r.therapy(therapy.slug), kind: 'therapy' })),
    ...conditions.map((condition) => ({ name: condition.name, href: r.condition(condition.slug), kind: 'condition' })),
    ...clinics.map((clinic) => ({ name: clinic.name, href: r.location(clinic.slug), kind: 'clinic' })),
  ]
  const byLetter = new Map<string, typeof entries>()
  for (const entry of entries) {
    const letter = letterOf(entry.name)
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry])
  }
  // Kinds are compared by the site's capitalised labels, so ties sort the same way.
  const label = (kind: string) => capitalise(kind)
  return [...byLetter.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({
      letter,
      name: letter === '#' ? 'Other' : letter,
      id: letter === '#' ? 'az-other' : `az-${letter.toLowerCase()}`,
      entries: list.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || label(a.kind).localeCompare(label(b.kind))),
    }))
}
