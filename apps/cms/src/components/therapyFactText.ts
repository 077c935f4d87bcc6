import type { ImportTherapyFact } from '@clinic/schema'

/** What each kind of therapy fact is about, as an editor reads it. */
export const THERAPY_FACT_LABEL: Record<ImportTherapyFact['field'], string> = {
  notOfferedInStates: 'not offered in',
  cost: 'cost per session',
  sessionLength: 'session length',
  contraindications: 'not advised for',
  sideEffects: 'side effects',
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(cents % 100 === 0 ? 0 : 2)}`

/** A proposed or current value of `field` as an editor reads it. */
export function therapyFactValue(field: ImportTherapyFact['field'], value: unknown): string {
  if (value === null || value === undefined) return 'not set'
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ')
  const record = value as Record<string, number>
  if (field === 'cost') return `${dollars(record.minCents ?? 0)}–${dollars(record.maxCents ?? 0)}`
  if (field === 'sessionLength') return `${record.minMinutes ?? '?'}–${record.maxMinutes ?? '?'} minutes`
  return JSON.stringify(value)
}

/** A therapy fact in one line: "Dry needling: cost per session $50–$150". */
export function describeFact(fact: ImportTherapyFact): string {
  return `${fact.therapy}: ${THERAPY_FACT_LABEL[fact.field]} ${therapyFactValue(fact.field, fact.value)}`
}
