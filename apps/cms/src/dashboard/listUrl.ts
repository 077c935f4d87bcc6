/** One condition of an admin list's filter: `[path, operator, value]`, e.g. `['brands', 'equals', 3]`. */
export type ListCondition = readonly [path: string, operator: string, value: boolean | number | string]

/**
 * The admin list of `collection` filtered by every condition (`where[and][i][path][operator]=value`,
 * the query the list view's own filter writes), so a count on the dashboard opens exactly the
 * documents it counted.
 */
export function listUrl(adminRoute: string, collection: string, conditions: readonly ListCondition[]): string {
  const query = conditions.map(([path, operator, value], index) => `where[and][${index}][${path}][${operator}]=${encodeURIComponent(String(value))}`)
  return `${adminRoute}/collections/${collection}${query.length > 0 ? `?${query.join('&')}` : ''}`
}

/** The edit view of one document. */
export const documentUrl = (adminRoute: string, collection: string, id: number | string): string => `${adminRoute}/collections/${collection}/${encodeURIComponent(String(id))}`
