import type { ImportTherapyFact } from '@clinic/schema'
import type { ComparisonRow } from './comparisonTable'
import { findCosts, findSessionLengths } from './factAmounts'

const COST_ROW = /\b(?:costs?|prices?|pricing|fees?|rates?)\b/i
const LENGTH_ROW = /\b(?:session (?:length|time|duration)|duration|length|how long|time per session|treatment time|visit length)\b/i

/**
 * Costs and session lengths a comparison table states per therapy ("Typical cost per session:
 * $50–$150"), as proposals quoting the row. A cell with several amounts proposes nothing, since
 * it is not clear which one is the therapy's.
 */
export function factsFromComparison(therapies: readonly string[], rows: readonly ComparisonRow[]): ImportTherapyFact[] {
  const facts: ImportTherapyFact[] = []
  for (const row of rows) {
    const isCost = COST_ROW.test(row.label)
    const isLength = !isCost && LENGTH_ROW.test(row.label)
    if (!isCost && !isLength) continue
    row.values.forEach((cell, column) => {
      const therapy = therapies[column]
      if (!therapy || cell === '') return
      const quote = `${row.label}: ${cell}`
      if (isCost) {
        const costs = findCosts(cell, { anyAmount: true })
        if (costs.length === 1 && costs[0]) facts.push({ therapy, field: 'cost', value: costs[0].value, quote })
      } else {
        const lengths = findSessionLengths(cell, { anyMention: true })
        if (lengths.length === 1 && lengths[0]) facts.push({ therapy, field: 'sessionLength', value: lengths[0].value, quote })
      }
    })
  }
  return facts
}
