import type { Clinic, Therapy } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { clinicAvailability, notOfferedInStateReason, therapyAvailability } from '../../src/lib/availability'
import { snapshot } from './fixture'

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
