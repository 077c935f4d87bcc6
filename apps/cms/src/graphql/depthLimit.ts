import type { SelectionSetNode, ValidationRule } from 'graphql'
import { Kind } from 'graphql'
import { refusalError } from './refusal'
import { memoizeBySelectionSet } from './selections'

/**
 * How deep fields may nest. `{ Articles { docs { brands { logo { url } } } } }` is 5 deep; each
 * level of relationships is another lookup for every document above it.
 */
export const MAX_DEPTH = 10

/**
 * Refuses operations whose fields nest deeper than {@link MAX_DEPTH}, counting fields only
 * (fragments, named or inline, add the depth of what they select where they are used).
 */
export const depthLimitRule: ValidationRule = (context) => {
  const depth = memoizeBySelectionSet(
    (selectionSet: SelectionSetNode): number => {
      let deepest = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depth(selection.selectionSet) : 0))
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depth(selection.selectionSet))
        } else {
          const fragment = context.getFragment(selection.name.value)
          if (fragment) deepest = Math.max(deepest, depth(fragment.selectionSet))
        }
      }
      return deepest
    },
    () => 0,
  )
  return {
    OperationDefinition(operation) {
      const deepest = depth(operation.selectionSet)
      if (deepest > MAX_DEPTH) {
        context.reportError(
          refusalError(
            `The query nests fields ${deepest} deep; the GraphQL API allows ${MAX_DEPTH}. Ask for less nested data, or fetch related documents in a separate query.`,
            'QueryTooComplex',
            400,
            operation,
          ),
        )
      }
    },
  }
}
