import { type ImportTherapyFact, US_STATES, type UsStateCode } from '@clinic/schema'

/** The therapy fields a proposal can change, as the Therapies collection stores them. */
export interface TherapyFactValues {
  notOfferedInStates: UsStateCode[]
  cost: { minCents: number; maxCents: number } | null
  sessionLength: { minMinutes: number; maxMinutes: number } | null
  contraindications: string[]
  sideEffects: string[]
}

export type TherapyFactField = ImportTherapyFact['field']

/** The change that applies one fact: one of the fields, set (ranges are never cleared). */
export type TherapyFactData = Partial<{ [K in keyof TherapyFactValues]: NonNullable<TherapyFactValues[K]> }>

const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [])

const states = (value: unknown): UsStateCode[] => texts(value).filter((code): code is UsStateCode => Object.hasOwn(US_STATES, code))

const numberPair = <K extends string>(value: unknown, low: K, high: K): Record<K, number> | null => {
  if (value === null || typeof value !== 'object') return null
  const record = value as Record<string, unknown>
  const from = record[low]
  const to = record[high]
  return typeof from === 'number' && typeof to === 'number' ? ({ [low]: from, [high]: to } as Record<K, number>) : null
}

/** The current value of `field` of a therapy document (as read with depth 0), in the shape proposals use. */
export function currentFactValue(therapy: Record<string, unknown>, field: TherapyFactField): TherapyFactValues[TherapyFactField] {
  switch (field) {
    case 'notOfferedInStates':
      return states(therapy.notOfferedInStates)
    case 'contraindications':
    case 'sideEffects':
      return texts(therapy[field])
    case 'cost':
      return numberPair(therapy.cost, 'minCents', 'maxCents')
    case 'sessionLength':
      return numberPair(therapy.sessionLength, 'minMinutes', 'maxMinutes')
  }
}

/** `current` followed by the entries of `added` it lacks, compared case- and spacing-insensitively. */
function appendMissing<T extends string>(current: readonly T[], added: readonly T[]): T[] {
  const key = (entry: T) => entry.trim().replace(/\s+/g, ' ').toLowerCase()
  const seen = new Set(current.map(key))
  const out = [...current]
  for (const entry of added) {
    if (seen.has(key(entry))) continue
    seen.add(key(entry))
    out.push(entry.trim() as T)
  }
  return out
}

/**
 * The data that applies `fact` to a therapy whose current draft is `therapy`: states and list
 * entries are added to what the therapy already has (nothing an editor entered is dropped); a
 * cost or session length replaces the range, which has one value per therapy.
 */
export function mergeFact(therapy: Record<string, unknown>, fact: ImportTherapyFact): TherapyFactData {
  switch (fact.field) {
    case 'notOfferedInStates':
      return { notOfferedInStates: appendMissing(states(therapy.notOfferedInStates), fact.value) }
    case 'contraindications':
      return { contraindications: appendMissing(texts(therapy.contraindications), fact.value) }
    case 'sideEffects':
      return { sideEffects: appendMissing(texts(therapy.sideEffects), fact.value) }
    case 'cost':
      return { cost: { minCents: fact.value.minCents, maxCents: fact.value.maxCents } }
    case 'sessionLength':
      return { sessionLength: { minMinutes: fact.value.minMinutes, maxMinutes: fact.value.maxMinutes } }
  }
}
