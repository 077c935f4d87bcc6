import { type Clinic, type MedicalReview, type Provider, type Therapy, clinicTherapyAvailability } from '@clinic/schema'
import type { SiteData } from './siteIndex'

/*
 * Who treats patients where: the brand's providers grouped by clinic, the therapies each
 * performs at each clinic (only where that clinic offers the therapy and its state allows it),
 * and the clinical review of a health page.
 */

/** A clinic and the providers who practise there, by name. */
export interface ClinicTeam {
  clinic: Clinic
  providers: Provider[]
}

/** The brand's team as the team page shows it. */
export interface Team {
  /** Clinics with at least one provider, in the site's clinic order (state, city, name). */
  byClinic: ClinicTeam[]
  /** Providers who practise at none of the brand's clinics: clinicians who review its health pages. */
  reviewers: Provider[]
}

/** The providers who practise at `clinic`, by name. */
export function clinicTeam(site: Pick<SiteData, 'providers'>, clinic: Pick<Clinic, 'id'>): Provider[] {
  return site.providers.filter((provider) => provider.clinics.includes(clinic.id))
}

/** The clinics of the site where `provider` practises, in the site's clinic order. */
export function providerClinics(site: Pick<SiteData, 'clinics'>, provider: Pick<Provider, 'clinics'>): Clinic[] {
  return site.clinics.filter((clinic) => provider.clinics.includes(clinic.id))
}

/** The brand's providers grouped by clinic; a provider of two clinics is in both groups. */
export function teamOf(site: Pick<SiteData, 'clinics' | 'providers'>): Team {
  const byClinic = site.clinics.map((clinic) => ({ clinic, providers: clinicTeam(site, clinic) })).filter((group) => group.providers.length > 0)
  const reviewers = site.providers.filter((provider) => providerClinics(site, provider).length === 0)
  return { byClinic, reviewers }
}

/** The therapies a provider performs at one clinic. */
export interface ClinicTherapies {
  clinic: Clinic
  therapies: Therapy[]
}

/**
 * Per clinic where `provider` practises, the therapies they perform that the clinic offers and
 * its state allows (a therapy not offered in Oregon is never listed at an Oregon clinic).
 * Clinics where none applies are left out.
 */
export function providerTherapiesByClinic(site: Pick<SiteData, 'clinics' | 'therapies'>, provider: Pick<Provider, 'clinics' | 'therapies'>): ClinicTherapies[] {
  return providerClinics(site, provider)
    .map((clinic) => ({ clinic, therapies: clinicTherapyAvailability(clinic, site.therapies).offered.filter((therapy) => provider.therapies.includes(therapy.id)) }))
    .filter((entry) => entry.therapies.length > 0)
}

/** A provider who performs a therapy, and the clinics where they do. */
export interface TherapyProvider {
  provider: Provider
  clinics: Clinic[]
}

/**
 * The providers who perform `therapy` at the brand's clinics, each with the clinics where both
 * the clinic offers it and its state allows it; providers with no such clinic are left out.
 */
export function therapyProviders(site: Pick<SiteData, 'clinics' | 'providers' | 'therapies'>, therapy: Pick<Therapy, 'id'>): TherapyProvider[] {
  return site.providers
    .filter((provider) => provider.therapies.includes(therapy.id))
    .map((provider) => ({
      provider,
      clinics: providerTherapiesByClinic(site, provider)
        .filter((entry) => entry.therapies.some((offered) => offered.id === therapy.id))
        .map((entry) => entry.clinic),
    }))
    .filter((entry) => entry.clinics.length > 0)
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' })

/** The English name of a BCP 47 language tag: `es` → `Spanish`, `zh-Hant` → `Traditional Chinese`. */
export function languageName(tag: string): string {
  return languageNames.of(tag) ?? tag
}

/** A page's clinical review with its reviewer looked up. */
export interface PageReview {
  provider: Provider
  /** `YYYY-MM-DD`. */
  lastReviewed: string
}

/**
 * The review of a health page when it has one and its reviewer is in the snapshot (the contract
 * requires that; a page whose reviewer is missing shows no reviewed-by line rather than a broken one).
 */
export function pageReview(site: Pick<SiteData, 'provider'>, review: MedicalReview | null): PageReview | null {
  if (review === null) return null
  const provider = site.provider(review.reviewedBy)
  return provider === undefined ? null : { provider, lastReviewed: review.lastReviewed }
}

const monthYear = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** `February 2026` from a calendar date `2026-02-11` (UTC, so the build machine's zone does not matter). */
export function formatMonthYear(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(parsed.getTime())) throw new Error(`"${date}" is not a YYYY-MM-DD date`)
  return monthYear.format(parsed)
}
