import { type Article, type Author, type Brand, type Clinic, type Faq, type Therapy, clinicTherapyAvailability } from '@clinic/schema'
import type {
  ArticleLeaf,
  BreadcrumbListLeaf,
  FAQPageLeaf,
  IdReference,
  ImageObjectLeaf,
  MedicalClinicLeaf,
  MedicalOrganizationLeaf,
  MedicalTherapyLeaf,
  OpeningHoursSpecificationLeaf,
  OrganizationLeaf,
  PersonLeaf,
  QuantitativeValueLeaf,
  WithContext,
} from 'schema-dts'

/*
 * schema.org structured data for the pages, typed with `schema-dts`, so a misspelt property or
 * a value of the wrong kind fails the typecheck. Pages put one object per
 * `<script type="application/ld+json">`, written with `serializeJsonLd`. Nodes point at each
 * other by `@id`, so the organization is described once (home page) and referred to elsewhere.
 * Medical pages, people and the team are in ./medicalJsonLd.ts.
 */

export const CONTEXT = 'https://schema.org' as const

/** Google shows at most 110 characters of an article headline. */
export const HEADLINE_MAX_LENGTH = 110

/** The `@id` of the brand's organization node: `${siteUrl}#organization`. */
export function organizationId(siteUrl: string): string {
  return `${siteUrl}#organization`
}

/** The `@id` of a clinic's `MedicalClinic` node: `${clinicUrl}#clinic`, on the clinic's page. */
export function clinicId(clinicUrl: string): string {
  return `${clinicUrl}#clinic`
}

/** A reference to the node with `@id` `id`, described elsewhere. */
export function ref(id: string): IdReference {
  return { '@id': id }
}

/**
 * A publication (not a clinic) is an `Organization`; every other brand kind treats patients,
 * so it is a `MedicalOrganization`.
 */
export function organizationType(brand: Pick<Brand, 'kind'>): 'Organization' | 'MedicalOrganization' {
  return brand.kind === 'publication' ? 'Organization' : 'MedicalOrganization'
}

/** The brand's organization by reference, with its type and name so it reads on its own. */
export function organizationRef(brand: Pick<Brand, 'kind' | 'name'>, siteUrl: string): OrganizationLeaf | MedicalOrganizationLeaf {
  const node = { '@id': organizationId(siteUrl), name: brand.name }
  return brand.kind === 'publication' ? { '@type': 'Organization', ...node } : { '@type': 'MedicalOrganization', ...node }
}

/** Leaves out properties whose value is null, undefined or an empty array, so no empty values are published. */
export function compact<T extends object>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T
}

/**
 * A length in pixels. schema.org's `width` and `height` take a `Distance` ("7 ft") or a
 * `QuantitativeValue`, not a bare number; pixels have the UN/CEFACT unit code `E37`.
 */
export function pixels(value: number): QuantitativeValueLeaf {
  return { '@type': 'QuantitativeValue', value, unitCode: 'E37', unitText: 'px' }
}

/**
 * The brand as a `MedicalOrganization` (`Organization` for a publication), with its logo,
 * contact details and social profiles as `sameAs`. Its `@id` is {@link organizationId}.
 */
export function organizationLd(brand: Brand, siteUrl: string): WithContext<OrganizationLeaf | MedicalOrganizationLeaf> {
  const logo: ImageObjectLeaf | undefined = brand.logo
    ? { '@type': 'ImageObject', url: brand.logo.url, width: pixels(brand.logo.width), height: pixels(brand.logo.height) }
    : undefined
  return compact<WithContext<OrganizationLeaf | MedicalOrganizationLeaf>>({
    '@context': CONTEXT,
    ...organizationRef(brand, siteUrl),
    url: siteUrl,
    description: brand.tagline || undefined,
    logo,
    telephone: brand.contact.phone ?? undefined,
    email: brand.contact.email ?? undefined,
    sameAs: brand.socialLinks.map((link) => link.url),
  })
}

/**
 * The `https://schema.org/Monday` day URL of a weekday.
 */
function dayOfWeek(day: Clinic['openingHours'][number]['day']) {
  return `https://schema.org/${day.charAt(0).toUpperCase()}${day.slice(1)}` as `https://schema.org/${Capitalize<typeof day>}`
}

/**
 * Holiday closures and date-specific hours as `OpeningHoursSpecification`s valid from the first
 * to the last day; a closed day opens and closes at `00:00`, as schema.org says to mark one.
 */
export function specialOpeningHoursLd(specialHours: Clinic['specialHours']): OpeningHoursSpecificationLeaf[] {
  return specialHours.map((entry) => ({
    '@type': 'OpeningHoursSpecification',
    validFrom: entry.from,
    validThrough: entry.through,
    opens: entry.closed ? '00:00' : entry.opens,
    closes: entry.closed ? '00:00' : entry.closes,
  }))
}

/**
 * A clinic location as a `MedicalClinic` (schema.org's `PhysicalTherapy` is a therapy, not a
 * place, so it is not added as a second type). `therapies` are all the brand's therapies: the
 * ones the clinic lists and its state allows become `availableService` entries. Closed days
 * have no opening-hours entry; holiday closures and changed hours are
 * `specialOpeningHoursSpecification` ({@link specialOpeningHoursLd}). `therapyUrl`, when
 * given, links each service to its page. The languages spoken are `knowsLanguage` (BCP 47 tags, as schema.org recommends). The insurance
 * plans are not published: schema.org has no property for accepted plans by name
 * (`healthPlanNetworkId` names a network of a `HealthInsurancePlan`, `paymentAccepted` means
 * cash or cards).
 */
export function clinicLd(
  clinic: Clinic,
  brand: Brand,
  siteUrl: string,
  clinicUrl: string,
  therapies: readonly Therapy[],
  therapyUrl?: (therapy: Therapy) => string,
): WithContext<MedicalClinicLeaf> {
  const { offered } = clinicTherapyAvailability(clinic, therapies)
  const { address } = clinic
  return compact<WithContext<MedicalClinicLeaf>>({
    '@context': CONTEXT,
    '@type': 'MedicalClinic',
    '@id': clinicId(clinicUrl),
    name: clinic.name,
    url: clinicUrl,
    image: brand.logo?.url,
    telephone: clinic.phone,
    email: clinic.email ?? undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: address.street2 ? `${address.street}, ${address.street2}` : address.street,
      addressLocality: address.city,
      addressRegion: address.state,
      postalCode: address.postalCode,
      addressCountry: address.country,
    },
    geo: { '@type': 'GeoCoordinates', latitude: clinic.geo.lat, longitude: clinic.geo.lng },
    openingHoursSpecification: clinic.openingHours.flatMap((hours) =>
      hours.closed ? [] : [{ '@type': 'OpeningHoursSpecification' as const, dayOfWeek: dayOfWeek(hours.day), opens: hours.opens, closes: hours.closes }],
    ),
    specialOpeningHoursSpecification: specialOpeningHoursLd(clinic.specialHours),
    knowsLanguage: clinic.languages,
    parentOrganization: ref(organizationId(siteUrl)),
    availableService: offered.map((therapy) =>
      compact<MedicalTherapyLeaf>({ '@type': 'MedicalTherapy', name: therapy.name, description: therapy.summary, url: therapyUrl?.(therapy) }),
    ),
  })
}

/** `text` cut at a word boundary to at most `max` characters, ending in `…` when cut. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  // Cut at the last space that ends a whole word; the character after `cut` may be that space.
  const lastSpace = text.charAt(max - 1) === ' ' ? cut.length : cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

/**
 * An article as a schema.org `Article`: headline (at most {@link HEADLINE_MAX_LENGTH}
 * characters), description (the SEO description, else the excerpt), dates, the author as a
 * `Person` (linked to their team profile at `authorUrl` when they are one of the brand's
 * providers; the brand's organization for a house article), the brand as publisher and the
 * image when there is one. It is the `mainEntity` of the article's `MedicalWebPage`
 * (./medicalJsonLd.ts), which it names as `mainEntityOfPage`.
 */
export function articleLd(
  article: Article,
  author: Author | null,
  brand: Brand,
  siteUrl: string,
  articleUrl: string,
  imageUrl: string | null,
  authorUrl: string | null = null,
): ArticleLeaf {
  const person: PersonLeaf | undefined = author
    ? compact<PersonLeaf>({ '@type': 'Person', name: author.name, url: authorUrl ?? undefined, jobTitle: author.jobTitle || undefined, honorificSuffix: author.credentials || undefined })
    : undefined
  return compact<ArticleLeaf>({
    '@type': 'Article',
    '@id': `${articleUrl}#article`,
    headline: truncate(article.title, HEADLINE_MAX_LENGTH),
    alternativeHeadline: article.subtitle ?? undefined,
    description: article.seo.description ?? article.excerpt,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: person ?? organizationRef(brand, siteUrl),
    publisher: ref(organizationId(siteUrl)),
    image: imageUrl ?? undefined,
    articleSection: article.categories,
    url: articleUrl,
    mainEntityOfPage: ref(articleUrl),
  })
}

/**
 * The questions of a page as an `FAQPage`; `answerText` turns an answer into plain text
 * (e.g. `plainText(faq.answer).join('\n\n')`). Only emit it for a page with at least one FAQ.
 */
export function faqPageLd(faqs: readonly Faq[], answerText: (faq: Faq) => string): WithContext<FAQPageLeaf> {
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: answerText(faq) },
    })),
  }
}

/** A crumb of a breadcrumb trail: its label and absolute URL. */
export interface Crumb {
  name: string
  url: string
}

/** A `BreadcrumbList`, positions numbered from 1 in the order given (home first). */
export function breadcrumbLd(items: readonly Crumb[]): WithContext<BreadcrumbListLeaf> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  }
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * JSON for the inside of `<script type="application/ld+json">`. `<`, `>` and `&` become `\u`
 * escapes, so no text (an article titled `</script>…`) can close the element or open a comment,
 * and U+2028 / U+2029 are escaped for older JavaScript parsers. `JSON.parse` gives back the value.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value)
  if (json === undefined) throw new Error(`serializeJsonLd: ${String(value)} cannot be written as JSON`)
  return json.replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char] ?? char)
}
