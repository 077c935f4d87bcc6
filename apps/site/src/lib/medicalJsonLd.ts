import { type Brand, type Clinic, type Comparison, type Condition, type Provider, type Therapy, plainText, providerDisplayName } from '@clinic/schema'
import type {
  ArticleLeaf,
  CollectionPageLeaf,
  MedicalClinicLeaf,
  MedicalConditionLeaf,
  MedicalTherapyLeaf,
  MedicalWebPageLeaf,
  PersonLeaf,
  ProfilePageLeaf,
  Thing,
  WithContext,
} from 'schema-dts'
import { CONTEXT, clinicId, compact, organizationId, organizationRef, ref } from './jsonLd'
import { type Routes, canonicalUrl, routes } from './routes'
import type { PageReview } from './team'

/*
 * The structured data of the health pages and the people behind them: articles, therapies,
 * conditions and comparisons are `MedicalWebPage`s (with `reviewedBy` and `lastReviewed` when a
 * clinician reviewed them), a provider's page is a `ProfilePage` about a `Person`, the team page
 * a `CollectionPage` listing them. No ratings or reviews of the clinics or people: self-serving
 * review markup gets no rich results and invites a penalty.
 */

/** What every builder here needs: the brand, its home URL and a way to make canonical URLs. */
export interface LdContext {
  brand: Brand
  /** The canonical URL of the home page, ending in `/`. */
  siteUrl: string
  r: Routes
  /** The canonical URL of a path of this build (`r.therapy(slug)` → `https://<domain>/therapies/<slug>/`). */
  url(path: string): string
}

/** The context of the pages of one build: the brand's domain, at the build's base path. */
export function ldContext(brand: Brand, base: string): LdContext {
  const r = routes(base)
  const url = (path: string) => canonicalUrl(brand.domain, base, path)
  return { brand, siteUrl: url(r.home()), r, url }
}

/** The `@id` of a provider's `Person` node: `<profile URL>#person`, on their team page. */
export function personId(ctx: LdContext, provider: Pick<Provider, 'slug'>): string {
  return `${ctx.url(ctx.r.provider(provider.slug))}#person`
}

/** A provider in short, as a reviewer or a member of the team list: name, credentials, job title and profile. */
export function personSummaryLd(ctx: LdContext, provider: Provider): PersonLeaf {
  return compact<PersonLeaf>({
    '@type': 'Person',
    '@id': personId(ctx, provider),
    name: provider.name,
    honorificSuffix: provider.credentials.join(', ') || undefined,
    jobTitle: provider.jobTitle,
    url: ctx.url(ctx.r.provider(provider.slug)),
  })
}

/** What a health page says about itself. */
export interface HealthPage {
  /** The page's path in this build (`r.article(slug)`). */
  path: string
  name: string
  description: string
}

/**
 * A health page as a `MedicalWebPage`: its name and description, the brand as publisher, who
 * reviewed it and when (only when it has a review), and what it is about or its main entity.
 */
export function medicalWebPageLd(
  ctx: LdContext,
  page: HealthPage,
  review: PageReview | null,
  content: { about?: Thing | readonly Thing[]; mainEntity?: Thing } = {},
): WithContext<MedicalWebPageLeaf> {
  const url = ctx.url(page.path)
  return compact<WithContext<MedicalWebPageLeaf>>({
    '@context': CONTEXT,
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: page.name,
    description: page.description,
    inLanguage: 'en-US',
    publisher: ref(organizationId(ctx.siteUrl)),
    about: content.about,
    mainEntity: content.mainEntity,
    reviewedBy: review ? personSummaryLd(ctx, review.provider) : undefined,
    lastReviewed: review?.lastReviewed,
  })
}

/** A therapy as a `MedicalTherapy`: name, summary, its page, and who should not have it. */
export function medicalTherapyLd(ctx: LdContext, therapy: Therapy): MedicalTherapyLeaf {
  return compact<MedicalTherapyLeaf>({
    '@type': 'MedicalTherapy',
    name: therapy.name,
    description: therapy.summary,
    url: ctx.url(ctx.r.therapy(therapy.slug)),
    contraindication: therapy.contraindications,
  })
}

/** A condition as a `MedicalCondition`, with the therapies that can help as `possibleTreatment`. */
export function medicalConditionLd(ctx: LdContext, condition: Condition, therapies: readonly Therapy[]): MedicalConditionLeaf {
  return compact<MedicalConditionLeaf>({
    '@type': 'MedicalCondition',
    name: condition.name,
    description: condition.summary,
    url: ctx.url(ctx.r.condition(condition.slug)),
    possibleTreatment: therapies.map((therapy) => medicalTherapyLd(ctx, therapy)),
  })
}

/** A therapy's page: a `MedicalWebPage` about the `MedicalTherapy`. */
export function therapyPageLd(ctx: LdContext, therapy: Therapy, review: PageReview | null): WithContext<MedicalWebPageLeaf> {
  return medicalWebPageLd(ctx, { path: ctx.r.therapy(therapy.slug), name: therapy.name, description: therapy.summary }, review, { about: medicalTherapyLd(ctx, therapy) })
}

/** A condition's page: a `MedicalWebPage` about the `MedicalCondition`. */
export function conditionPageLd(ctx: LdContext, condition: Condition, therapies: readonly Therapy[], review: PageReview | null): WithContext<MedicalWebPageLeaf> {
  return medicalWebPageLd(ctx, { path: ctx.r.condition(condition.slug), name: condition.name, description: condition.summary }, review, {
    about: medicalConditionLd(ctx, condition, therapies),
  })
}

/** A comparison's page: a `MedicalWebPage` about the therapies it compares. */
export function comparisonPageLd(ctx: LdContext, comparison: Comparison, therapies: readonly Therapy[], review: PageReview | null): WithContext<MedicalWebPageLeaf> {
  return medicalWebPageLd(ctx, { path: ctx.r.comparison(comparison.slug), name: comparison.title, description: comparison.intro }, review, {
    about: therapies.map((therapy) => medicalTherapyLd(ctx, therapy)),
  })
}

/**
 * An article's page: a `MedicalWebPage` whose `mainEntity` is the `Article` (./jsonLd.ts
 * `articleLd`), so the page carries the review and the article its authorship and dates.
 */
export function articlePageLd(ctx: LdContext, page: HealthPage, article: ArticleLeaf, review: PageReview | null): WithContext<MedicalWebPageLeaf> {
  return medicalWebPageLd(ctx, page, review, { mainEntity: article })
}

/** A clinic as a provider's workplace: its `MedicalClinic` node on the clinic's page, by `@id`, with its name and page. */
export function clinicRefLd(ctx: LdContext, clinic: Clinic): MedicalClinicLeaf {
  const url = ctx.url(ctx.r.location(clinic.slug))
  return { '@type': 'MedicalClinic', '@id': clinicId(url), name: clinic.name, url }
}

/** What a provider's profile shows besides the provider: looked up by the page. */
export interface ProviderDetails {
  clinics: readonly Clinic[]
  therapies: readonly Therapy[]
  conditions: readonly Condition[]
  /** The absolute URL of the photo, when there is one. */
  imageUrl: string | null
}

/**
 * A provider as a `Person`: name, job title, each credential as an
 * `EducationalOccupationalCredential`, the languages they speak (BCP 47 tags), the clinics
 * where they practise as `worksFor` (the brand's organization for a clinician who practises at
 * none), the therapies and conditions they know about, their photo, bio and NPI.
 */
export function providerPersonLd(ctx: LdContext, provider: Provider, details: ProviderDetails): PersonLeaf {
  const bio = plainText(provider.bio).join(' ').trim()
  return compact<PersonLeaf>({
    ...personSummaryLd(ctx, provider),
    description: bio || undefined,
    image: details.imageUrl ?? undefined,
    hasCredential: provider.credentials.map((credential) => ({ '@type': 'EducationalOccupationalCredential' as const, name: credential })),
    knowsLanguage: provider.languages,
    knowsAbout: [...details.therapies.map((therapy) => therapy.name), ...details.conditions.map((condition) => condition.name)],
    worksFor: details.clinics.length > 0 ? details.clinics.map((clinic) => clinicRefLd(ctx, clinic)) : organizationRef(ctx.brand, ctx.siteUrl),
    identifier: provider.npi ? { '@type': 'PropertyValue', propertyID: 'NPI', value: provider.npi } : undefined,
  })
}

/** A provider's page: a `ProfilePage` whose `mainEntity` is the provider's `Person`. */
export function providerPageLd(ctx: LdContext, provider: Provider, details: ProviderDetails): WithContext<ProfilePageLeaf> {
  const url = ctx.url(ctx.r.provider(provider.slug))
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name: providerDisplayName(provider),
    publisher: ref(organizationId(ctx.siteUrl)),
    mainEntity: providerPersonLd(ctx, provider, details),
  }
}

/** The team page: a `CollectionPage` whose `mainEntity` is an `ItemList` of the providers, each once. */
export function teamPageLd(ctx: LdContext, providers: readonly Provider[], description: string): WithContext<CollectionPageLeaf> {
  const url = ctx.url(ctx.r.team())
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: `Our team at ${ctx.brand.name}`,
    description,
    publisher: ref(organizationId(ctx.siteUrl)),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: providers.length,
      itemListElement: providers.map((provider, index) => ({ '@type': 'ListItem' as const, position: index + 1, item: personSummaryLd(ctx, provider) })),
    },
  }
}
