import { describe, expect, it } from 'vitest'
import { clinicStatesWithoutTherapy, clinicTherapyAvailability, isTherapyOfferedInState } from './availability'
import { BrandSnapshotSchema } from './snapshot'
import type { Therapy } from './therapy'
import { makeValidSnapshot } from './testing'

function published() {
  const snapshot = BrandSnapshotSchema.parse(makeValidSnapshot())
  const [portland, tempe] = snapshot.clinics
  const [dryNeedling, manualTherapy] = snapshot.therapies
  if (!portland || !tempe || !dryNeedling || !manualTherapy) throw new Error('fixture changed shape')
  return { snapshot, portland, tempe, dryNeedling, manualTherapy }
}

describe('isTherapyOfferedInState', () => {
  it('is false in a state the therapy lists as not offered', () => {
    const { dryNeedling } = published()
    expect(dryNeedling.notOfferedInStates).toEqual(['OR'])
    expect(isTherapyOfferedInState(dryNeedling, 'OR')).toBe(false)
  })

  it('is true in every other state', () => {
    const { dryNeedling } = published()
    expect(isTherapyOfferedInState(dryNeedling, 'AZ')).toBe(true)
    expect(isTherapyOfferedInState(dryNeedling, 'WA')).toBe(true)
  })

  it('is true everywhere when the therapy has no restrictions', () => {
    expect(isTherapyOfferedInState({ notOfferedInStates: [] }, 'OR')).toBe(true)
  })

  it('handles several excluded states', () => {
    const therapy = { notOfferedInStates: ['NY', 'CA'] as Therapy['notOfferedInStates'] }
    expect(isTherapyOfferedInState(therapy, 'NY')).toBe(false)
    expect(isTherapyOfferedInState(therapy, 'CA')).toBe(false)
    expect(isTherapyOfferedInState(therapy, 'TX')).toBe(true)
  })
})

describe('clinicTherapyAvailability', () => {
  it('splits off the therapies a clinic lists but its state rules out', () => {
    const { snapshot, portland, dryNeedling, manualTherapy } = published()
    expect(portland.address.state).toBe('OR')
    const availability = clinicTherapyAvailability(portland, snapshot.therapies)
    expect(availability.offered).toEqual([manualTherapy])
    expect(availability.notOfferedInState).toEqual([dryNeedling])
  })

  it('offers everything the clinic lists in a state without restrictions', () => {
    const { snapshot, tempe, dryNeedling, manualTherapy } = published()
    expect(tempe.address.state).toBe('AZ')
    const availability = clinicTherapyAvailability(tempe, snapshot.therapies)
    expect(availability.offered).toEqual([dryNeedling, manualTherapy])
    expect(availability.notOfferedInState).toEqual([])
  })

  it('ignores therapies the clinic does not list', () => {
    const { snapshot, tempe, manualTherapy } = published()
    const availability = clinicTherapyAvailability({ ...tempe, therapies: ['202'] }, snapshot.therapies)
    expect(availability.offered).toEqual([manualTherapy])
    expect(availability.notOfferedInState).toEqual([])
  })

  it('ignores listed ids that are not among the given therapies', () => {
    const { portland, manualTherapy } = published()
    const availability = clinicTherapyAvailability({ ...portland, therapies: ['202', '999'] }, [manualTherapy])
    expect(availability).toEqual({ offered: [manualTherapy], notOfferedInState: [] })
  })

  it('keeps the order of the therapies passed in, not of the clinic list', () => {
    const { snapshot, tempe, dryNeedling, manualTherapy } = published()
    const availability = clinicTherapyAvailability({ ...tempe, therapies: ['202', '201'] }, snapshot.therapies)
    expect(availability.offered).toEqual([dryNeedling, manualTherapy])
  })
})

describe('clinicStatesWithoutTherapy', () => {
  it('names the clinics’ states that rule the therapy out', () => {
    const { portland, tempe, dryNeedling } = published()
    expect(clinicStatesWithoutTherapy(dryNeedling, [portland, tempe])).toEqual(['OR'])
  })

  it('is empty when every clinic’s state allows it, or there are no clinics', () => {
    const { portland, tempe, dryNeedling, manualTherapy } = published()
    expect(clinicStatesWithoutTherapy(manualTherapy, [portland, tempe])).toEqual([])
    expect(clinicStatesWithoutTherapy(dryNeedling, [tempe])).toEqual([])
    expect(clinicStatesWithoutTherapy(dryNeedling, [])).toEqual([])
  })

  it('lists each state once, in the order of the clinics, whether or not they list the therapy', () => {
    const { portland, tempe } = published()
    const therapy = { notOfferedInStates: ['OR', 'CA', 'AZ'] as Therapy['notOfferedInStates'] }
    const salem = { ...portland, therapies: [] }
    const fresno = { ...portland, address: { ...portland.address, city: 'Fresno', state: 'CA' as const } }
    expect(clinicStatesWithoutTherapy(therapy, [tempe, portland, fresno, salem])).toEqual(['AZ', 'OR', 'CA'])
  })
})
