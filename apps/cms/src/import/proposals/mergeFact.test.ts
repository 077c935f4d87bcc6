import { describe, expect, it } from 'vitest'
import { currentFactValue, mergeFact } from './mergeFact'

const therapy = {
  notOfferedInStates: ['NY'],
  contraindications: ['Blood thinners'],
  sideEffects: [],
  cost: { minCents: 5000, maxCents: 9000, id: 'x' },
  sessionLength: { minMinutes: 30, maxMinutes: 45 },
}

describe('applying a therapy fact to a therapy', () => {
  it('adds the proposed states to those the therapy already lists, once each', () => {
    expect(mergeFact(therapy, { therapy: 'Dry needling', field: 'notOfferedInStates', value: ['OR', 'NY', 'CA'], quote: 'q' })).toEqual({ notOfferedInStates: ['NY', 'OR', 'CA'] })
  })

  it('appends list entries the therapy lacks, case and spacing aside', () => {
    expect(mergeFact(therapy, { therapy: 'Dry needling', field: 'contraindications', value: ['blood  THINNERS', 'Pregnancy'], quote: 'q' })).toEqual({
      contraindications: ['Blood thinners', 'Pregnancy'],
    })
    expect(mergeFact({}, { therapy: 'Dry needling', field: 'sideEffects', value: ['Soreness'], quote: 'q' })).toEqual({ sideEffects: ['Soreness'] })
  })

  it('replaces the cost and session length ranges', () => {
    expect(mergeFact(therapy, { therapy: 'Dry needling', field: 'cost', value: { minCents: 8000, maxCents: 12000 }, quote: 'q' })).toEqual({ cost: { minCents: 8000, maxCents: 12000 } })
    expect(mergeFact(therapy, { therapy: 'Dry needling', field: 'sessionLength', value: { minMinutes: 20, maxMinutes: 40 }, quote: 'q' })).toEqual({
      sessionLength: { minMinutes: 20, maxMinutes: 40 },
    })
  })

  it('reads the current value in the proposal\'s shape', () => {
    expect(currentFactValue(therapy, 'cost')).toEqual({ minCents: 5000, maxCents: 9000 })
    expect(currentFactValue({ cost: { minCents: null } }, 'cost')).toBeNull()
    expect(currentFactValue(therapy, 'notOfferedInStates')).toEqual(['NY'])
  })
})
