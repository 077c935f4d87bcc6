import { describe, expect, it } from 'vitest'
import { factsFromComparison } from './comparisonFacts'

describe('factsFromComparison', () => {
  it('proposes the costs and session lengths a comparison row gives per therapy, quoting the row', () => {
    const rows = [
      { label: 'Typical cost per session', values: ['$50–$150', '$70'] },
      { label: 'Session length', values: ['15–30 min', ''] },
      { label: 'Tool used', values: ['Needles, 15 minutes', 'Hands'] },
    ]
    expect(factsFromComparison(['Dry needling', 'Acupuncture'], rows)).toEqual([
      { therapy: 'Dry needling', field: 'cost', value: { minCents: 5000, maxCents: 15000 }, quote: 'Typical cost per session: $50–$150' },
      { therapy: 'Acupuncture', field: 'cost', value: { minCents: 7000, maxCents: 7000 }, quote: 'Typical cost per session: $70' },
      { therapy: 'Dry needling', field: 'sessionLength', value: { minMinutes: 15, maxMinutes: 30 }, quote: 'Session length: 15–30 min' },
    ])
  })

  it('proposes nothing for a cell with several prices', () => {
    expect(factsFromComparison(['Dry needling'], [{ label: 'Price', values: ['$60 (30 min) or $90 (60 min)'] }])).toEqual([])
  })
})
