import type { ExecutionArgs, FieldNode, GraphQLCompositeType, GraphQLField, GraphQLSchema, OperationDefinitionNode, SelectionSetNode, ValidationRule } from 'graphql'
import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql'
import { introspectionListSizes } from './introspectionSizes'
import { refusalError } from './refusal'
import { memoizeBySelectionSet } from './selections'

/**
 * Values one operation may return at most: every field of every element of every list it
 * selects, each list counted at its full length. A page of 100 documents with 20 fields is 2,101.
 */
export const MAX_QUERY_COST = 5_000

/** Payload's page size when a list query (`Articles`, `versionsArticles`, …) has no `limit`. */
export const DEFAULT_PAGE_SIZE = 10

/**
 * The length assumed for lists that take no `limit`: hasMany relationships, arrays, select-many
 * fields. Usually a few entries; the response size cap (responseCap.ts) catches the rest.
 */
export const ASSUMED_LIST_SIZE = 10

/**
 * What a selection set costs. Its list fields are kept apart, because their length depends on
 * where the selection set is used: below a field with a `limit` (`Articles(limit: 50) { docs }`),
 * its lists hold that many elements; elsewhere their usual length.
 */
interface SelectionCost {
  /** Fields that are no lists, and lists with a `limit` of their own. */
  fixed: number
  /** Lists without a `limit` of their own, each at its usual length. */
  listsAtUsualLength: number
  /** The same lists, per element. */
  listsPerElement: number
}

const NOTHING: SelectionCost = { fixed: 0, listsAtUsualLength: 0, listsPerElement: 0 }

const add = (a: SelectionCost, b: SelectionCost): SelectionCost => ({
  fixed: a.fixed + b.fixed,
  listsAtUsualLength: a.listsAtUsualLength + b.listsAtUsualLength,
  listsPerElement: a.listsPerElement + b.listsPerElement,
})

/** The cost of a selection set below a field with `limit: pageSize`, or (undefined) below any other field. */
const costBelow = (cost: SelectionCost, pageSize?: number) => cost.fixed + (pageSize === undefined ? cost.listsAtUsualLength : pageSize * cost.listsPerElement)

/** The definition of field `name` of `parentType`, introspection's `__schema`, `__type` and `__typename` included. */
function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef
  if (parentType === schema.getQueryType() && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef
  if (parentType === schema.getQueryType() && name === TypeMetaFieldDef.name) return TypeMetaFieldDef
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined
}

/** The page size a field's `limit` and `pagination` arguments ask for; undefined when it takes no limit. */
function pageSize(definition: GraphQLField<unknown, unknown>, field: FieldNode, coerced: Record<string, unknown>): number | 'unbounded' | undefined {
  if (!definition.args.some((arg) => arg.name === 'limit')) return undefined
  let values: Record<string, unknown>
  try {
    values = getArgumentValues(definition, field, coerced)
  } catch {
    // An argument of the wrong type: ValuesOfCorrectType refuses the query.
    return DEFAULT_PAGE_SIZE
  }
  if (values.pagination === false) return 'unbounded'
  if (typeof values.limit !== 'number') return DEFAULT_PAGE_SIZE
  // Payload reads `limit: 0` as "no limit", and SQLite a negative LIMIT too.
  return values.limit < 1 ? 'unbounded' : values.limit
}

/** The refusal of a list query without a limit. */
function unboundedListError(field: FieldNode) {
  return refusalError(
    `${field.name.value} asks for every document (pagination: false, or a limit below 1); the GraphQL API answers in pages: set limit (e.g. 100) and page.`,
    'QueryTooComplex',
    400,
    field,
  )
}

/** The refusal of an operation that could return more than {@link MAX_QUERY_COST} values. */
function tooCostlyError(cost: number, operation: OperationDefinitionNode) {
  return refusalError(
    `The query could return up to ${cost.toLocaleString('en-US')} values (a list counts at its limit: ${DEFAULT_PAGE_SIZE} without one, ${ASSUMED_LIST_SIZE} for relationships and arrays); the GraphQL API allows ${MAX_QUERY_COST.toLocaleString('en-US')} per operation. Ask for fewer documents (limit) or fewer fields, or split the query.`,
    'QueryTooComplex',
    400,
    operation,
  )
}

/**
 * Refuses operations that could return more than {@link MAX_QUERY_COST} values, and list queries
 * without a limit (`pagination: false`, `limit: 0`), before they run. A field costs 1, plus what
 * is selected below it; a list costs that per element: as many as its `limit` argument (variables
 * included), {@link DEFAULT_PAGE_SIZE} without one, {@link ASSUMED_LIST_SIZE} for lists that take
 * no limit (introspection's lists: their real lengths in this schema). Aliases and fragments
 * (named and inline) count wherever they are used; `@skip` and `@include` are ignored (counted).
 *
 * `variables` are the request's variables (ExecutionArgs.variableValues).
 */
export function queryCostRule(variables: ExecutionArgs['variableValues']): ValidationRule {
  return (context) => {
    const schema = context.getSchema()
    const reportedUnbounded = new Set<FieldNode>()

    // At least 1, so that a list type this schema never fills (0 × an unbounded element) stays unbounded.
    const listLength = (parentType: GraphQLCompositeType, fieldName: string) =>
      parentType.name.startsWith('__') ? Math.max(1, introspectionListSizes(schema).get(`${parentType.name}.${fieldName}`) ?? ASSUMED_LIST_SIZE) : ASSUMED_LIST_SIZE

    /** The costs of one operation, with its variables coerced as execution will (defaults included). */
    function operationCost(operation: OperationDefinitionNode, coerced: Record<string, unknown>) {
      let unbounded = false

      const fieldCost = (field: FieldNode, parentType: GraphQLCompositeType): SelectionCost => {
        const definition = fieldDefinition(schema, parentType, field.name.value)
        // An unknown field: FieldsOnCorrectType refuses the query.
        if (!definition) return NOTHING
        const isList = isListType(getNullableType(definition.type))
        const type = getNamedType(definition.type)
        const below = field.selectionSet && isCompositeType(type) ? selectionCost(field.selectionSet, type) : NOTHING
        const page = pageSize(definition, field, coerced)
        if (page === 'unbounded') {
          unbounded = true
          // Once per field, however many operations or fragments use it.
          if (!reportedUnbounded.has(field)) {
            reportedUnbounded.add(field)
            context.reportError(unboundedListError(field))
          }
          return { ...NOTHING, fixed: Infinity }
        }
        if (page !== undefined) return { ...NOTHING, fixed: isList ? page * (1 + costBelow(below)) : 1 + costBelow(below, page) }
        const element = 1 + costBelow(below)
        if (isList) return { fixed: 0, listsAtUsualLength: listLength(parentType, field.name.value) * element, listsPerElement: element }
        return { ...NOTHING, fixed: element }
      }

      const selectionCost = memoizeBySelectionSet(
        (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType): SelectionCost => {
          let total = NOTHING
          for (const selection of selectionSet.selections) {
            if (selection.kind === Kind.FIELD) {
              total = add(total, fieldCost(selection, parentType))
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
              const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType
              if (isCompositeType(type)) total = add(total, selectionCost(selection.selectionSet, type))
            } else {
              const fragment = context.getFragment(selection.name.value)
              const type = fragment && schema.getType(fragment.typeCondition.name.value)
              if (fragment && isCompositeType(type)) total = add(total, selectionCost(fragment.selectionSet, type))
            }
          }
          return total
        },
        () => NOTHING,
      )

      const root = schema.getRootType(operation.operation)
      return { cost: root ? costBelow(selectionCost(operation.selectionSet, root)) : 0, unbounded }
    }

    return {
      OperationDefinition(operation) {
        const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {})
        // Variables that do not fit their types: execution refuses the operation without running it.
        if (coercion.errors) return
        const { cost, unbounded } = operationCost(operation, coercion.coerced)
        if (cost > MAX_QUERY_COST && !unbounded) context.reportError(tooCostlyError(cost, operation))
      },
    }
  }
}
