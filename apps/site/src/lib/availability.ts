import {
  type Article,
  type Clinic,
  type Therapy,
  type UsStateCode,
  clinicStatesWithoutTherapy,
  clinicTherapyAvailability,
  isTherapyOfferedInState,
  richTextReferences,
  stateName,
} from '@clinic/schema'
import type { SiteData } from './siteIndex'

/*
 * Where a therapy can be had, in words a visitor understands. State rules live in the data
 * (`Therapy.notOfferedInStates`); this module only phrases them for the pages.
 */

/** `Dry needling is not offered in Oregon`. */
export function notOfferedInStateReason(therapy: Pick<Therapy, 'name'>, state: UsStateCode): string {
  return `${therapy.name} is not offered in ${stateName(state)}`
}

/** A clinic that lists a therapy its state rules out, and the reason to show. */
export interface ClinicWithoutTherapy {
  clinic: Clinic
  /** `Dry needling is not offered in Oregon`. */
  reason: string
}

/** Where one therapy is and is not available across a brand's clinics. */
export interface TherapyAvailability {
  /** Clinics that list the therapy in a state that allows it, in the order given. */
  offeredAt: Clinic[]
  /** Clinics that list the therapy but whose state rules it out, in the order given. */
  notOfferedAt: ClinicWithoutTherapy[]
  /** Every state the therapy is not offered in, whether or not the brand has a clinic there, by name. */
  statesWhereNotOffered: { code: UsStateCode; name: string }[]
}

/**
 * Where a visitor can have `therapy` among `clinics`: the clinics listing it, split by whether
 * their state allows it (the same rule as `clinicTherapyAvailability`), and every state that
 * rules it out. Clinics that do not list the therapy appear in neither list.
 */
export function therapyAvailability(therapy: Therapy, clinics: readonly Clinic[]): TherapyAvailability {
  const listing = clinics.filter((clinic) => clinic.therapies.includes(therapy.id))
  const offeredAt = listing.filter((clinic) => isTherapyOfferedInState(therapy, clinic.address.state))
  const notOfferedAt = listing
    .filter((clinic) => !isTherapyOfferedInState(therapy, clinic.address.state))
    .map((clinic) => ({ clinic, reason: notOfferedInStateReason(therapy, clinic.address.state) }))
  const statesWhereNotOffered = [...new Set(therapy.notOfferedInStates)]
    .map((code) => ({ code, name: stateName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return { offeredAt, notOfferedAt, statesWhereNotOffered }
}

/** What one clinic offers of the therapies it lists. */
export interface ClinicAvailability {
  /** Listed and allowed in the clinic's state, in the order of `therapies`. */
  offered: Therapy[]
  /** Listed, but ruled out in the clinic's state, with the reason. */
  notOffered: { therapy: Therapy; reason: string }[]
}

/**
 * The therapies `clinic` lists, split into those it offers and those its state rules out, with
 * the reason (`Dry needling is not offered in Oregon`). `therapies` are all the brand's
 * therapies; ones the clinic does not list appear in neither list.
 */
export function clinicAvailability(clinic: Clinic, therapies: readonly Therapy[]): ClinicAvailability {
  const { offered, notOfferedInState } = clinicTherapyAvailability(clinic, therapies)
  return {
    offered,
    notOffered: notOfferedInState.map((therapy) => ({ therapy, reason: notOfferedInStateReason(therapy, clinic.address.state) })),
  }
}

/** `Oregon`, `Oregon and California`, `California, Hawaii, and Oregon`. */
const listFormat = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' })

/** A therapy an article discusses and where this brand's readers cannot have it. */
export interface AvailabilityNote {
  therapy: Therapy
  /** `at our clinics in Oregon`, or (a brand without clinics) `in California, Hawaii, and Oregon`. */
  where: string
  /** The whole sentence: `Dry needling is not offered at our clinics in Oregon.` */
  text: string
}

/**
 * The therapies an article discusses: its related therapies, then those of the comparisons its
 * body embeds, each once, as far as they are on the site.
 */
export function articleTherapies(article: Pick<Article, 'relatedTherapies' | 'body'>, site: Pick<SiteData, 'therapy' | 'comparison'>): Therapy[] {
  const embedded = richTextReferences(article.body).comparisons.flatMap((id) => site.comparison(id)?.therapies ?? [])
  return [...new Set([...article.relatedTherapies, ...embedded])].flatMap((id) => site.therapy(id) ?? [])
}

/**
 * What an article says about where the therapies it discusses are not offered, so a state
 * notice survives even when an editor rewrites the sentence that carried it. Only where it
 * concerns the brand's readers:
 * - the brand has clinics in states that rule a therapy out: those states (`Dry needling is not
 *   offered at our clinics in Oregon.`), whether or not those clinics list it;
 * - the brand has no clinics (a publication): every state the network's data names;
 * - otherwise nothing: every clinic of the brand is in a state that allows it, and other states'
 *   rules are not its readers' concern (the therapy's own page lists them all).
 */
export function articleAvailabilityNotes(article: Pick<Article, 'relatedTherapies' | 'body'>, site: Pick<SiteData, 'therapy' | 'comparison' | 'clinics'>): AvailabilityNote[] {
  return articleTherapies(article, site).flatMap((therapy) => {
    const where = notOfferedWhere(therapy, site.clinics)
    return where === null ? [] : [{ therapy, where, text: `${therapy.name} is not offered ${where}.` }]
  })
}

function notOfferedWhere(therapy: Therapy, clinics: readonly Clinic[]): string | null {
  const byName = (codes: readonly UsStateCode[]) => codes.map(stateName).sort((a, b) => a.localeCompare(b))
  if (clinics.length === 0) {
    return therapy.notOfferedInStates.length === 0 ? null : `in ${listFormat.format(byName([...new Set(therapy.notOfferedInStates)]))}`
  }
  const states = clinicStatesWithoutTherapy(therapy, clinics)
  if (states.length === 0) return null
  const affected = clinics.filter((clinic) => states.includes(clinic.address.state)).length
  return `at our ${affected === 1 ? 'clinic' : 'clinics'} in ${listFormat.format(byName(states))}`
}
