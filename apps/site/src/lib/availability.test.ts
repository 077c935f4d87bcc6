import type { Clinic, Therapy } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { articleAvailabilityNotes, articleTherapies, clinicAvailability, notOfferedInStateReason, therapyAvailability } from './availability'
import { indexSite } from './siteIndex'
import { snapshot } from '../../tests/helpers/fixture'

function fixture() {
  const data = snapshot()
  const [portland, tempe] = data.clinics
  const [dryNeedling, manualTherapy] = data.therapies
  if (!portland || !tempe || !dryNeedling || !manualTherapy) throw new Error('fixture changed: expected 2 clinics and 2 therapies')
  return { portland, tempe, dryNeedling, manualTherapy }
}

const names = (clinics: readonly Clinic[]) => clinics.map((clinic) => clinic.name)
const therapyNames = (therapies: readonly Therapy[]) => therapies.map((therapy) => therapy.name)

describe('therapyAvailability', () => {
  it('splits the clinics that list a therapy by whether their state allows it, with the reason', () => {
    const { portland, tempe, dryNeedling } = fixture()
    const availability = therapyAvailability(dryNeedling, [portland, tempe])
    expect(names(availability.offeredAt)).toEqual(['Harbor Lane Physio Tempe'])
    expect(availability.notOfferedAt).toEqual([{ clinic: portland, reason: 'Dry needling is not offered in Oregon' }])
    expect(availability.statesWhereNotOffered).toEqual([{ code: 'OR', name: 'Oregon' }])
  })

  it('lists every state that rules the therapy out, by name, even where the brand has no clinic', () => {
    const { portland, tempe, dryNeedling } = fixture()
    const availability = therapyAvailability({ ...dryNeedling, notOfferedInStates: ['OR', 'NY', 'CA', 'HI', 'OR'] }, [portland, tempe])
    expect(availability.statesWhereNotOffered.map((state) => state.name)).toEqual(['California', 'Hawaii', 'New York', 'Oregon'])
    expect(availability.notOfferedAt.map((entry) => entry.clinic.name)).toEqual(['Harbor Lane Physio Portland'])
  })

  it('leaves out clinics that do not list the therapy', () => {
    const { portland, tempe, dryNeedling } = fixture()
    const availability = therapyAvailability(dryNeedling, [{ ...portland, therapies: ['202'] }, { ...tempe, therapies: ['202'] }])
    expect(availability.offeredAt).toEqual([])
    expect(availability.notOfferedAt).toEqual([])
    expect(availability.statesWhereNotOffered).toEqual([{ code: 'OR', name: 'Oregon' }])
  })

  it('offers a therapy without state rules at every clinic listing it, in the order given', () => {
    const { portland, tempe, manualTherapy } = fixture()
    const availability = therapyAvailability(manualTherapy, [tempe, portland])
    expect(names(availability.offeredAt)).toEqual(['Harbor Lane Physio Tempe', 'Harbor Lane Physio Portland'])
    expect(availability.notOfferedAt).toEqual([])
    expect(availability.statesWhereNotOffered).toEqual([])
  })
})

describe('clinicAvailability', () => {
  it('gives a clinic its offered therapies and the listed ones its state rules out, with the reason', () => {
    const { portland, dryNeedling, manualTherapy } = fixture()
    const availability = clinicAvailability(portland, [dryNeedling, manualTherapy])
    expect(therapyNames(availability.offered)).toEqual(['Manual therapy'])
    expect(availability.notOffered).toEqual([{ therapy: dryNeedling, reason: 'Dry needling is not offered in Oregon' }])
  })

  it('offers everything a clinic lists in a state without rules, and ignores therapies it does not list', () => {
    const { tempe, dryNeedling, manualTherapy } = fixture()
    expect(therapyNames(clinicAvailability(tempe, [dryNeedling, manualTherapy]).offered)).toEqual(['Dry needling', 'Manual therapy'])
    const onlyManual = clinicAvailability({ ...tempe, therapies: ['202'] }, [dryNeedling, manualTherapy])
    expect(therapyNames(onlyManual.offered)).toEqual(['Manual therapy'])
    expect(onlyManual.notOffered).toEqual([])
  })
})

describe('notOfferedInStateReason', () => {
  it('names the therapy and the state in full', () => {
    expect(notOfferedInStateReason({ name: 'Dry needling' }, 'NY')).toBe('Dry needling is not offered in New York')
  })
})

describe('articleAvailabilityNotes', () => {
  /** The fixture site (clinics in Portland, OR and Tempe, AZ; dry needling not offered in OR), changed by `change`. */
  function site(change: (data: ReturnType<typeof snapshot>) => void = () => {}) {
    const data = snapshot()
    change(data)
    const article = data.articles[0]
    if (!article) throw new Error('fixture changed: expected an article')
    return { article, site: indexSite(data) }
  }

  it('names the brand’s clinic states that rule out a therapy the article discusses', () => {
    const { article, site: data } = site()
    expect(article.relatedTherapies).toEqual(['201', '202'])
    const notes = articleAvailabilityNotes(article, data)
    expect(notes.map((note) => note.text)).toEqual(['Dry needling is not offered at our clinic in Oregon.'])
    expect(notes[0]?.therapy.slug).toBe('dry-needling')
    expect(notes[0]?.where).toBe('at our clinic in Oregon')
  })

  it('lists several states by name, and says clinics when more than one is concerned', () => {
    const { article, site: data } = site((input) => {
      const [portland, tempe] = input.clinics
      input.clinics.push({ ...portland!, id: '103', slug: 'salem', name: 'Harbor Lane Physio Salem' })
      input.therapies[0]!.notOfferedInStates = ['OR', 'AZ', 'NY']
      expect(tempe?.address.state).toBe('AZ')
    })
    expect(articleAvailabilityNotes(article, data).map((note) => note.text)).toEqual(['Dry needling is not offered at our clinics in Arizona and Oregon.'])
  })

  it('says nothing when every clinic of the brand is in a state that allows the therapy', () => {
    const { article, site: data } = site((input) => {
      input.therapies[0]!.notOfferedInStates = ['NY', 'CA']
    })
    expect(articleAvailabilityNotes(article, data)).toEqual([])
  })

  it('gives a brand without clinics every state the network names, by name', () => {
    const { article, site: data } = site((input) => {
      input.clinics = []
      for (const provider of input.providers ?? []) provider.clinics = []
      input.therapies[0]!.notOfferedInStates = ['OR', 'NY', 'CA', 'HI']
    })
    expect(articleAvailabilityNotes(article, data).map((note) => note.text)).toEqual(['Dry needling is not offered in California, Hawaii, New York, and Oregon.'])
  })

  it('counts the therapies of comparisons the body embeds, once each, after the related ones', () => {
    const { article, site: data } = site()
    const onlyEmbedded = { ...article, relatedTherapies: [] }
    expect(articleTherapies(onlyEmbedded, data).map((therapy) => therapy.slug)).toEqual(['dry-needling', 'manual-therapy'])
    expect(articleAvailabilityNotes(onlyEmbedded, data).map((note) => note.therapy.slug)).toEqual(['dry-needling'])
    expect(articleTherapies({ ...article, relatedTherapies: ['202'] }, data).map((therapy) => therapy.slug)).toEqual(['manual-therapy', 'dry-needling'])
    expect(articleAvailabilityNotes({ relatedTherapies: [], body: [] }, data)).toEqual([])
  })
})
