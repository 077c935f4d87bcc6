import type { CollectionBeforeOperationHook, Plugin, Where } from 'payload'

/** A list where a single value belongs: `equals` → `in`, `not_equals` → `not_in`. */
const LIST_OPERATOR: Readonly<Record<string, string>> = { equals: 'in', not_equals: 'not_in' }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The query with every `equals: [...]` written as `in: [...]` (and `not_equals: [...]` as
 * `not_in`). The admin's list filter edits a has-many text or number field (an article's
 * categories) with a multi-value input, so "is equal to" sends a list; SQLite cannot bind a list to
 * `=` (the list page went blank on a 500) and MongoDB would match only that exact list. As `in`, a
 * document matches when one of its values is one of those chosen, on both databases.
 */
export function listValuesAsIn(where: Where): Where {
  const result: Record<string, unknown> = {}
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      result[key] = condition.map((each: unknown) => (isObject(each) ? listValuesAsIn(each as Where) : each))
    } else if (isObject(condition)) {
      const operators: Record<string, unknown> = {}
      for (const [operator, value] of Object.entries(condition)) {
        const listOperator = LIST_OPERATOR[operator]
        if (listOperator !== undefined && Array.isArray(value)) operators[listOperator] = value
        else operators[operator] = value
      }
      result[key] = operators
    } else {
      result[key] = condition
    }
  }
  return result as Where
}

const normaliseWhere: CollectionBeforeOperationHook = ({ args }) => {
  const where = (args as { where?: unknown }).where
  return isObject(where) ? { ...args, where: listValuesAsIn(where as Where) } : args
}

/**
 * Adds {@link listValuesAsIn} before every operation of every collection, so the admin's filters
 * (and the same query over REST) work on has-many fields. Listed last among the plugins, it also
 * covers the collections the other plugins add.
 */
export const listFilterValues: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [normaliseWhere, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
