import type { ImportComparison } from '@clinic/schema'
import type { ClinicStructure } from '../types'
import { findByName } from './aliases'
import type { EarlierImport, Id, PlanContext } from './context'
import type { PlannedComparison } from './planPost'

/**
 * The post's comparisons for its report (`comparisons`, therapy names) and for writing (`planned`,
 * with the ids of their therapies and conditions, and an existing comparison of the same
 * therapies to reuse). A therapy the brand does not have fails the post (`error`); a condition or
 * "when to choose" entry it does not have is a warning, and stays in the article only.
 */
export function planComparisons(
  structure: ClinicStructure,
  context: PlanContext,
  earlier: EarlierImport | null,
  warnings: string[],
): { comparisons: ImportComparison[]; planned: PlannedComparison[] } | { error: string } {
  const comparisons: ImportComparison[] = []
  const planned: PlannedComparison[] = []
  for (const comparison of structure.comparisons) {
    const therapies = comparison.therapies.map((name) => findByName(context.therapies, name))
    const missing = comparison.therapies.filter((_, index) => therapies[index] === null)
    if (missing.length > 0) {
      return { error: `A comparison names therapies the brand does not have (${missing.join(', ')}); add them to the brand or remove the table, then import again.` }
    }
    const therapyIds = therapies.map((therapy) => (therapy as NonNullable<typeof therapy>).id)
    const whenToChoose: PlannedComparison['whenToChoose'] = []
    for (const entry of comparison.whenToChoose) {
      const therapy = findByName(context.therapies, entry.therapy)
      if (therapy) whenToChoose.push({ therapy: therapy.id, text: entry.text })
      else warnings.push(`"When to choose ${entry.therapy}" names a therapy the brand does not have; it stays in the article only.`)
    }
    const conditionGuidance: PlannedComparison['conditionGuidance'] = []
    for (const entry of comparison.conditionGuidance) {
      const condition = findByName(context.conditions, entry.condition)
      if (condition) conditionGuidance.push({ condition: condition.id, guidance: entry.guidance })
      else warnings.push(`The section about "${entry.condition}" names a condition the brand does not have; it stays in the article only.`)
    }
    const names = therapies.map((therapy) => (therapy as NonNullable<typeof therapy>).name)
    const existing = existingComparison(context, earlier, therapyIds)
    comparisons.push({ ...comparison, therapies: names, existing: existing === null ? null : String(existing) })
    planned.push({ existing, therapies: therapyIds, whenToChoose, conditionGuidance })
  }
  return { comparisons, planned }
}

/**
 * An existing comparison of the brand with the same therapies, in any order: the one the earlier
 * import of this post made, else any other.
 */
function existingComparison(context: PlanContext, earlier: EarlierImport | null, therapies: Id[]): Id | null {
  const key = therapies.map(String).sort().join(',')
  const same = context.comparisons.filter((comparison) => comparison.therapies.map(String).sort().join(',') === key)
  const own = same.find((comparison) => earlier?.comparisons.some((id) => String(id) === String(comparison.id)))
  return (own ?? same[0])?.id ?? null
}
