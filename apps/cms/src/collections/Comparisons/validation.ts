import { type ArrayFieldValidation, validations } from 'payload'
import { refIds } from '../../access/userBrands'

/*
 * What a comparison needs before it is published: the site draws a table with one column per
 * compared therapy, so every attribute row gives one value per therapy, and the advice names
 * only compared therapies. Payload runs field validation on publish and not on drafts, so a
 * draft made from prose (an imported post) may lack rows until an editor fills them in.
 */

const comparedIds = (data: unknown): string[] => refIds((data as { therapies?: unknown } | null | undefined)?.therapies).map(String)

/** At least one row, each with one non-blank value per compared therapy, in their order. */
export const oneValuePerTherapy: ArrayFieldValidation = (value, options) => {
  const base = validations.array(value, options)
  if (base !== true) return base
  const count = comparedIds(options.data).length
  const problems = (value ?? []).flatMap((row, index) => {
    const { label, values } = (row ?? {}) as { label?: unknown; values?: unknown }
    const given = Array.isArray(values) ? values : []
    const name = typeof label === 'string' && label.trim() !== '' ? `"${label.trim()}"` : `${index + 1}`
    if (given.length !== count) return [`attribute ${name} has ${given.length} ${given.length === 1 ? 'value' : 'values'} for ${count} therapies`]
    if (given.some((entry) => typeof entry !== 'string' || entry.trim() === '')) return [`attribute ${name} has an empty value`]
    return []
  })
  return problems.length === 0 ? true : `Give one value per compared therapy, in their order: ${problems.join('; ')}.`
}

/** "When to choose" advice only for therapies the comparison compares. */
export const onlyComparedTherapies: ArrayFieldValidation = (value, options) => {
  const base = validations.array(value, options)
  if (base !== true) return base
  const compared = new Set(comparedIds(options.data))
  const strays = (value ?? []).flatMap((entry, index) => {
    const therapy = refIds((entry as { therapy?: unknown } | null)?.therapy)[0]
    return therapy !== undefined && !compared.has(String(therapy)) ? [index + 1] : []
  })
  return strays.length === 0 ? true : `Advice ${strays.join(', ')} is for a therapy this comparison does not compare; choose one of the compared therapies or remove it.`
}
