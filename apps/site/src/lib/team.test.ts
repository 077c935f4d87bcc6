import { describe, expect, it } from 'vitest'
import { indexSite } from './siteIndex'
import { formatMonthYear, languageName, pageReview, providerTherapiesByClinic, teamOf, therapyProviders } from './team'
import { snapshot } from '../../tests/helpers/fixture'

/** The fixture's brand: Portland (OR) and Tempe (AZ); Maren (801) at both, Idris (802) at Tempe; dry needling is not offered in OR. */
const site = () => indexSite(snapshot())

const names = (list: readonly { name: string }[]) => list.map((item) => item.name)

describe('teamOf', () => {
  it('groups the providers by clinic, in the site’s clinic order, listing a provider of two clinics in both', () => {
    const { byClinic, reviewers } = teamOf(site())
    expect(byClinic.map(({ clinic, providers }) => [clinic.name, names(providers)])).toEqual([
      ['Harbor Lane Physio Tempe', ['Idris Calloway', 'Maren Okafor']],
      ['Harbor Lane Physio Portland', ['Maren Okafor']],
    ])
    expect(reviewers).toEqual([])
  })

  it('puts providers who practise at no clinic in a reviewers’ group, and leaves out clinics without providers', () => {
    const data = snapshot()
    const [maren, idris] = data.providers
    if (!maren || !idris) throw new Error('fixture changed: expected providers 801 and 802')
    const { byClinic, reviewers } = teamOf(indexSite({ ...data, providers: [{ ...maren, clinics: [] }, idris] }))
    expect(byClinic.map(({ clinic }) => clinic.name)).toEqual(['Harbor Lane Physio Tempe'])
    expect(names(reviewers)).toEqual(['Maren Okafor'])
  })
})

describe('providerTherapiesByClinic', () => {
  it('lists a therapy only at clinics that offer it and whose state allows it', () => {
    const data = site()
    const maren = data.provider('801')
    if (!maren) throw new Error('fixture changed: no provider 801')
    // Dry needling is not offered in Oregon, so Maren performs it at Tempe only.
    expect(providerTherapiesByClinic(data, maren).map(({ clinic, therapies }) => [clinic.name, names(therapies)])).toEqual([
      ['Harbor Lane Physio Tempe', ['Dry needling', 'Manual therapy']],
      ['Harbor Lane Physio Portland', ['Manual therapy']],
    ])
  })

  it('leaves out a therapy the clinic does not list, and a clinic where nothing remains', () => {
    const data = snapshot()
    const tempe = data.clinics.find((clinic) => clinic.id === '102')
    if (!tempe) throw new Error('fixture changed: no clinic 102')
    tempe.therapies = ['202']
    const indexed = indexSite(data)
    const maren = indexed.provider('801')
    if (!maren) throw new Error('fixture changed: no provider 801')
    expect(providerTherapiesByClinic(indexed, { ...maren, therapies: ['201'] })).toEqual([])
  })
})

describe('therapyProviders', () => {
  it('names who performs a therapy and where, respecting each clinic’s state', () => {
    const data = site()
    const dryNeedling = data.therapy('201')
    const manual = data.therapy('202')
    if (!dryNeedling || !manual) throw new Error('fixture changed: expected therapies 201 and 202')
    expect(therapyProviders(data, dryNeedling).map(({ provider, clinics }) => [provider.name, names(clinics)])).toEqual([['Maren Okafor', ['Harbor Lane Physio Tempe']]])
    expect(therapyProviders(data, manual).map(({ provider, clinics }) => [provider.name, names(clinics)])).toEqual([
      ['Idris Calloway', ['Harbor Lane Physio Tempe']],
      ['Maren Okafor', ['Harbor Lane Physio Tempe', 'Harbor Lane Physio Portland']],
    ])
  })
})

describe('pageReview', () => {
  it('looks up the reviewer, and gives nothing for a page without a review or with an unknown reviewer', () => {
    const data = site()
    expect(pageReview(data, { reviewedBy: '802', lastReviewed: '2025-11-03' })).toMatchObject({ provider: { name: 'Idris Calloway' }, lastReviewed: '2025-11-03' })
    expect(pageReview(data, null)).toBeNull()
    expect(pageReview(data, { reviewedBy: '999', lastReviewed: '2025-11-03' })).toBeNull()
  })
})

describe('formatMonthYear and languageName', () => {
  it('writes a review date as month and year, whatever the machine’s time zone', () => {
    expect(formatMonthYear('2026-02-01')).toBe('February 2026')
    expect(formatMonthYear('2025-12-31')).toBe('December 2025')
    expect(() => formatMonthYear('yesterday')).toThrow('"yesterday" is not a YYYY-MM-DD date')
  })

  it('names languages in English', () => {
    expect(['en', 'es', 'zh-Hant', 'pt'].map(languageName)).toEqual(['English', 'Spanish', 'Traditional Chinese', 'Portuguese'])
  })
})
