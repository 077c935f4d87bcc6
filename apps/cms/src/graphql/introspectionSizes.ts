import type { GraphQLInterfaceType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql'
import { isAbstractType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql'

const cache = new WeakMap<GraphQLSchema, ReadonlyMap<string, number>>()

/**
 * The longest list each introspection field (`__Schema.types`, `__Type.fields`, …) can return in
 * `schema`, keyed `<type>.<field>`. Payload's schema has thousands of types, so a guess would be
 * far off: `__schema { types { fields { name } } }` alone is tens of thousands of values.
 */
export function introspectionListSizes(schema: GraphQLSchema): ReadonlyMap<string, number> {
  const cached = cache.get(schema)
  if (cached) return cached
  const types = Object.values(schema.getTypeMap())
  const directives = schema.getDirectives()
  const largest = (sizes: number[]) => sizes.reduce((max, size) => Math.max(max, size), 0)
  const outputTypes = types.filter((type: GraphQLNamedType): type is GraphQLObjectType | GraphQLInterfaceType => isObjectType(type) || isInterfaceType(type))
  const fields = outputTypes.flatMap((type) => Object.values(type.getFields()))
  const sizes = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', largest(outputTypes.map((type) => Object.keys(type.getFields()).length))],
    ['__Type.interfaces', largest(outputTypes.map((type) => type.getInterfaces().length))],
    ['__Type.possibleTypes', largest(types.filter(isAbstractType).map((type) => schema.getPossibleTypes(type).length))],
    ['__Type.enumValues', largest(types.filter(isEnumType).map((type) => type.getValues().length))],
    ['__Type.inputFields', largest(types.filter(isInputObjectType).map((type) => Object.keys(type.getFields()).length))],
    ['__Field.args', largest(fields.map((field) => field.args.length))],
    ['__Directive.args', largest(directives.map((directive) => directive.args.length))],
    ['__Directive.locations', largest(directives.map((directive) => directive.locations.length))],
  ])
  cache.set(schema, sizes)
  return sizes
}
