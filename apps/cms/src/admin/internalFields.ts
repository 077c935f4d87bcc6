import type { Field, Plugin } from 'payload'

/** What keeps a field out of the list view: its filters, columns, group-by and bulk edit. */
export const LIST_EXCLUSION = { disableListFilter: true, disableListColumn: true, disableGroupBy: true, disableBulkEdit: true } as const

/**
 * The field, and the fields inside it, with {@link LIST_EXCLUSION} added wherever `admin.hidden`
 * is set. Payload hides such a field from the edit view only: its list view still offers it as a
 * filter, a column and a group-by (it skips fields hidden from the API, `hidden`, not those).
 */
export function excludeHiddenFromLists(field: Field): Field {
  const withSubFields =
    'fields' in field && Array.isArray(field.fields)
      ? ({ ...field, fields: field.fields.map(excludeHiddenFromLists) } as Field)
      : field.type === 'tabs'
        ? { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(excludeHiddenFromLists) })) }
        : field
  if (withSubFields.type === 'ui' || withSubFields.admin?.hidden !== true) return withSubFields
  return { ...withSubFields, admin: { ...withSubFields.admin, ...LIST_EXCLUSION } } as Field
}

/**
 * Keeps the fields the admin hides (deduplication and idempotency keys, import internals) out of
 * every collection's list filters and columns. Listed after the plugins that add collections.
 */
export const internalFieldsOutOfLists: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: collection.fields.map(excludeHiddenFromLists) })),
})
