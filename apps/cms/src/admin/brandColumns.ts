import type { Field, Plugin } from 'payload'

/** The list cell that names each brand of a `brands` column (src/components/ListCells/). */
export const BRAND_NAMES_CELL = '/components/ListCells/BrandNamesCell#BrandNamesCell'

/** The field, and the fields inside it, with {@link BRAND_NAMES_CELL} on every relationship to brands that has no cell of its own. */
export function withBrandNamesCell(field: Field): Field {
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withBrandNamesCell) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withBrandNamesCell) })) }
  if (field.type !== 'relationship' || field.relationTo !== 'brands' || field.admin?.components?.Cell !== undefined) return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: BRAND_NAMES_CELL } } }
}

/**
 * Brand columns in every list name the brands, and say "another brand" for one the viewer may not
 * read, where Payload's cell would read "Untitled - ID: 2".
 */
export const brandNamesInLists: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: collection.fields.map(withBrandNamesCell) })),
})
