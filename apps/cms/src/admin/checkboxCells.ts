import type { Field, Plugin } from 'payload'

/** The list cell that shows a checkbox as "Yes" or "No" (src/components/ListCells/). */
export const YES_NO_CELL = '/components/ListCells/YesNoCell#YesNoCell'

/** The field, and the fields inside it, with {@link YES_NO_CELL} on every checkbox that has no cell of its own. */
export function withYesNoCell(field: Field): Field {
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withYesNoCell) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withYesNoCell) })) }
  if (field.type !== 'checkbox' || field.admin?.components?.Cell !== undefined) return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: YES_NO_CELL } } }
}

/** Checkbox columns in every list read "Yes" or "No" (e.g. a provider's *Accepting new patients*). */
export const yesNoInLists: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: collection.fields.map(withYesNoCell) })),
})
